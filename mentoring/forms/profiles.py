"""Forms for offering support and for keeping a mentor profile up to date."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import YEAR, check_date_range
from academy.models import Skill
from mentoring.models import MentorApplication, MentorProfile


class SkillsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(queryset=Skill.objects.all(), **kwargs)


class ApplicationForm(forms.ModelForm):
    skills = SkillsField(label=_("Skills I can offer"))

    class Meta:
        model = MentorApplication
        fields = ["skills", "motivation", "organisation"]
        widgets = {"motivation": forms.Textarea(attrs={"rows": 4})}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("decline", _("Decline"))], widget=forms.RadioSelect
    )
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "decline" and not data.get("message", "").strip():
            self.add_error("message", _("Say why, so the person knows what to do next."))
        return data


class ProfileForm(forms.ModelForm):
    """Mentors keep or drop the skills approved for them; new skills go through an offer
    that a coordinator confirms."""

    skills = SkillsField(
        label=_("Skills I offer"),
        required=False,
        help_text=_("To offer another skill, send an offer of support; it is confirmed first."),
    )

    class Meta:
        model = MentorProfile
        fields = [
            "skills",
            "organisation",
            "introduction",
            "capacity",
            "away_until",
            "paused",
            "quiet_after_days",
        ]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 4}),
            "away_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "capacity": forms.NumberInput(attrs={"min": 1, "max": 12}),
            "quiet_after_days": forms.NumberInput(attrs={"min": 1, "max": 365}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].queryset = self.instance.skills.all()

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if not 1 <= capacity <= 12:
            raise forms.ValidationError(_("Choose between 1 and 12 people."))
        return capacity

    def clean_quiet_after_days(self):
        days = self.cleaned_data["quiet_after_days"]
        if not 1 <= days <= 365:
            raise forms.ValidationError(_("Choose between 1 and 365 days."))
        return days

    def clean_away_until(self):
        day = self.cleaned_data["away_until"]
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("Choose today or a later date, or leave it empty."))
        return check_date_range(day, latest=timezone.localdate() + YEAR)
