"""Dates people type: each has a sensible range, refused with a translated error.

Without a range, a year like 9999 passes the form and then fails in the database or
in time-zone arithmetic, for everyone who opens the page that shows it."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

YEAR = timedelta(days=365)


def check_date_range(day, *, earliest=None, latest=None):
    """Return `day` when it lies within [earliest, latest]; raise ValidationError if not."""
    if day is None:
        return day
    if earliest is not None and day < earliest:
        raise ValidationError(
            _("Choose %(earliest)s or a later date."),
            code="too_early",
            params={"earliest": formats.date_format(earliest, "DATE_FORMAT")},
        )
    if latest is not None and day > latest:
        raise ValidationError(
            _("Choose a date no later than %(latest)s."),
            code="too_late",
            params={"latest": formats.date_format(latest, "DATE_FORMAT")},
        )
    return day
