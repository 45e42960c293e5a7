from functools import partial

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.languages import spoken_language_choices
from academy.models import Skill
from academy.pickers import LanguagesField
from mentoring.models import ProgrammeTemplate


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
    rating = forms.IntegerField(
        label=_("How is the pairing working for you? (1 to 5)"), min_value=1, max_value=5
    )
    working_well = forms.CharField(label=_("What works well"), required=False, max_length=2000)
    could_change = forms.CharField(label=_("What could change"), required=False, max_length=2000)


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
