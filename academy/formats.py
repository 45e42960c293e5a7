"""Dates, times and numbers as the reader reads them, from CLDR through Babel; and names
isolated from the text around them.

Django's `date` filter takes one format string for every language, so Polish got the
nominative month ("1 Grudzień 2026") where a date needs the genitive ("1 grudnia 2026")
and Spanish lost its "de". CLDR has the pattern of each language and the grammatical case
each pattern needs, so every date, time and number shown to a reader goes through here
(templates through the `local_*` filters of `academy_tags`).

A style is one of CLDR's standard lengths ("full", "long", "medium", "short") or a CLDR
skeleton, which names the fields and lets each language order and inflect them:
"yMMMd" (1 gru 2026), "MMMEd" (czw., 3 gru), "MMMd" (3 gru), "E" (czw.), "yMMMM"
(grudzień 2026). An aware date-time is first moved to the active time zone (the reader's,
set by the middleware and by `academy.emails`), so the date shown is the reader's date.
Machine-readable values (the `datetime` of `<time>`, iCalendar, JSON) do not come here."""

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import dates as cldr_dates
from babel import numbers as cldr_numbers
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

STANDARD_STYLES = ("full", "long", "medium", "short")

# The site's English is British ("programme", "enrol"), and so are its dates and times:
# "1 December 2026, 14:05", where CLDR's bare "en" is American ("December 1, 2026, 2:05 PM").
CLDR_LOCALE_OF = {"en": "en_GB"}
FALLBACK_LOCALE = "en_GB"


@lru_cache(maxsize=32)
def _cldr_locale(language: str) -> Locale:
    code = CLDR_LOCALE_OF.get(language, language)
    try:
        return Locale.parse(code.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        base = code.replace("_", "-").partition("-")[0]
        try:
            return Locale.parse(CLDR_LOCALE_OF.get(base, base))
        except (UnknownLocaleError, ValueError):
            return Locale.parse(FALLBACK_LOCALE)


def cldr_locale(language: str | None = None) -> Locale:
    """The CLDR locale for a site language (the active one by default)."""
    return _cldr_locale((language or get_language() or "en").lower())


def _checked(value, kinds):
    if not isinstance(value, kinds) or isinstance(value, bool):
        raise TypeError(f"cannot show {type(value).__name__} as {kinds}")
    return value


def _in_active_zone(value):
    """An aware date-time in the active time zone; naive ones are taken as already local."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _date_part(value, style, locale):
    if style in STANDARD_STYLES:
        return cldr_dates.format_date(value, format=style, locale=locale)
    return cldr_dates.format_skeleton(style, value, locale=locale)


def format_date(value, style: str = "long", *, language: str | None = None) -> str:
    """The (reader's) date of a date or date-time; "" for an empty value."""
    if value in (None, ""):
        return ""
    value = _in_active_zone(_checked(value, date))
    day = value.date() if isinstance(value, datetime) else value
    return _date_part(day, style, cldr_locale(language))


def format_time(value, *, zone=None, language: str | None = None) -> str:
    """Hours and minutes in the language's own way (14:05, 2:05 م), in `zone` when given,
    else in the active time zone."""
    if value in (None, ""):
        return ""
    value = _checked(value, datetime)
    value = value.astimezone(zone) if zone is not None else _in_active_zone(value)
    return cldr_dates.format_time(value, format="short", locale=cldr_locale(language))


def _joining_width(style: str) -> str:
    """Which of CLDR's date-and-time joining patterns goes with a date style: for a
    skeleton, the width of its month (CLDR's rule for combining skeletons)."""
    if style in STANDARD_STYLES:
        return style
    if "MMMM" in style:
        return "full" if "E" in style else "long"
    if "MMM" in style:
        return "medium"
    return "short"


def format_datetime(value, style: str = "long", *, language: str | None = None) -> str:
    """The date in `style` and the time, joined as the language joins them
    ("1 grudnia 2026 14:05", "1 de diciembre de 2026, 14:05")."""
    if value in (None, ""):
        return ""
    value = _in_active_zone(_checked(value, datetime))
    locale = cldr_locale(language)
    day = _date_part(value.date(), style, locale)
    clock = cldr_dates.format_time(value, format="short", locale=locale)
    pattern = str(locale.datetime_formats[_joining_width(style)])
    return pattern.replace("'", "").replace("{0}", clock).replace("{1}", day)


def format_date_range(start, end, style: str = "yMMMd", *, language: str | None = None) -> str:
    """Two dates as one range, saying once what they share (1 and 5 December 2026 in
    Polish: "1-5 gru 2026", with CLDR's en dash)."""
    if start in (None, "") or end in (None, ""):
        return format_date(start or end, style, language=language)
    start, end = _in_active_zone(_checked(start, date)), _in_active_zone(_checked(end, date))
    start = start.date() if isinstance(start, datetime) else start
    end = end.date() if isinstance(end, datetime) else end
    return cldr_dates.format_interval(start, end, style, locale=cldr_locale(language))


def format_zone(value, *, language: str | None = None) -> str:
    """A short name for the time zone a date-time is shown in: CLDR's abbreviation when
    the language has one (MEZ, CET, UTC), else the offset (GMT+01:00, UTC+01:00)."""
    if not isinstance(value, datetime):
        return ""
    value = _in_active_zone(value)
    locale = cldr_locale(language)
    name = cldr_dates.get_timezone_name(value, width="short", locale=locale)
    if name and name[0] not in "+-":
        return name
    return cldr_dates.get_timezone_gmt(value, width="long", locale=locale)


def format_number(value, *, language: str | None = None) -> str:
    """A count or amount with the language's separators. Arabic keeps Western digits,
    as CLDR's `ar` and Django's `ar` formats both do."""
    if value in (None, ""):
        return ""
    return cldr_numbers.format_decimal(
        _checked(value, (int, float, Decimal)), locale=cldr_locale(language)
    )


def format_percent(value, *, language: str | None = None) -> str:
    """A fraction (0.25) as a percentage in the language's way (25 %, 25%)."""
    if value in (None, ""):
        return ""
    return cldr_numbers.format_percent(
        _checked(value, (int, float, Decimal)), locale=cldr_locale(language)
    )


def isolate(value) -> str:
    """A name or other text people wrote, in <bdi> so that its direction cannot reorder
    the sentence around it ("1 December 2026 ليلى حداد: Proposed")."""
    return format_html("<bdi>{}</bdi>", value)


def with_isolated(message, **values) -> str:
    """A translated message with %(name)s placeholders, escaped, its values isolated: for
    Django messages, which keep the safe string through their storage."""
    isolated = {key: isolate(value) for key, value in values.items()}
    return mark_safe(conditional_escape(message) % isolated)  # noqa: S308 — all escaped
