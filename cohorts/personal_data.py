"""What cohorts hold about a person. Attendance and enrolments stay for the figures,
in the name of a former member; application answers are wiped; upcoming seats and
places are released first, so the people waiting move up."""

from django.utils import timezone

from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from cohorts.models import (
    CalendarToken,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
    SessionAccess,
)
from cohorts.services import enrolment, seats

EVENT_EXPORT = (
    ("enrolment__cohort", labels.COHORT),
    ("old_status", labels.OLD_STATUS),
    ("new_status", labels.NEW_STATUS),
    ("message", labels.MESSAGE),
    ("created_at", labels.CREATED),
)
OPEN_ENROLMENT = (EnrolmentStatus.APPLIED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED)


def release_seats_and_places(person):
    """Seats in sessions still to come and places in cohorts still running are given
    to the next person waiting, through the same services as a cancellation."""
    upcoming = Registration.objects.filter(
        person=person,
        status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED],
        session__start__gte=timezone.now(),
    ).select_related("session")
    for registration in upcoming:
        seats.cancel(person, registration.session)
    for place in Enrolment.objects.filter(person=person, status__in=OPEN_ENROLMENT):
        enrolment.withdraw(person, place)


def register():
    personal_data.register(
        Enrolment,
        "person",
        Rule.ANONYMISE,
        scrub={"answers": {}},
        export=(
            ("cohort", labels.COHORT),
            ("status", labels.STATUS),
            ("answers", labels.ANSWERS),
            ("created_at", labels.CREATED),
        ),
        title=labels.ENROLMENTS,
    )
    personal_data.register(
        EnrolmentEvent,
        "actor",
        Rule.ANONYMISE,
        scrub={"message": ""},
        export=EVENT_EXPORT,
        title=labels.ENROLMENT_CHANGES,
    )
    personal_data.register(
        EnrolmentEvent,
        "enrolment__person",
        None,
        export=EVENT_EXPORT,
        title=labels.ENROLMENT_HISTORY,
    )
    personal_data.register(
        Registration,
        "person",
        Rule.PLACEHOLDER,
        export=(
            ("session", labels.SESSION),
            ("status", labels.STATUS),
            ("attendance", labels.ATTENDANCE),
            ("checked_in_at", labels.CHECKED_IN),
            ("created_at", labels.CREATED),
        ),
        title=labels.REGISTRATIONS,
    )
    personal_data.register(CalendarToken, "person", Rule.REMOVE)
    personal_data.register(
        Cohort, "coordinators", Rule.REMOVE, export=("name", "track"), title=labels.COHORTS_RUN
    )
    personal_data.register(
        SessionAccess,
        "facilitators",
        Rule.REMOVE,
        export=(("session", labels.SESSION),),
        title=labels.SESSIONS_FACILITATED,
    )
    personal_data.on_departure(release_seats_and_places)
