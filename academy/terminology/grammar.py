"""CLDR plural rules, list patterns and locale codes, from Babel: nothing here is hand-written."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CATEGORY_ORDER = ("zero", "one", "two", "few", "many", "other")
# The forms used without a number: in headings, lists and sentences ("Mentors near
# capacity"). They are not CLDR categories: in Arabic "two" is the dual and "other" the
# singular after 100, so neither is "the plural".
UNCOUNTED = ("singular", "plural")


@lru_cache(maxsize=64)
def _locale(code: str) -> Locale:
    """'pt-br', 'pt_BR', 'zh-hant-tw' → Babel's locale, scripts included."""
    return Locale.parse(code.replace("_", "-"), sep="-")


def validate_locale_code(value: str) -> None:
    try:
        _locale(value)
    except (UnknownLocaleError, ValueError):
        raise ValidationError(
            _("“%(code)s” is not a language code we know."),
            code="unknown_locale",
            params={"code": value},
        ) from None


@lru_cache(maxsize=64)
def plural_categories(code: str) -> tuple[str, ...]:
    """The CLDR plural categories of a language, in CLDR order (Polish: one, few, many, other)."""
    tags = _locale(code).plural_form.tags | {"other"}
    return tuple(category for category in CATEGORY_ORDER if category in tags)


def plural_category(code: str, count) -> str:
    return _locale(code).plural_form(count)


def base_language(code: str) -> str | None:
    """'pt-br' → 'pt'; None for a code without a region."""
    language, sep, _region = code.replace("_", "-").partition("-")
    return language.lower() if sep else None


@lru_cache(maxsize=64)
def sample_numbers(code: str, per_category: int = 3) -> dict[str, tuple[int, ...]]:
    """Small whole numbers that fall in each plural category, e.g. Polish
    {'one': (1,), 'few': (2, 3, 4), 'many': (0, 5, 6), 'other': ()}. Categories that
    only fractions reach (Polish 'other') get no whole-number sample."""
    found = {category: [] for category in plural_categories(code)}
    for number in range(0, 1001):
        category = plural_category(code, number)
        if len(found[category]) < per_category:
            found[category].append(number)
    return {category: tuple(numbers) for category, numbers in found.items()}


def join_list(items, code: str) -> str:
    """["Polish", "English"] → "Polish and English", as the language joins lists (CLDR)."""
    items = list(items)
    return format_list(items, locale=_locale(code)) if items else ""
