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
    Scope,
    Story,
)

ROUND_YEARS = 5  # how far from today a round may be dated


class RoundForm(forms.ModelForm):
    track = forms.ModelChoiceField(
        label=_("Track"), queryset=TrackPage.objects.live().order_by("title"), required=False
    )

    class Meta:
        model = Round
        fields = ["starts_on", "ends_on", "scope", "track", "question"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "scope": forms.RadioSelect,
            "question": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].initial = str(DEFAULT_QUESTION)

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
        if cleaned.get("scope") == Scope.TRACK and not cleaned.get("track"):
            self.add_error("track", _("Choose the track this round asks about."))
        if cleaned.get("scope") == Scope.ACADEMY:
            cleaned["track"] = None
        return cleaned


class StoryForm(forms.ModelForm):
    domain = forms.ModelChoiceField(
        label=_("Where you would put this change"),
        queryset=Domain.objects.all(),
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Story
        fields = ["headline", "what_happened", "why_it_matters", "domain", "language", "consent"]
        widgets = {
            "headline": forms.TextInput(attrs={"dir": "auto"}),
            "what_happened": forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
            "why_it_matters": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            "consent": forms.RadioSelect,
        }


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
