"""Dates people type: each has a sensible range, refused with a translated error.

Without a range, a year like 9999 passes the form and then fails in the database or
in time-zone arithmetic, for everyone who opens the page that shows it."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.formats import format_date

YEAR = timedelta(days=365)


def check_date_range(day, *, earliest=None, latest=None):
    """Return `day` when it lies within [earliest, latest]; raise ValidationError if not."""
    if day is None:
        return day
    if earliest is not None and day < earliest:
        raise ValidationError(
            _("Choose %(earliest)s or a later date."),
            code="too_early",
            params={"earliest": format_date(earliest)},
        )
    if latest is not None and day > latest:
        raise ValidationError(
            _("Choose a date no later than %(latest)s."),
            code="too_late",
            params={"latest": format_date(latest)},
        )
    return day


PLANNING_YEARS = 5  # how far before or after today a cohort or a session may be dated


def field_errors_outside_planning_range(instance, names):
    """{field name: error} for the dates (or date-times, read in the active zone) of
    `instance` that lie more than PLANNING_YEARS from today; for a model's clean()."""
    today = timezone.localdate()
    span = PLANNING_YEARS * YEAR
    errors = {}
    for name in names:
        value = getattr(instance, name)
        if value is None:
            continue
        day = timezone.localdate(value) if hasattr(value, "hour") else value
        try:
            check_date_range(day, earliest=today - span, latest=today + span)
        except ValidationError as error:
            errors[name] = error
    return errors
