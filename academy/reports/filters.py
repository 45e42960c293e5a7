"""What a report is about: a period of whole days and, optionally, a track."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

DEFAULT_DAYS = 365  # the last twelve months, today included


@dataclass(frozen=True)
class Filters:
    start: date
    end: date  # included
    track: object = None  # a TrackPage, or None for every track

    @property
    def since(self):
        """The first instant of the period, in the site's zone."""
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def until(self):
        """The first instant after the period."""
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))


def default_filters(today=None):
    today = today or timezone.localdate()
    return Filters(start=today - timedelta(days=DEFAULT_DAYS - 1), end=today)
