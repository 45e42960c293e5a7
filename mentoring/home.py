"""The dashboard sections whose facts mentoring owns: the pairings a person is in and
the asks waiting for their answer; for coordinators, the offers, support requests and
late check-ins waiting on them. Registered from MentoringConfig.ready()."""

from django.db.models import Q
from django.utils.translation import gettext_lazy

from academy.accounts.home import home
from academy.accounts.rules import is_coordinator
from mentoring.models import Pairing, PairingStatus
from mentoring.services import dashboards

SHOWN = 10


def my_pairings(request):
    """Active pairings, as the one supporting or the one supported, and the asks the
    person has to answer."""
    user = request.user
    pairings = list(
        Pairing.objects.filter(
            Q(mentor=user) | Q(mentee=user),
            status__in=[PairingStatus.ACTIVE, PairingStatus.PROPOSED],
        )
        .select_related("mentor", "mentee")
        .order_by("status", "-created_at", "-pk")[:SHOWN]
    )
    if not pairings:
        return None
    for pairing in pairings:
        pairing.other = pairing.other_than(user.pk)
        pairing.supporting = pairing.mentor_id == user.pk
        pairing.to_answer = pairing.status == PairingStatus.PROPOSED and pairing.supporting
    return {
        "pairings": pairings,
        "to_answer": sum(1 for p in pairings if p.to_answer),
    }


def coordinating(request):
    if not is_coordinator(request.user):
        return None
    return {
        "offers": dashboards.pending_applications_count(),
        "requests": dashboards.open_requests().count(),
        "late": dashboards.late_check_ins().count(),
    }


def register():
    home.register("mentoring.pairings", "home/pairings.html", my_pairings, position=40)
    home.register(
        "mentoring.coordinating",
        "home/mentoring_tasks.html",
        coordinating,
        position=50,
        for_roles=True,
    )
    home.register_link(
        "mentoring.overview",
        gettext_lazy("Support overview"),
        "mentoring_overview",
        is_coordinator,
        position=20,
    )
