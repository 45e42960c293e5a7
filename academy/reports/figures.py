"""The ground floor's own figures: badges awarded, alumni who reported back and (from
`academy.growth.report_figures`) skill growth. They are registered when this module is
imported (by `academy.reports.report`); the figures of cohorts and mentoring are
registered from those apps' `ready()`."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from academy.growth import report_figures as _growth_figures  # noqa: F401  registers them
from academy.growth.alumni.models import AlumniReport
from academy.growth.badges.models import Award
from academy.reports.registry import Value, figures


def badges_awarded(filters):
    totals = Award.objects.filter(
        filters.in_region(),
        revoked_at__isnull=True,
        awarded_at__gte=filters.since,
        awarded_at__lt=filters.until,
    ).aggregate(count=Count("pk"), people=Count("person", distinct=True))
    return Value(totals["count"], totals["people"])


def alumni_reported_back(filters):
    people = AlumniReport.objects.filter(
        filters.in_region(), created_at__gte=filters.since, created_at__lt=filters.until
    ).aggregate(people=Count("person", distinct=True))["people"]
    return Value(people, people)


figures.register(
    "academy.badges_awarded",
    _("Badges awarded"),
    _(
        "Badges awarded in the period and not revoked since; each person counts once "
        "for each badge."
    ),
    badges_awarded,
    narrowed_by={"region"},
    position=60,
)
figures.register(
    "academy.alumni_reported_back",
    _("Alumni who reported back"),
    _("People who moved on and sent a report back during the period."),
    alumni_reported_back,
    narrowed_by={"region"},
    position=70,
)
