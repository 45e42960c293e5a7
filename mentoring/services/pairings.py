"""The lifecycle of a pairing: proposed → active → completed, or ended early; declined
proposals close too. Activating schedules the programme's check-ins."""

import calendar
from datetime import datetime, time

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.permissions import is_coordinator
from academy.timezones import get_zone
from cohorts.services.errors import Refused
from mentoring.models import CheckIn, Pairing, PairingEvent, PairingStatus

CHECK_IN_LOCAL_TIME = time(17, 0)
ALLOWED = {
    PairingStatus.PROPOSED: {PairingStatus.ACTIVE, PairingStatus.DECLINED},
    PairingStatus.ACTIVE: {PairingStatus.COMPLETED, PairingStatus.ENDED},
}


def _move(pairing, status, actor, message=""):
    if status not in ALLOWED.get(pairing.status, set()):
        raise Refused(_("This pairing cannot change that way."), code="transition")
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


def propose(*, actor, mentor, mentee, programme, message=""):
    if actor.pk != mentee.pk and not is_coordinator(actor):
        raise PermissionDenied
    with transaction.atomic():
        pairing = Pairing.objects.create(
            mentor=mentor, mentee=mentee, programme=programme, proposed_by=actor
        )
        PairingEvent.objects.create(
            pairing=pairing, new_status=PairingStatus.PROPOSED, actor=actor, message=message
        )
    return pairing


@transaction.atomic
def accept(*, actor, pairing, message=""):
    if actor.pk != pairing.mentor_id:
        raise PermissionDenied
    _move(pairing, PairingStatus.ACTIVE, actor, message)
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


@transaction.atomic
def complete(*, actor, pairing):
    if not pairing.involves(actor):
        raise PermissionDenied
    _move(pairing, PairingStatus.COMPLETED, actor)


@transaction.atomic
def end_early(*, actor, pairing, reason):
    """Either person may end a pairing safely, at any time, with a reason."""
    if not pairing.involves(actor):
        raise PermissionDenied
    _move(pairing, PairingStatus.ENDED, actor, reason)
