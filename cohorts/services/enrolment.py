"""Enrolling in cohorts: open enrolment with a waiting list, applications and their
review, withdrawal with automatic promotion, and completion."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from cohorts.models import (
    ATTENDED,
    HOLDS_PLACE,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Registration,
    SelectionMode,
)
from cohorts.permissions import can_run_cohort
from cohorts.tasks import send_application_decision, send_enrolment_promotion


def _set_status(enrolment, status, actor, message=""):
    old = enrolment.status
    enrolment.status = status
    enrolment.waitlisted_at = timezone.now() if status == EnrolmentStatus.WAITLISTED else None
    enrolment.save(update_fields=["status", "waitlisted_at"])
    EnrolmentEvent.objects.create(
        enrolment=enrolment, old_status=old, new_status=status, actor=actor, message=message
    )


def places_taken(cohort):
    return Enrolment.objects.filter(cohort=cohort, status__in=HOLDS_PLACE).count()


def _lock(enrolment):
    """Lock the enrolment's cohort (every change of places goes through that row) and
    re-read the enrolment, so a decision loaded before someone else's is not applied
    on top of it."""
    cohort = Cohort.objects.select_for_update().get(pk=enrolment.cohort_id)
    enrolment.refresh_from_db(fields=["status", "waitlisted_at"])
    return cohort


def _check_window(cohort):
    if not cohort.enrolment_is_open:
        raise Refused(_("Enrolment for this cohort is not open."), code="window")


def _start(person, cohort, status, answers=None):
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                cohort=cohort, person=person, status="", answers=answers or {}
            )
            _set_status(enrolment, status, person)
    except IntegrityError:
        raise Refused(_("You are already part of this cohort."), code="duplicate") from None
    return enrolment


@transaction.atomic
def enrol(person, cohort):
    """Open cohorts: a place if one is free, otherwise the waiting list."""
    if cohort.selection_mode != SelectionMode.OPEN:
        raise Refused(_("This cohort selects its members by application."), code="application_only")
    _check_window(cohort)
    Cohort.objects.select_for_update().filter(pk=cohort.pk).first()  # one enrolment at a time
    full = places_taken(cohort) >= cohort.capacity
    return _start(person, cohort, EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.ENROLLED)


def apply(person, cohort, answers):
    if cohort.selection_mode != SelectionMode.APPLICATION:
        raise Refused(_("This cohort is open: enrol directly."), code="open_only")
    _check_window(cohort)
    missing = [
        question.pk
        for question in cohort.questions.all()
        if not str(answers.get(str(question.pk), "")).strip()
    ]
    if missing:
        raise Refused(_("Please answer every question."), code="unanswered")
    return _start(person, cohort, EnrolmentStatus.APPLIED, answers)


DECISIONS = {
    "accept": EnrolmentStatus.ENROLLED,
    "decline": EnrolmentStatus.DECLINED,
    "waitlist": EnrolmentStatus.WAITLISTED,
}


@transaction.atomic
def review(actor, enrolment, decision, message=""):
    cohort = _lock(enrolment)
    if not can_run_cohort(actor, cohort):
        raise PermissionDenied
    if enrolment.status not in (EnrolmentStatus.APPLIED, EnrolmentStatus.WAITLISTED):
        raise Refused(_("This application has already been decided."), code="decided")
    status = DECISIONS[decision]
    if status == EnrolmentStatus.ENROLLED and places_taken(cohort) >= cohort.capacity:
        raise Refused(
            _("The cohort is full. Put the application on the waiting list instead."), code="full"
        )
    _set_status(enrolment, status, actor, message)
    transaction.on_commit(lambda: send_application_decision.enqueue(enrolment.pk))
    return enrolment


@transaction.atomic
def withdraw(person, enrolment):
    """The person leaves; if they held a place, the first person waiting gets it."""
    if enrolment.person_id != person.pk:
        raise PermissionDenied
    cohort = _lock(enrolment)
    if enrolment.status in (EnrolmentStatus.WITHDRAWN, EnrolmentStatus.DECLINED):
        return None
    held_place = enrolment.status in HOLDS_PLACE
    _set_status(enrolment, EnrolmentStatus.WITHDRAWN, person)
    if not held_place or cohort.selection_mode != SelectionMode.OPEN:
        return None
    waiting = (
        Enrolment.objects.select_for_update()
        .filter(cohort=cohort, status=EnrolmentStatus.WAITLISTED)
        .order_by("waitlisted_at", "pk")
        .first()
    )
    if waiting is not None:
        _set_status(waiting, EnrolmentStatus.ENROLLED, None, "promoted from the waiting list")
        transaction.on_commit(lambda: send_enrolment_promotion.enqueue(waiting.pk))
    return waiting


def sessions_attended(person, cohort):
    return Registration.objects.filter(
        person=person, session__access__cohort=cohort, attendance__in=ATTENDED
    ).count()


def update_completion(person, cohort):
    """Meeting the cohort's rule marks the enrolment completed, but never before the
    cohort has started: a session held (or wrongly marked) early completes nobody."""
    if timezone.localdate() < cohort.start_date:
        return None
    enrolment = Enrolment.objects.filter(
        cohort=cohort, person=person, status=EnrolmentStatus.ENROLLED
    ).first()
    if enrolment is None:
        return None
    if sessions_attended(person, cohort) >= cohort.completion_min_sessions:
        _set_status(enrolment, EnrolmentStatus.COMPLETED, None, "completion rule met")
        return enrolment
    return None
