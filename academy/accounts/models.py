"""The account model. It holds what role terms and times need, and little else."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.languages import validate_spoken_languages
from academy.timezones import validate_time_zone


class AddressForm(models.TextChoices):
    """How a person wants to be named grammatically where a language marks gender."""

    UNSPECIFIED = "unspecified", _("No preference")
    FEMININE = "feminine", _("Feminine")
    MASCULINE = "masculine", _("Masculine")
    NEUTRAL = "neutral", _("Neutral")


class User(AbstractUser):
    display_name = models.CharField(_("display name"), max_length=120, blank=True)
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

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.public_name

    @property
    def public_name(self) -> str:
        return self.display_name or self.get_full_name() or self.username
