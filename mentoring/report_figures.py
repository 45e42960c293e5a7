"""The report figures whose facts mentoring owns: pairings active in the period, the
check-ins held of those scheduled, and the graduates who went on to support others (the
pathway, read from the graduates cohorts counts). Registered from MentoringConfig.ready(). A pairing
describes two people; it counts as describing the smaller of its two groups, so that a
handful of people offering support is suppressed even among many people supported."""

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext as _

from academy.reports.filters import EVERY_FILTER
from academy.reports.registry import Value, figures
from academy.terminology import term
from cohorts.report_figures import graduations
from mentoring.models import CheckIn, Pairing, PairingStatus

UNDER_WAY = (PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED)


def pairings_in(filters):
    """Pairings that had begun and had not ended on at least one day of the period."""
    return Pairing.objects.filter(status__in=UNDER_WAY, started_at__lt=filters.until).filter(
        Q(ended_at__isnull=True) | Q(ended_at__gte=filters.since)
    )


def active_pairings(filters):
    totals = pairings_in(filters).aggregate(
        count=Count("pk"),
        mentors=Count("mentor", distinct=True),
        mentees=Count("mentee", distinct=True),
    )
    return Value(totals["count"], min(totals["mentors"], totals["mentees"]))


def check_ins(filters):
    totals = CheckIn.objects.filter(
        pairing__status__in=UNDER_WAY, due_at__gte=filters.since, due_at__lt=filters.until
    ).aggregate(
        scheduled=Count("pk"),
        held=Count("pk", filter=Q(met_at__isnull=False)),
        mentors=Count("pairing__mentor", distinct=True),
        mentees=Count("pairing__mentee", distinct=True),
    )
    people = min(totals["mentors"], totals["mentees"])
    return Value(totals["held"], people, out_of=totals["scheduled"])


def graduates_supporting(filters):
    """Of the graduates, those who have been the supporting side of a pairing that began
    on or after the last day of a cohort they completed."""
    since_graduating = Pairing.objects.filter(
        mentor=OuterRef("person"),
        status__in=UNDER_WAY,
        started_at__date__gte=OuterRef("cohort__end_date"),
    )
    totals = graduations(filters).aggregate(
        graduates=Count("person", distinct=True),
        supporting=Count("person", distinct=True, filter=Exists(since_graduating)),
    )
    return Value(totals["supporting"], totals["supporting"], out_of=totals["graduates"])


def register():
    figures.register(
        "mentoring.active_pairings",
        lambda: _("Active pairings"),
        lambda: (
            _(
                "Pairings under way on at least one day of the period; hidden when the "
                "%(supporters)s or the %(supported)s in them are fewer than the minimum."
            )
            % {
                "supporters": term("mentor", plural=True),
                "supported": term("learner", plural=True),
            }
        ),
        active_pairings,
        position=50,
    )
    figures.register(
        "mentoring.check_ins",
        lambda: _("Check-ins held of those scheduled"),
        lambda: _(
            "Check-ins due in the period: how many took place, of how many were scheduled, "
            "in pairings that were under way."
        ),
        check_ins,
        position=55,
    )
    figures.register(
        "mentoring.graduates_supporting",
        lambda: (
            _("Graduates who went on to support others as %(supporters)s")
            % {"supporters": term("mentor", plural=True)}
        ),
        lambda: (
            _(
                "Of the graduates, the people who have since supported someone as "
                "%(supporters)s in a pairing that began on or after the end of a cohort they "
                "completed."
            )
            % {"supporters": term("mentor", plural=True)}
        ),
        graduates_supporting,
        narrowed_by=EVERY_FILTER,
        position=44,
    )
