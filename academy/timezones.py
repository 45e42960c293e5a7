"""IANA time zones: validation, choices and conversion for display."""

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Canonical-looking zone names (Area/City), sorted; excludes legacy aliases."""
    names = {
        name
        for name in available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    }
    names.add("UTC")
    return tuple(sorted(names))


def zone_choices():
    return [(name, name.replace("_", " ")) for name in zone_names()]


def validate_time_zone(value: str) -> None:
    if value not in zone_names():
        raise ValidationError(
            _("“%(zone)s” is not a time zone we know. Choose one such as Europe/Warsaw."),
            code="invalid_time_zone",
            params={"zone": value},
        )


@lru_cache(maxsize=512)
def get_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
