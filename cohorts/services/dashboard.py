"""What a person's dashboard shows: their cohorts with progress, their coming
sessions with waiting-list positions, and their private calendar token."""

from django.db.models import Count
from django.utils import timezone

from academy.models import WorkshopPage
from cohorts.models import (
    ATTENDED,
    CalendarToken,
    Enrolment,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
)
from cohorts.services import seats


def cohorts_with_progress(person):
    """The person's enrolments (withdrawn ones left out), each with `attended`, the
    sessions of that cohort they attended, and `needed`, the cohort's completion rule."""
    enrolments = list(
        Enrolment.objects.filter(person=person)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("cohort__track")
    )
    attended = dict(
        Registration.objects.filter(
            person=person, attendance__in=ATTENDED, session__access__cohort__isnull=False
        )
        .values_list("session__access__cohort")
        .annotate(n=Count("pk"))
    )
    for enrolment in enrolments:
        enrolment.attended = attended.get(enrolment.cohort_id, 0)
        enrolment.needed = enrolment.cohort.completion_min_sessions
    return enrolments


def coming_sessions(person, now=None):
    """Registrations and waiting-list places for sessions still to come, soonest first,
    each with its waiting-list `position` (None when registered)."""
    return list(
        Registration.objects.filter(
            person=person,
            status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED],
            session__start__gte=now or timezone.now(),
        )
        .select_related("session__workshop")
        .defer(*(f"session__workshop__{name}" for name in WorkshopPage.get_streamfield_names()))
        .annotate(position=seats.waitlist_position_subquery())
        .order_by("session__start")
    )


def calendar_token(person):
    token, _created = CalendarToken.objects.get_or_create(person=person)
    return token
