"""Forms for setting and closing a learning objective."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import YEAR, check_date_range
from academy.models import User
from mentoring.models import LearningObjective, ObjectiveStatus, PairingStatus


class ObjectiveForm(forms.ModelForm):
    """The supporter is chosen among the people who support this person now."""

    class Meta:
        model = LearningObjective
        fields = ["statement", "why", "evidence", "target_date", "supporter"]
        widgets = {
            "why": forms.Textarea(attrs={"rows": 3}),
            "evidence": forms.Textarea(attrs={"rows": 3}),
            "target_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        supporter = self.fields["supporter"]
        supporter.queryset = User.objects.filter(
            pairings_as_mentor__mentee=person, pairings_as_mentor__status=PairingStatus.ACTIVE
        ).distinct()
        supporter.label = _("Who supports me")
        supporter.empty_label = _("Nobody yet")

    def clean_target_date(self):
        day = self.cleaned_data["target_date"]
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("Choose a date in the future."))
        return check_date_range(day, latest=timezone.localdate() + 5 * YEAR)


class CloseObjectiveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What happened?"),
        choices=[
            (ObjectiveStatus.COMPLETED, _("I reached it")),
            (ObjectiveStatus.DROPPED, _("I am letting it go")),
        ],
        widget=forms.RadioSelect,
    )
    reflection = forms.CharField(
        label=_("Reflection"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What did you learn? What would you do differently?"),
    )
