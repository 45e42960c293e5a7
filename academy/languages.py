"""Language codes people may say they speak, named in the viewer's language by Babel."""

from functools import lru_cache

from babel import Locale
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=1)
def spoken_language_codes() -> frozenset[str]:
    """Two- and three-letter language codes that CLDR names (no regional variants)."""
    return frozenset(code for code in Locale("en").languages if "_" not in code)


@lru_cache(maxsize=16)
def _names_in(ui_language: str) -> dict[str, str]:
    try:
        locale = Locale.parse(ui_language.replace("-", "_"))
    except (ValueError, TypeError):
        locale = Locale("en")
    return {code: locale.languages.get(code, code) for code in spoken_language_codes()}


def language_name(code: str, ui_language: str | None = None) -> str:
    return _names_in(ui_language or get_language() or "en").get(code, code)


def spoken_language_choices(ui_language: str | None = None):
    names = _names_in(ui_language or get_language() or "en")
    return sorted(names.items(), key=lambda item: item[1].casefold())


def validate_spoken_languages(value) -> None:
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ValidationError(_("Give the languages as a list of language codes."), code="invalid")
    unknown = [code for code in value if code not in spoken_language_codes()]
    if unknown:
        raise ValidationError(
            _("Unknown language code: %(codes)s."),
            code="unknown_language",
            params={"codes": ", ".join(unknown)},
        )
