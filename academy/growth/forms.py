"""The self-assessment form: for each skill a level (1 to 5 or not rated), a sentence of
evidence and whether to grow it next; at most three of those."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.growth.assessments import RatingInput
from academy.growth.framework import level_meanings
from academy.growth.models import EVIDENCE_MAX_LENGTH, MAX_GROWTH_PICKS
from academy.security import validate_no_direction_controls

NOT_RATED = ""


class AssessmentForm(forms.Form):
    def __init__(self, *args, skills, initial_ratings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.skills = list(skills)
        initial_ratings = initial_ratings or {}
        for skill in self.skills:
            rating = initial_ratings.get(skill.pk)
            choices = [(NOT_RATED, _("Not rated"))] + [
                (str(level), f"{level} · {meaning}") for level, meaning in level_meanings(skill)
            ]
            self.fields[f"level_{skill.pk}"] = forms.ChoiceField(
                label=skill.name,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                initial=str(rating.level) if rating and rating.level else NOT_RATED,
            )
            self.fields[f"evidence_{skill.pk}"] = forms.CharField(
                label=_("Evidence (optional)"),
                help_text=_("One sentence: something you did that shows this level."),
                max_length=EVIDENCE_MAX_LENGTH,
                required=False,
                validators=[validate_no_direction_controls],
                initial=rating.evidence if rating else "",
            )
            self.fields[f"grow_{skill.pk}"] = forms.BooleanField(
                label=_("I want to grow this next"),
                required=False,
                initial=bool(rating and rating.grow),
            )

    def rows(self):
        """(skill, level field, evidence field, grow field) for the template."""
        return [
            (
                skill,
                self[f"level_{skill.pk}"],
                self[f"evidence_{skill.pk}"],
                self[f"grow_{skill.pk}"],
            )
            for skill in self.skills
        ]

    def clean(self):
        cleaned = super().clean()
        picks = [skill for skill in self.skills if cleaned.get(f"grow_{skill.pk}")]
        if len(picks) > MAX_GROWTH_PICKS:
            raise forms.ValidationError(
                _("Choose at most three skills to grow next."), code="picks"
            )
        return cleaned

    def ratings(self) -> dict:
        """{skill: RatingInput} from the cleaned answers."""
        data = self.cleaned_data
        return {
            skill: RatingInput(
                level=int(data[f"level_{skill.pk}"]) if data.get(f"level_{skill.pk}") else None,
                evidence=data.get(f"evidence_{skill.pk}", ""),
                grow=bool(data.get(f"grow_{skill.pk}")),
            )
            for skill in self.skills
        }


class PageSharingForm(forms.Form):
    show_growth_on_page = forms.BooleanField(
        required=False, label=_("Show the skills I grew on my page")
    )


class SharingForm(forms.Form):
    """The label names the role, so the template words it with the person's terms."""

    mentors_may_see = forms.BooleanField(required=False)
