"""Account forms: the extra sign-up fields and the profile."""

from functools import partial

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from academy.languages import spoken_language_choices
from academy.models import User
from academy.pickers import LanguagesField
from academy.security import validate_no_direction_controls
from academy.timezones import validate_time_zone, zone_choices, zone_names


class TimeZoneField(forms.ChoiceField):
    """Places grouped by region in the reader's language, with their offsets. It accepts
    every zone the model does, including legacy names the list no longer offers."""

    def __init__(self, **kwargs):
        super().__init__(choices=zone_choices, **kwargs)

    def keep(self, current):
        """Offer `current` too, so a person's legacy zone stays selected."""
        self.choices = partial(zone_choices, include=[current])

    def valid_value(self, value):
        return value in zone_names()


class SignupExtrasForm(forms.Form):
    """Fields allauth adds to its sign-up form. The name is asked for, so nobody is
    greeted by the username sign-up makes from their email. The time zone is guessed
    by the browser (a hidden field filled in by script) and can be changed later."""

    display_name = forms.CharField(
        label=_("Your name, as others will see it"),
        max_length=User._meta.get_field("display_name").max_length,
        validators=[validate_no_direction_controls],
    )
    time_zone = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_time_zone(self):
        value = self.cleaned_data["time_zone"].strip()
        if not value:
            return "UTC"
        try:
            validate_time_zone(value)
        except forms.ValidationError:
            return "UTC"
        return value

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"]
        user.time_zone = self.cleaned_data["time_zone"]
        language = get_language() or settings.LANGUAGE_CODE
        if language in dict(settings.LANGUAGES):
            user.preferred_language = language
        user.save(update_fields=["display_name", "time_zone", "preferred_language"])


class ProfileForm(forms.ModelForm):
    time_zone = TimeZoneField(label=_("Time zone"))
    spoken_languages = LanguagesField(label=_("Languages I speak"), required=False)

    class Meta:
        model = User
        fields = [
            "display_name",
            "preferred_language",
            "time_zone",
            "address_form",
            "spoken_languages",
            "home_community",
            "visible_to_members",
        ]
        widgets = {"address_form": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].keep(self.instance.time_zone)
        self.fields["spoken_languages"].choices = partial(
            spoken_language_choices, first=self.instance.spoken_languages
        )

    def clean_spoken_languages(self):
        return sorted(set(self.cleaned_data["spoken_languages"]))
