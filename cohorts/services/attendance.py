"""Taking attendance on the roster, and checking in with the session code."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from cohorts.models import Attendance, Registration, RegistrationStatus
from cohorts.permissions import can_take_attendance
from cohorts.services.enrolment import update_completion

CHECK_IN_OPENS_BEFORE = timedelta(minutes=15)
LATE_AFTER = timedelta(minutes=10)


def _completion(registration):
    access = getattr(registration.session, "access", None)
    if access is not None and access.cohort_id:
        update_completion(registration.person, access.cohort)


@transaction.atomic
def mark(actor, registration, value):
    if not can_take_attendance(actor, registration.session):
        raise PermissionDenied
    if value not in Attendance.values:
        raise Refused(_("Choose present, late, excused or absent."), code="invalid")
    registration.attendance = value
    registration.save(update_fields=["attendance"])
    _completion(registration)
    return registration


@transaction.atomic
def check_in(person, session, code):
    now = timezone.now()
    if not (session.start - CHECK_IN_OPENS_BEFORE <= now <= session.end):
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
