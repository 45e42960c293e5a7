"""Which cohort records touch whom (`academy.accounts.versions`): enrolments and
seats move their person and, for the people who run cohorts and sessions, the
role-work version; a seat taken or freed also moves the seat version, which keys
every seat count and Register button. Registered from CohortsConfig.ready()."""

from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete, post_save

from academy.accounts.versions import roles, touches
from academy.pages.cache import bump_content_version, bump_seat_version


def runs_something():
    from cohorts.models import Cohort, SessionAccess  # models exist once ready() runs

    person = OuterRef("pk")
    return Exists(Cohort.objects.filter(coordinators=person)) | Exists(
        SessionAccess.objects.filter(facilitators=person)
    )


def seats_moved(raw=False, **kwargs):
    """Every seat taken, freed or handed on saves a registration."""
    if not raw:
        bump_seat_version()


def register():
    from cohorts.models import CalendarToken, Cohort, Enrolment, Registration, SessionAccess
    from cohorts.models.cohorts import EnrolmentEvent

    touches.register(Enrolment, lambda enrolment: [enrolment.person_id], role_work=True)
    touches.register(EnrolmentEvent, lambda event: [event.enrolment.person_id], role_work=True)
    touches.register(Registration, lambda registration: [registration.person_id], role_work=True)
    touches.register(CalendarToken, lambda token: [token.person_id])
    touches.register(
        SessionAccess,
        lambda access: access.facilitators.values_list("pk", flat=True) if access.pk else [],
        role_work=True,
    )
    touches.register_m2m(
        Cohort.coordinators.through,
        person_side="academy.user",
        other=lambda cohort: cohort.coordinators.values_list("pk", flat=True),
    )
    touches.register_m2m(
        SessionAccess.facilitators.through,
        person_side="academy.user",
        other=lambda access: access.facilitators.values_list("pk", flat=True),
    )
    for signal in (post_save, post_delete):
        signal.connect(seats_moved, sender=Registration, dispatch_uid=f"seats-{signal}")
        # who may register for a session, and the rules its cards show
        signal.connect(bump_content_version, sender=SessionAccess, dispatch_uid=f"access-{signal}")
    roles.register(runs_something)
