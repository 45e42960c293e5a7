"""Check-in reminders, a few days ahead, to both people, each claimed once."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from mentoring.models import CheckIn, PairingStatus

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
    """Claim each check-in with a conditional update, then queue one email per person,
    so overlapping runs never remind twice."""
    from mentoring.tasks import send_check_in_reminder

    now = now or timezone.now()
    claimed_count = 0
    for check_in_id, mentor_id, mentee_id in due_check_in_reminders(now).values_list(
        "pk", "pairing__mentor_id", "pairing__mentee_id"
    ):
        with transaction.atomic():
            claimed = CheckIn.objects.filter(pk=check_in_id, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if claimed:
                for person_id in (mentor_id, mentee_id):
                    transaction.on_commit(
                        lambda c=check_in_id, p=person_id: send_check_in_reminder.enqueue(c, p)
                    )
                claimed_count += 1
    return claimed_count
