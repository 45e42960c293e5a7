"""Taking attendance on the roster, and checking in with the session code.

Attendance opens when the session starts and stays open for corrections for
ATTENDANCE_CORRECTION_DAYS; self check-in opens CHECK_IN_OPENS_BEFORE the start and
closes at the end. The roster and the session cards ask the same functions, so a
control is shown exactly when using it can succeed."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from academy.errors import Refused
from cohorts.models import Attendance, Registration, RegistrationStatus
from cohorts.permissions import can_take_attendance
from cohorts.services.enrolment import update_completion

CHECK_IN_OPENS_BEFORE = timedelta(minutes=15)
LATE_AFTER = timedelta(minutes=10)
ATTENDANCE_CORRECTION_DAYS = 14


def attendance_closes_at(session):
    return session.start + timedelta(days=ATTENDANCE_CORRECTION_DAYS)


def attendance_refusal(session, now=None):
    """Why attendance cannot be taken now (a Refused), or None while it is open."""
    now = now or timezone.now()
    if now < session.start:
        return Refused(_("Attendance opens when the session starts."), code="not_started")
    if now > attendance_closes_at(session):
        return Refused(
            ngettext(
                "Attendance can be corrected only for %(days)s day after the session starts.",
                "Attendance can be corrected only for %(days)s days after the session starts.",
                ATTENDANCE_CORRECTION_DAYS,
            )
            % {"days": ATTENDANCE_CORRECTION_DAYS},
            code="too_late",
        )
    return None


def check_attendance_open(session):
    refusal = attendance_refusal(session)
    if refusal is not None:
        raise refusal


def check_in_is_open(session, now=None):
    now = now or timezone.now()
    return session.start - CHECK_IN_OPENS_BEFORE <= now <= session.end


def _completion(registration):
    access = getattr(registration.session, "access", None)
    if access is not None and access.cohort_id:
        update_completion(registration.person, access.cohort)


@transaction.atomic
def mark(actor, registration, value):
    if not can_take_attendance(actor, registration.session):
        raise PermissionDenied
    check_attendance_open(registration.session)
    if value not in Attendance.values:
        raise Refused(_("Choose present, late, excused or absent."), code="invalid")
    registration.attendance = value
    registration.save(update_fields=["attendance"])
    _completion(registration)
    return registration


@transaction.atomic
def check_in(person, session, code):
    now = timezone.now()
    if not check_in_is_open(session, now):
        raise Refused(_("Check-in is open only while the session is running."), code="not_running")
    access = getattr(session, "access", None)
    if access is None or code.strip().upper() != access.check_in_code:
        raise Refused(
            _("That code is not right. Ask the person running the session."), code="wrong_code"
        )
    registration = Registration.objects.filter(
        session=session, person=person, status=RegistrationStatus.REGISTERED
    ).first()
    if registration is None:
        raise Refused(_("You are not registered for this session."), code="not_registered")
    registration.attendance = (
        Attendance.LATE if now > session.start + LATE_AFTER else Attendance.PRESENT
    )
    registration.checked_in_at = now
    registration.save(update_fields=["attendance", "checked_in_at"])
    _completion(registration)
    return registration
