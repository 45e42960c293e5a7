"""The dashboard sections whose facts cohorts owns, beside the learner's own: the
sessions a person facilitates (with the roster and the attendance still to take), and
the cohorts a person runs (with the applications waiting). Registered from
CohortsConfig.ready()."""

from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from academy.accounts.home import home
from academy.accounts.rules import is_coordinator
from academy.models import WorkshopSession
from cohorts.models import Cohort, EnrolmentStatus, RegistrationStatus
from cohorts.services.attendance import ATTENDANCE_CORRECTION_DAYS

SHOWN = 10  # rows per section; the full lists are one click away


def facilitating(request):
    """Sessions the person facilitates or authored, from two weeks back, soonest first;
    `to_take` counts the registered people whose attendance is not recorded yet, for
    sessions that have started."""
    user = request.user
    now = timezone.now()
    sessions = list(
        WorkshopSession.objects.filter(
            Q(access__facilitators=user) | Q(workshop__owner=user),
            start__gte=now - timedelta(days=ATTENDANCE_CORRECTION_DAYS),
            cancelled=False,
        )
        .distinct()
        .select_related("workshop")
        .annotate(
            registered=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.REGISTERED),
                distinct=True,
            ),
            unrecorded=Count(
                "registrations",
                filter=Q(
                    registrations__status=RegistrationStatus.REGISTERED,
                    registrations__attendance="",
                ),
                distinct=True,
            ),
        )
        .order_by("start", "pk")[:SHOWN]
    )
    if not sessions:
        return None
    for session in sessions:
        session.started = session.start <= now
        session.to_take = session.unrecorded if session.started else 0
    return {"sessions": sessions, "to_take": sum(s.to_take for s in sessions)}


def coordinating(request):
    """The cohorts the person runs (for the academy's coordinators: every cohort that
    has not ended), with the applications and waiting places to decide."""
    user = request.user
    cohorts = Cohort.objects.filter(end_date__gte=timezone.localdate())
    if not is_coordinator(user):
        cohorts = cohorts.filter(coordinators=user)
    cohorts = list(
        cohorts.select_related("track")
        .annotate(
            waiting=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.APPLIED)),
            enrolled=Count(
                "enrolments",
                filter=Q(enrolments__status__in=[EnrolmentStatus.ENROLLED]),
            ),
        )
        .order_by("-waiting", "start_date", "pk")[:SHOWN]
    )
    if not cohorts and not is_coordinator(user):
        return None
    return {"cohorts": cohorts, "waiting": sum(c.waiting for c in cohorts)}


def register():
    home.register(
        "cohorts.facilitating", "home/facilitating.html", facilitating, position=20, for_roles=True
    )
    home.register(
        "cohorts.coordinating", "home/coordinating.html", coordinating, position=30, for_roles=True
    )
