"""The account model. It holds what role terms and times need, and little else."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from academy.formats import format_date
from academy.languages import validate_spoken_languages
from academy.security import validate_no_direction_controls
from academy.timezones import validate_time_zone


class AddressForm(models.TextChoices):
    """How a person wants to be named grammatically where a language marks gender."""

    UNSPECIFIED = "unspecified", _("No preference")
    FEMININE = "feminine", _("Feminine")
    MASCULINE = "masculine", _("Masculine")
    NEUTRAL = "neutral", _("Neutral")


class User(AbstractUser):
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        blank=True,
        validators=[validate_no_direction_controls],
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    address_form = models.CharField(
        _("form of address"),
        max_length=16,
        choices=AddressForm.choices,
        default=AddressForm.UNSPECIFIED,
        help_text=_("Used to choose the right grammatical form of role words about you."),
    )
    spoken_languages = models.JSONField(
        _("languages I speak"), default=list, blank=True, validators=[validate_spoken_languages]
    )
    home_community = models.CharField(
        _("home community or wiki"),
        max_length=120,
        blank=True,
        help_text=_("For example: German Wikipedia, Wikimedia Polska, Wikidata."),
    )

    visible_to_members = models.BooleanField(
        _("show my page to other members"),
        default=False,
        help_text=_(
            "Your name, your pathway and what you offer. People who offer support are "
            "always shown to members."
        ),
    )
    # Stands for one person who deleted their account: no name, no email, no sign-in.
    is_former_member = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.public_name

    def get_full_name(self):
        """Wagtail names people by this (its menus, page history, comments): their display
        name first, so the admin never shows the username sign-up made from an email."""
        return self.display_name or super().get_full_name()

    @property
    def public_name(self) -> str:
        """The name others see. Never the username, which sign-up makes from the email."""
        if self.is_former_member:
            return pgettext("someone who deleted their account", "a former member")
        if self.get_full_name():
            return self.get_full_name()
        joined = format_date(self.date_joined, "yMMMM")
        return pgettext("a person without a display name", "member since %(date)s") % {
            "date": joined
        }
