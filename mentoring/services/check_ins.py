"""Recording a check-in: each person of the pair keeps their own notes and feedback.
Either of them may move a check-in that has not happened yet, telling the other."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from academy.formats import format_date
from academy.timezones import get_zone
from mentoring.models import CheckIn, Feedback, PairingStatus
from mentoring.tasks import send_check_in_moved

FEEDBACK_FIELDS = ("notes", "rating", "working_well", "could_change")


def recordable(check_in, person, now=None):
    """A check-in is recorded as met from its day on, in the person's calendar: not
    weeks ahead of the meeting."""
    zone = get_zone(person.time_zone)
    now = now or timezone.now()
    return timezone.localdate(now, zone) >= timezone.localdate(check_in.due_at, zone)


def _check_in_the_pair(actor, pairing):
    if not pairing.involves(actor):
        raise PermissionDenied
    if pairing.status != PairingStatus.ACTIVE:
        raise Refused(_("Check-ins are recorded while the pairing is active."), code="not_active")


@transaction.atomic
def record_check_in(*, actor, check_in, **feedback):
    """Mark the check-in met (once: the first person to record it sets the time) and
    keep the actor's own feedback. Nobody overwrites the other person's notes. A
    check-in is recorded from its day on, in the actor's calendar, never ahead."""
    _check_in_the_pair(actor, check_in.pairing)
    if not recordable(check_in, actor):
        with timezone.override(get_zone(actor.time_zone)):
            day = format_date(check_in.due_at)
        raise Refused(
            _("This check-in is on %(date)s. You can record it from that day.") % {"date": day},
            code="too_early",
        )
    if check_in.met_at is None:
        met_at = timezone.now()
        if CheckIn.objects.filter(pk=check_in.pk, met_at__isnull=True).update(met_at=met_at):
            check_in.met_at = met_at
    item, _created = Feedback.objects.update_or_create(
        check_in=check_in,
        author=actor,
        defaults={key: feedback[key] for key in FEEDBACK_FIELDS},
    )
    return item


@transaction.atomic
def move(*, actor, check_in, due_at, note=""):
    """Either person moves a check-in that has not happened yet; the other is told, in
    their language and time zone, with the note. The reminder is sent again for the new
    time. The check-in's row is locked, so a check-in recorded meanwhile is not moved."""
    _check_in_the_pair(actor, check_in.pairing)
    met_at = (
        CheckIn.objects.select_for_update().filter(pk=check_in.pk).values_list("met_at", flat=True)
    ).first()
    if met_at is not None:
        raise Refused(_("This check-in has already been recorded."), code="met")
    if due_at <= timezone.now():
        raise Refused(_("Choose a time that has not passed yet."), code="past")
    moved_from = check_in.due_at
    check_in.due_at = due_at
    check_in.reminded_at = None
    check_in.save(update_fields=["due_at", "reminded_at"])
    note = note.strip()
    transaction.on_commit(
        lambda: send_check_in_moved.enqueue(check_in.pk, actor.pk, moved_from.isoformat(), note)
    )
    return check_in
