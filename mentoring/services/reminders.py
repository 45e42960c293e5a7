"""Check-in reminders, a few days ahead, to both people, each claimed once."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from academy.claims import claimed
from mentoring.models import CheckIn, PairingStatus
from mentoring.tasks import send_check_in_reminder

REMINDER_AHEAD = timedelta(days=3)


def due_check_in_reminders(now=None):
    now = now or timezone.now()
    return CheckIn.objects.filter(
        pairing__status=PairingStatus.ACTIVE,
        met_at__isnull=True,
        reminded_at__isnull=True,
        due_at__gt=now,
        due_at__lte=now + REMINDER_AHEAD,
    )


def send_due_check_in_reminders(now=None):
    """Claim each check-in before queueing one email per person, so overlapping runs
    never remind twice."""
    now = now or timezone.now()
    count = 0
    for check_in_id, *people in claimed(
        due_check_in_reminders(now),
        "reminded_at",
        now,
        "pairing__mentor_id",
        "pairing__mentee_id",
    ):
        for person_id in people:
            transaction.on_commit(
                lambda c=check_in_id, p=person_id: send_check_in_reminder.enqueue(c, p)
            )
        count += 1
    return count
