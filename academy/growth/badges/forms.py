from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from academy.growth.badges.models import Badge
from academy.growth.badges.services import REASON_MAX


class ReasonField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Reason"),
            max_length=REASON_MAX,
            widget=forms.Textarea(attrs={"rows": 3}),
            **kwargs,
        )


class AwardForm(forms.Form):
    badge = forms.ModelChoiceField(queryset=Badge.objects.all(), label=_("Badge"))
    email = forms.EmailField(label=_("Email address of the person"), max_length=254)
    reason = ReasonField()

    def clean_email(self):
        person = (
            get_user_model()
            .objects.filter(email__iexact=self.cleaned_data["email"], is_active=True)
            .first()
        )
        if person is None:
            raise forms.ValidationError(_("Nobody here has this email address."))
        return person


class RevokeForm(forms.Form):
    reason = ReasonField()


class ShownForm(forms.Form):
    """Which of the person's own badges their page shows; other ids are refused."""

    shown = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, awards, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shown"].choices = [(str(award.uuid), award.badge.name) for award in awards]
