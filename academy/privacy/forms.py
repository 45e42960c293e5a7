"""Confirming the deletion of an account: one's own, or someone's on their request."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    """People with a password type it again; people who sign in only with Wikimedia
    have just re-authenticated there (the view sees to it)."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone."), required=True)

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        if not person.has_usable_password():
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.person.check_password(password):
            raise forms.ValidationError(_("That is not your password."), code="wrong_password")
        return password


class DeleteOnRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Why, and how the person asked"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the record of deletions; do not write their name or email."),
    )
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone."), required=True)
