"""Session seats: registering, cancelling and promoting from the waiting list.

The seat count lives on the session row and a check constraint keeps it at or under
capacity. A seat is taken by one conditional UPDATE (seats_taken < capacity), which
is atomic on PostgreSQL and serialised by SQLite's IMMEDIATE transactions; cancelling
locks the session row, frees the seat and hands it to the first person waiting, in
the same transaction, so nobody can jump the queue."""

from django.db import IntegrityError, transaction
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from academy.models import WorkshopSession
from cohorts.models import HOLDS_PLACE, Enrolment, Registration, RegistrationStatus, SessionAccess
from cohorts.services.locking import seat_transaction
from cohorts.tasks import send_registration_confirmation, send_waitlist_promotion


def _take_seat(session_id):
    return (
        WorkshopSession.objects.filter(
            pk=session_id, cancelled=False, seats_taken__lt=F("capacity")
        ).update(seats_taken=F("seats_taken") + 1)
        == 1
    )


def registration_closes_at(session, access):
    """Registration closes at the session's own deadline, or when it starts."""
    if access is not None and access.registration_closes_at:
        return access.registration_closes_at
    return session.start


def registration_refusal(session, access, now, *, enrolled, holds_role):
    """The registration rules, written once for the service and for the session cards.
    `enrolled` and `holds_role` answer whether the person holds a place in the session's
    cohort and holds its role: callables, so each is asked only when the rule needs it.
    Returns the refusal, or None when the person may register."""
    if session.cancelled:
        return Refused(_("This session has been cancelled."), code="cancelled")
    if now >= registration_closes_at(session, access):
        return Refused(_("Registration for this session has closed."), code="closed")
    if access is None:
        return None
    if access.cohort_id and not access.open_to_members and not enrolled():
        return Refused(
            _("This session is for the people enrolled in its cohort."), code="not_enrolled"
        )
    role = access.restricted_role
    if role is not None and (role.holders_id is None or not holds_role()):
        return Refused(
            _("This session is open only to people in a particular role."), code="role_only"
        )
    return None


def check_may_register(person, session, access=None):
    if session.cancelled:
        raise Refused(_("This session has been cancelled."), code="cancelled")
    if access is None:
        access = (
            SessionAccess.objects.filter(session=session).select_related("restricted_role").first()
        )
    refusal = registration_refusal(
        session,
        access,
        timezone.now(),
        enrolled=lambda: Enrolment.objects.filter(
            cohort_id=access.cohort_id, person=person, status__in=HOLDS_PLACE
        ).exists(),
        holds_role=lambda: person.groups.filter(pk=access.restricted_role.holders_id).exists(),
    )
    if refusal is not None:
        raise refusal


def register(person, session, *, check=True):
    """Take a seat or join the waiting list. Registering twice returns the same registration."""
    if check:
        check_may_register(person, session)
    try:
        with seat_transaction():
            existing = (
                Registration.objects.select_for_update()
                .filter(session=session, person=person)
                .first()
            )
            if existing is not None and existing.status != RegistrationStatus.CANCELLED:
                return existing
            seated = _take_seat(session.pk)
            now = timezone.now()
            status = RegistrationStatus.REGISTERED if seated else RegistrationStatus.WAITLISTED
            waitlisted_at = None if seated else now
            if existing is None:
                registration = Registration.objects.create(
                    session=session, person=person, status=status, waitlisted_at=waitlisted_at
                )
            else:
                registration = existing
                registration.status, registration.waitlisted_at = status, waitlisted_at
                registration.attendance, registration.reminder_sent_at = "", None
                registration.save(
                    update_fields=["status", "waitlisted_at", "attendance", "reminder_sent_at"]
                )
    except IntegrityError:  # the same person, at the same moment, in another request
        return Registration.objects.get(session=session, person=person)
    transaction.on_commit(lambda: send_registration_confirmation.enqueue(registration.pk))
    return registration


def fill_from_waitlist(session_id):
    """Give free seats to the people waiting, first come first served. Call inside a
    transaction that holds the session row lock."""
    promoted = []
    while True:
        waiting = (
            Registration.objects.select_for_update()
            .filter(session_id=session_id, status=RegistrationStatus.WAITLISTED)
            .order_by("waitlisted_at", "pk")
            .first()
        )
        if waiting is None or not _take_seat(session_id):
            break
        waiting.status, waiting.waitlisted_at = RegistrationStatus.REGISTERED, None
        waiting.save(update_fields=["status", "waitlisted_at"])
        promoted.append(waiting)
        transaction.on_commit(lambda pk=waiting.pk: send_waitlist_promotion.enqueue(pk))
    return promoted


def cancel(person, session):
    """Free the seat at once; the first person waiting gets it. Returns who was promoted."""
    with seat_transaction():
        WorkshopSession.objects.select_for_update().filter(pk=session.pk).values_list("pk").first()
        registration = (
            Registration.objects.select_for_update().filter(session=session, person=person).first()
        )
        if registration is None or registration.status == RegistrationStatus.CANCELLED:
            return []
        held_seat = registration.status == RegistrationStatus.REGISTERED
        registration.status, registration.waitlisted_at = RegistrationStatus.CANCELLED, None
        registration.save(update_fields=["status", "waitlisted_at"])
        if not held_seat:
            return []
        WorkshopSession.objects.filter(pk=session.pk).update(seats_taken=F("seats_taken") - 1)
        return fill_from_waitlist(session.pk)


def waitlist_position_subquery():
    """Annotate registrations with their place in the queue: 1 for the first person
    waiting, 2 for the next, … (FIFO order is (waitlisted_at, pk))."""
    ahead = (
        Registration.objects.filter(
            session=OuterRef("session"), status=RegistrationStatus.WAITLISTED
        )
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lte=OuterRef("pk"))
        )
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Subquery(ahead, output_field=IntegerField())


def waitlist_position(registration):
    """The place of one registration in its queue; None when not waiting."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    return (
        Registration.objects.filter(pk=registration.pk)
        .annotate(position=waitlist_position_subquery())
        .values_list("position", flat=True)
        .first()
    )
