from datetime import timedelta
from functools import partial

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.languages import spoken_language_choices
from academy.models import Skill
from academy.pickers import LanguagesField
from academy.timezones import zone_label
from mentoring.models import ProgrammeTemplate, Rating

LOCAL_INPUT_FORMAT = "%Y-%m-%dT%H:%M"  # what <input type="datetime-local"> sends
MOVE_AT_MOST = timedelta(days=366)


class MentorRequestForm(forms.Form):
    skills = forms.ModelMultipleChoiceField(
        label=_("Skills I want to grow"),
        queryset=Skill.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    languages = LanguagesField(label=_("Languages I use"))
    waive_language = forms.BooleanField(
        label=_("A shared language is not necessary"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = partial(
            spoken_language_choices, first=self.initial.get("languages")
        )


class ProposeForm(forms.Form):
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=ProgrammeTemplate.objects.all()
    )
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", _("Accept")), ("decline", _("Decline"))], widget=forms.RadioSelect
    )
    message = forms.CharField(label=_("Message"), required=False, max_length=1000)


class CheckInForm(forms.Form):
    notes = forms.CharField(
        label=_("Private notes"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    rating = forms.TypedChoiceField(
        label=_("How is the pairing working for you?"),
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    working_well = forms.CharField(label=_("What works well"), required=False, max_length=2000)
    could_change = forms.CharField(label=_("What could change"), required=False, max_length=2000)


class MoveCheckInForm(forms.Form):
    """A new time, read in the active time zone (the person's own), up to a year ahead."""

    due_at = forms.DateTimeField(
        label=_("New date and time"),
        input_formats=[LOCAL_INPUT_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_INPUT_FORMAT),
    )
    note = forms.CharField(
        label=_("A note to the other person (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, check_in_id, **kwargs):
        super().__init__(*args, auto_id=f"move-{check_in_id}-%s", **kwargs)
        zone = zone_label(timezone.get_current_timezone_name())
        self.fields["due_at"].help_text = _("In your time zone, %(zone)s.") % {"zone": zone}

    def clean_due_at(self):
        due_at = self.cleaned_data["due_at"]
        now = timezone.now()
        if due_at <= now:
            raise forms.ValidationError(_("Choose a time that has not passed yet."))
        if due_at > now + MOVE_AT_MOST:
            raise forms.ValidationError(_("Choose a time within the next year."))
        return due_at


class SupportRequestForm(MentorRequestForm):
    note = forms.CharField(
        label=_("Anything else we should know"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class EndPairingForm(forms.Form):
    reason = forms.CharField(
        label=_("Why does the pairing end?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the history of the pairing, which only the two of you read."),
    )
    note_to_organisers = forms.CharField(
        label=_("A message to the people who run the programme (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only if you want to. They will not see your notes or feedback."),
    )


class StarForm(forms.Form):
    starred = forms.BooleanField(required=False)
