"""The report figures whose facts mentoring owns: pairings active in the period and the
check-ins held of those scheduled. Registered from MentoringConfig.ready(). A pairing
describes two people; it counts as describing the smaller of its two groups, so that a
handful of people offering support is suppressed even among many people supported."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from academy.reports.registry import Value, figures
from academy.terminology import term
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
        by_track=False,
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
        by_track=False,
        position=55,
    )
