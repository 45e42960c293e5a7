"""IANA time zones: validation, choices and names for display.

The stored value is always the IANA name; people see the place in their own language
("Warszawa, Polska") from CLDR by Babel, grouped by region and with the current offset."""

from datetime import UTC, datetime
from functools import lru_cache
from importlib.resources import files
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel import Locale
from babel.dates import get_timezone_location
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from academy.languages import reading_key

# IANA areas CLDR names as regions (Americas, Asia, Oceania…), so the group labels come
# translated with Babel; the oceans and the Arctic have no CLDR region and are ours.
AREA_TERRITORIES = {
    "Africa": "002",
    "America": "019",
    "Antarctica": "AQ",
    "Asia": "142",
    "Australia": "AU",
    "Europe": "150",
    "Pacific": "009",
}
AREA_LABELS = {
    "Arctic": _("Arctic"),
    "Atlantic": _("Atlantic Ocean"),
    "Indian": _("Indian Ocean"),
}
OTHER_ZONES = _("Other time zones")


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


@lru_cache(maxsize=1)
def offered_zones() -> dict[str, str]:
    """Zone → ISO country for each line of tzdata's zone.tab: one zone for every place
    with its own clock, without links such as Europe/Kiev or Brazil/East that would
    show the same city twice. Those stay valid for people who already have them."""
    known = set(zone_names())
    table = files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    offered = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            country, _coordinates, zone = line.split("\t")[:3]
            if zone in known:
                offered[zone] = country
    return offered


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


def _reader(language: str | None) -> str:
    return language or translation.get_language() or settings.LANGUAGE_CODE


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, TypeError):
        return Locale("en")


@lru_cache(maxsize=16)
def _places_in(language: str) -> dict[str, str]:
    """Every zone as a place in the reader's language: the exemplar city, and the
    country where it is not the city itself ("Warszawa, Polska", "Singapur")."""
    locale = _locale(language)
    places = {"UTC": "UTC"}
    with translation.override(language):
        for name in zone_names():
            if name == "UTC":
                continue
            try:
                city = get_timezone_location(name, locale=locale, return_city=True)
            except LookupError:
                city = name.rsplit("/", 1)[-1].replace("_", " ")
            country = locale.territories.get(offered_zones().get(name, ""), "")
            if country and country != city:
                places[name] = gettext("%(city)s, %(country)s") % {"city": city, "country": country}
            else:
                places[name] = city
    return places


def zone_label(name: str, language: str | None = None) -> str:
    """The place a zone stands for, for display; the IANA name if we do not know it."""
    return _places_in(_reader(language)).get(name, name)


def format_offset(zone: str, now: datetime) -> str:
    minutes = int(now.astimezone(get_zone(zone)).utcoffset().total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def region_label(area: str, language: str) -> str:
    territory = AREA_TERRITORIES.get(area)
    if territory:
        return _locale(language).territories.get(territory, area)
    with translation.override(language):
        return str(AREA_LABELS.get(area, OTHER_ZONES))


def zone_choices(include=(), now: datetime | None = None, language: str | None = None):
    """UTC, then a group per region in the reader's order, each place with its offset
    now: [("UTC", "UTC (UTC+00:00)"), ("Europa", [("Europe/Warsaw", "Warszawa, Polska
    (UTC+01:00)"), …]), …]. `include` adds zones someone already has that zone.tab does
    not offer. Computed per call: the offsets follow summer time."""
    language = _reader(language)
    now = now or datetime.now(UTC)
    places = _places_in(language)
    groups: dict[str, list[tuple[str, str]]] = {}
    zones = [*offered_zones(), *(zone for zone in include or () if zone in places)]
    for zone in dict.fromkeys(zones):
        if zone == "UTC":
            continue
        label = region_label(zone.split("/", 1)[0], language)
        groups.setdefault(label, []).append((zone, f"{places[zone]} ({format_offset(zone, now)})"))
    ordered = [
        (label, sorted(options, key=lambda option: reading_key(option[1])))
        for label, options in sorted(groups.items(), key=lambda group: reading_key(group[0]))
    ]
    return [("UTC", f"UTC ({format_offset('UTC', now)})"), *ordered]
