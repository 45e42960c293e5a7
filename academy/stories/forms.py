from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import YEAR, check_date_range
from academy.pages.models import TrackPage
from academy.stories.models import (
    DEFAULT_QUESTION,
    MIN_REASON_LENGTH,
    Consent,
    Domain,
    Round,
    Story,
)
from academy.stories.scopes import ACADEMY, scopes

ROUND_YEARS = 5  # how far from today a round may be dated


class RoundForm(forms.ModelForm):
    """Dates, the question, and what the round asks about: one choice for each kind of
    scope that has targets (schools and tracks here, cohorts when cohorts is there)."""

    class Meta:
        model = Round
        fields = ["starts_on", "ends_on", "scope", "question"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "scope": forms.RadioSelect,
            "question": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].initial = str(DEFAULT_QUESTION)
        self.fields["scope"].initial = ACADEMY[0]
        self.target_kinds = [kind for kind in scopes.kinds() if kind.targets]
        for kind in self.target_kinds:
            self.fields[kind.key] = forms.ModelChoiceField(
                label=kind.target_label,
                queryset=kind.targets(),
                required=False,
                help_text=_("Needed only when the round is for “%(kind)s”.") % {"kind": kind.label},
            )

    def _in_range(self, name):
        today = timezone.localdate()
        span = ROUND_YEARS * YEAR
        return check_date_range(
            self.cleaned_data.get(name), earliest=today - span, latest=today + span
        )

    def clean_starts_on(self):
        return self._in_range("starts_on")

    def clean_ends_on(self):
        return self._in_range("ends_on")

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The round cannot end before it starts."))
        scope = cleaned.get("scope")
        kind = scopes.kind(scope) if scope else None
        if kind and kind.targets:
            target = cleaned.get(kind.key)
            if target is None:
                self.add_error(kind.key, _("Choose what this round asks about."))
            else:
                self.instance.scope_id = target.pk
        else:
            self.instance.scope_id = None
        return cleaned

    def round_fields(self):
        """What `services.open_round` needs."""
        return {
            "starts_on": self.cleaned_data["starts_on"],
            "ends_on": self.cleaned_data["ends_on"],
            "scope": self.cleaned_data["scope"],
            "scope_id": self.instance.scope_id,
            "question": self.cleaned_data["question"],
        }


class StoryForm(forms.ModelForm):
    domain = forms.ModelChoiceField(
        label=_("Where you would put this change"),
        queryset=Domain.objects.all(),
        empty_label=None,
        widget=forms.RadioSelect,
    )
    track = forms.ModelChoiceField(
        label=_("The track it grew from (if any)"),
        queryset=TrackPage.objects.none(),
        required=False,
    )

    class Meta:
        model = Story
        fields = [
            "headline",
            "what_happened",
            "why_it_matters",
            "domain",
            "track",
            "language",
            "consent",
        ]
        widgets = {
            "headline": forms.TextInput(attrs={"dir": "auto"}),
            "what_happened": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
            "why_it_matters": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            "consent": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["track"].queryset = TrackPage.objects.live().order_by("title")
        self.fields["track"].empty_label = _("No track in particular")


class EditStoryForm(StoryForm):
    """Changing a story keeps who may read it where the consent form sets it."""

    class Meta(StoryForm.Meta):
        fields = [name for name in StoryForm.Meta.fields if name != "consent"]


class ConsentForm(forms.Form):
    consent = forms.ChoiceField(label=_("Who may read it"), choices=Consent.choices)


class MoveForm(forms.Form):
    domain = forms.ModelChoiceField(label=_("Domain"), queryset=Domain.objects.all())


class SelectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the panel selected it"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("In full sentences: what this story shows that the others do not."),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < MIN_REASON_LENGTH:
            raise ValidationError(
                _("Write the reason in full sentences, at least %(count)s characters."),
                params={"count": MIN_REASON_LENGTH},
            )
        return reason


class VoteForm(SelectForm):
    reason = forms.CharField(
        label=_("Why you find it the most significant"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("In full sentences. The panel keeps every vote and its reason."),
    )
