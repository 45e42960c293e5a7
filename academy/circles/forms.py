from django import forms
from django.utils.translation import gettext_lazy as _

from academy.accounts.models import User
from academy.circles.models import Circle, Meeting
from academy.pages.session_form import LOCAL_INPUT


class CircleForm(forms.ModelForm):
    host_email = forms.EmailField(label=_("Host's email address"), max_length=254)

    class Meta:
        model = Circle
        fields = ["name", "purpose", "every_weeks"]
        widgets = {"every_weeks": forms.NumberInput(attrs={"min": 1, "max": 52})}

    def clean_every_weeks(self):
        weeks = self.cleaned_data["every_weeks"]
        if not 1 <= weeks <= 52:
            raise forms.ValidationError(_("Choose between 1 and 52 weeks."))
        return weeks

    def clean_host_email(self):
        return _person_by_email(self.cleaned_data["host_email"])


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Their email address"), max_length=254)

    def clean_email(self):
        return _person_by_email(self.cleaned_data["email"])


def _person_by_email(email):
    person = User.objects.filter(
        email__iexact=email, is_active=True, is_former_member=False
    ).first()
    if person is None:
        raise forms.ValidationError(_("No member has this email address."))
    return person


class MeetingForm(forms.ModelForm):
    starts_at = forms.DateTimeField(
        label=_("Meets on"),
        input_formats=[LOCAL_INPUT, "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_INPUT),
    )

    class Meta:
        model = Meeting
        fields = ["starts_at", "prompt"]


class NotesForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 6, "dir": "auto"})}
