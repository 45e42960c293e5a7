"""What a report is about: a period of whole days and, optionally, a school, a track, a
cohort, a language, a time-zone region and a format. The cohort, language and format
are plain values (an id, a language code, a format key) that the app owning the facts
interprets, so this room never needs to import cohorts."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

DEFAULT_DAYS = 365  # the last twelve months, today included

# The filters besides the period, in the order the page names them. A figure says which
# of these it honours; the page says beside it which it ignores.
NARROWING = ("school", "track", "cohort", "language", "region", "format")
EVERY_FILTER = frozenset(NARROWING)


@dataclass(frozen=True)
class Filters:
    start: date
    end: date  # included
    track: object = None  # a TrackPage, or None for every track
    school: object = None  # a SchoolPage, or None for every school
    cohort: int | None = None  # a cohort's id
    language: str = ""  # a language code of settings.LANGUAGES
    region: str = ""  # an IANA area, the part of a time zone before "/": "Europe"
    format: str = ""  # a SessionFormat value

    @property
    def since(self):
        """The first instant of the period, in the site's zone."""
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def until(self):
        """The first instant after the period."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def applied(self) -> frozenset:
        """The names of the narrowing filters that are set."""
        return frozenset(name for name in NARROWING if getattr(self, name))

    def in_pages(self, field):
        """Q for a page field (a track, a workshop) under the chosen school and track."""
        q = Q()
        for page in (self.school, self.track):
            if page:
                q &= Q(**{f"{field}__path__startswith": page.path})
        return q

    def in_region(self, person="person"):
        """Q for people whose time zone lies in the chosen region."""
        if not self.region:
            return Q()
        return Q(**{f"{person}__time_zone__startswith": f"{self.region}/"})


def default_filters(today=None):
    today = today or timezone.localdate()
    return Filters(start=today - timedelta(days=DEFAULT_DAYS - 1), end=today)
