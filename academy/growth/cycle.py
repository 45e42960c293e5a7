"""The self-assessment cycle: how many months apart a site asks for them, and when the
next one is due."""

import calendar
from datetime import date

from wagtail.models import Site

from academy.growth.models import GrowthSettings

DEFAULT_CYCLE_MONTHS = GrowthSettings._meta.get_field("cycle_months").default


def cycle_months(site=None) -> int:
    """The months between self-assessments on `site` (the default site if None)."""
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DEFAULT_CYCLE_MONTHS
    return GrowthSettings.for_site(site).cycle_months


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier, if negative); the 31st becomes the last
    day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def next_due(last_submitted, months: int) -> date | None:
    if last_submitted is None:
        return None
    return add_months(last_submitted.date(), months)
