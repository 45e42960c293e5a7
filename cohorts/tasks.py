"""Emails of the cohorts app, sent as background tasks (django-tasks, as Wagtail ships it),
each in the recipient's language and time zone, with the recipient's role words."""

from django_tasks import task

from academy.emails import send_to
from cohorts.calendars import ics_attachment
from cohorts.models import Enrolment, Registration, RegistrationStatus, SessionAccess


def _registration(pk):
    return Registration.objects.select_related("person", "session__workshop").get(pk=pk)


@task()
def send_registration_confirmation(registration_id):
    registration = _registration(registration_id)
    attachments = (
        [ics_attachment(registration.session, registration.person.preferred_language)]
        if registration.status == RegistrationStatus.REGISTERED
        else []
    )
    send_to(
        registration.person,
        "cohorts/registration",
        {"registration": registration, "session": registration.session},
        attachments,
    )


@task()
def send_waitlist_promotion(registration_id):
    registration = _registration(registration_id)
    send_to(
        registration.person,
        "cohorts/promotion",
        {"registration": registration, "session": registration.session},
        [ics_attachment(registration.session, registration.person.preferred_language)],
    )


@task()
def send_session_reminder(registration_id):
    registration = _registration(registration_id)
    access = SessionAccess.objects.filter(session=registration.session).first()
    facilitators = list(access.facilitators.all()) if access else []
    send_to(
        registration.person,
        "cohorts/reminder",
        {
            "registration": registration,
            "session": registration.session,
            "facilitators": facilitators,
        },
    )


@task()
def send_application_decision(enrolment_id):
    enrolment = Enrolment.objects.select_related("person", "cohort").get(pk=enrolment_id)
    last = enrolment.events.order_by("-created_at", "-pk").first()
    send_to(
        enrolment.person,
        "cohorts/decision",
        {"enrolment": enrolment, "message": last.message if last else ""},
    )


@task()
def send_enrolment_promotion(enrolment_id):
    enrolment = Enrolment.objects.select_related("person", "cohort").get(pk=enrolment_id)
    send_to(enrolment.person, "cohorts/enrolment_promotion", {"enrolment": enrolment})
