"""Language codes people may say they speak, named and ordered in the reader's language
by Babel (CLDR), so nobody picks their language from a list of raw codes."""

import unicodedata
from functools import lru_cache

from babel import Locale
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# CLDR's codes for "uncoded languages", "multiple languages", "unknown language" and
# "no linguistic content": nobody speaks them.
NOT_LANGUAGES = frozenset({"mis", "mul", "und", "zxx"})


def reading_key(text: str) -> str:
    """A sort key close to the reader's collation without ICU: accents do not move a
    word to the end of the list ("Ewe" before "Éwé" before "Fula"), case is ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def spoken_language_codes() -> frozenset[str]:
    """Two- and three-letter language codes that CLDR names (no regional variants)."""
    return frozenset(
        code for code in Locale("en").languages if "_" not in code and code not in NOT_LANGUAGES
    )


def _locale(ui_language: str) -> Locale:
    try:
        return Locale.parse(ui_language.replace("-", "_"))
    except (ValueError, TypeError):
        return Locale("en")


@lru_cache(maxsize=16)
def _names_in(ui_language: str) -> dict[str, str]:
    """Every code's name in the reader's language; where CLDR has none in that language
    (Spanish and Arabic lack about ninety), the English name rather than the bare code."""
    own, english = _locale(ui_language).languages, Locale("en").languages
    return {code: own.get(code) or english[code] for code in spoken_language_codes()}


@lru_cache(maxsize=16)
def _in_reading_order(ui_language: str) -> tuple[tuple[str, str], ...]:
    """Names the reader's language has come first, then the English fallbacks, so an
    Arabic reader's list does not open with ninety names in Latin script."""
    own = _locale(ui_language).languages
    names = _names_in(ui_language)
    return tuple(sorted(names.items(), key=lambda item: (item[0] not in own, reading_key(item[1]))))


def _reader(ui_language: str | None) -> str:
    return ui_language or get_language() or settings.LANGUAGE_CODE


def language_name(code: str, ui_language: str | None = None) -> str:
    return _names_in(_reader(ui_language)).get(code, code)


def spoken_language_choices(first=(), ui_language: str | None = None):
    """Grouped choices: the site's own languages and the person's `first` ones, then
    all the others, each group in the reader's order."""
    ordered = _in_reading_order(_reader(ui_language))
    often = {code for code, _name in settings.LANGUAGES} | set(first or ())
    return [
        (_("Often chosen"), [item for item in ordered if item[0] in often]),
        (_("All languages"), [item for item in ordered if item[0] not in often]),
    ]


@lru_cache(maxsize=1)
def _search_terms() -> dict[str, str]:
    """What else finds a language when typed: its code and its names in every language
    of the site, so "polski" or "Polnisch" find Polish whatever the page's language."""
    named = [_names_in(code) for code, _name in settings.LANGUAGES]
    return {
        code: " ".join(dict.fromkeys([code, *(names[code] for names in named)]))
        for code in spoken_language_codes()
    }


def language_search_terms(code: str) -> str:
    return _search_terms().get(code, code)


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
