"""The lifecycle of a pairing: proposed → active → completed, or ended early; declined
proposals close too. Activating schedules the programme's check-ins."""

import calendar
from datetime import datetime, time

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import is_coordinator
from academy.errors import Refused
from academy.timezones import get_zone
from mentoring.models import (
    CheckIn,
    MentorProfile,
    Pairing,
    PairingEvent,
    PairingStatus,
    SupportRequest,
)
from mentoring.tasks import (
    send_pairing_answered,
    send_pairing_ended,
    send_pairing_left,
    send_pairing_proposed,
)

CHECK_IN_LOCAL_TIME = time(17, 0)
ALLOWED = {
    PairingStatus.PROPOSED: {PairingStatus.ACTIVE, PairingStatus.DECLINED},
    PairingStatus.ACTIVE: {PairingStatus.COMPLETED, PairingStatus.ENDED},
}


def _move(pairing, status, actor, message=""):
    """Change the status and keep the history. The pairing is re-read under a row lock
    first, so a double click or two people at once cannot apply a change twice; and
    activating checks, under the mentor's lock, that they can take someone on."""
    current = (
        Pairing.objects.select_for_update().filter(pk=pairing.pk).values_list("status", flat=True)
    ).first()
    if status not in ALLOWED.get(current, set()):
        raise Refused(_("This pairing cannot change that way."), code="transition")
    if status == PairingStatus.ACTIVE:
        _check_can_take_someone_on(pairing.mentor, own=True)
    pairing.status = current
    old = pairing.status
    pairing.status = status
    now = timezone.now()
    if status == PairingStatus.ACTIVE:
        pairing.started_at = now
    elif status in (PairingStatus.COMPLETED, PairingStatus.ENDED, PairingStatus.DECLINED):
        pairing.ended_at = now
    pairing.save(update_fields=["status", "started_at", "ended_at"])
    PairingEvent.objects.create(
        pairing=pairing, old_status=old, new_status=status, actor=actor, message=message
    )


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def check_in_dates(start, months, count, zone_name):
    """Evenly spread over the programme, each at 17:00 in the mentee's zone, so the
    UTC time follows daylight-saving changes and the local time does not move."""
    zone = get_zone(zone_name)
    local_start = start.astimezone(zone).date()
    due = []
    for index in range(1, count + 1):
        day = add_months(local_start, round(months * index / count))
        due.append(datetime.combine(day, CHECK_IN_LOCAL_TIME, tzinfo=zone))
    return due


def _check_can_take_someone_on(mentor, own=False):
    """Only active people with a profile who are not away, paused or full. `own` is the
    mentor accepting: their profile row is locked, so two acceptances at once cannot
    overfill it, and the refusal speaks to them."""
    profiles = MentorProfile.objects.filter(person=mentor).available(timezone.localdate())
    if own:
        profiles = profiles.select_for_update(of=("self",))
    profile = profiles.first()
    if profile is None:
        message = (
            _("You are away or paused. Change your offer of support to accept.")
            if own
            else _("This person is not taking anyone on right now.")
        )
        raise Refused(message, code="away")
    active = Pairing.objects.filter(mentor=mentor, status=PairingStatus.ACTIVE).count()
    if active >= profile.capacity:
        message = (
            _("You have no free place. Raise your capacity or finish a pairing first.")
            if own
            else _("This person has no free place right now.")
        )
        raise Refused(message, code="full")


def _notify(task, pairing):
    transaction.on_commit(lambda: task.enqueue(pairing.pk))


def propose(*, actor, mentor, mentee, programme, message=""):
    """The person who wants support, or a coordinator, proposes; the mentor is told."""
    if actor.pk != mentee.pk and not is_coordinator(actor):
        raise PermissionDenied
    if mentor.pk == mentee.pk:
        raise Refused(_("A pairing needs two different people."), code="same_person")
    _check_can_take_someone_on(mentor)
    try:
        with transaction.atomic():
            pairing = Pairing.objects.create(
                mentor=mentor, mentee=mentee, programme=programme, proposed_by=actor
            )
            PairingEvent.objects.create(
                pairing=pairing, new_status=PairingStatus.PROPOSED, actor=actor, message=message
            )
            _notify(send_pairing_proposed, pairing)
            if actor.pk != mentee.pk:  # a coordinator proposed: the person is told too
                transaction.on_commit(
                    lambda: send_pairing_proposed.enqueue(pairing.pk, to_mentee=True)
                )
    except IntegrityError:  # the database allows one open pairing per pair of people
        raise Refused(
            _("These two people already have an open pairing."), code="open_pairing"
        ) from None
    return pairing


@transaction.atomic
def accept(*, actor, pairing, message=""):
    """The mentor accepts: the check-ins are scheduled, the other person is told, and
    their open request for support is closed."""
    if actor.pk != pairing.mentor_id:
        raise PermissionDenied
    _move(pairing, PairingStatus.ACTIVE, actor, message)
    SupportRequest.objects.filter(person_id=pairing.mentee_id, closed_at__isnull=True).update(
        closed_at=pairing.started_at
    )
    _notify(send_pairing_answered, pairing)
    for due_at in check_in_dates(
        pairing.started_at,
        pairing.programme.months,
        pairing.programme.check_ins,
        pairing.mentee.time_zone,
    ):
        CheckIn.objects.create(pairing=pairing, due_at=due_at)
    return pairing


@transaction.atomic
def decline(*, actor, pairing, message=""):
    if actor.pk != pairing.mentor_id:
        raise PermissionDenied
    _move(pairing, PairingStatus.DECLINED, actor, message)
    _notify(send_pairing_answered, pairing)


@transaction.atomic
def complete(*, actor, pairing):
    if not pairing.involves(actor):
        raise PermissionDenied
    _move(pairing, PairingStatus.COMPLETED, actor)


@transaction.atomic
def end_early(*, actor, pairing, reason, note_to_organisers=""):
    """Either person may end a pairing safely, at any time, with a reason. The reason
    stays in the pair's history; a message to the coordinators is optional and separate."""
    if not pairing.involves(actor):
        raise PermissionDenied
    if not reason.strip():
        raise Refused(_("Say in a few words why the pairing ends."), code="reason")
    _move(pairing, PairingStatus.ENDED, actor, reason.strip())
    if note_to_organisers.strip():
        message = note_to_organisers.strip()
        transaction.on_commit(lambda: send_pairing_ended.enqueue(pairing.pk, actor.pk, message))


def leave(*, person, pairing):
    """The person leaves the academy: an open pairing closes (declined while only
    proposed, ended when active) with no reason given, and the other person is told
    in neutral words."""
    status = (
        PairingStatus.ENDED if pairing.status == PairingStatus.ACTIVE else PairingStatus.DECLINED
    )
    _move(pairing, status, person)
    other_id = pairing.mentee_id if pairing.mentor_id == person.pk else pairing.mentor_id
    transaction.on_commit(lambda: send_pairing_left.enqueue(pairing.pk, other_id))


def set_star(*, actor, pairing, starred):
    if actor.pk != pairing.mentor_id:
        raise PermissionDenied
    Pairing.objects.filter(pk=pairing.pk).update(starred=starred)
    pairing.starred = starred
