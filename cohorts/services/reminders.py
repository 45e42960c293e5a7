"""Reminders 24 hours before a session, each sent exactly once."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from academy.claims import claimed
from cohorts.models import Registration, RegistrationStatus
from cohorts.tasks import send_session_reminder

REMINDER_AHEAD = timedelta(hours=24)


def due_reminders(now=None):
    now = now or timezone.now()
    return Registration.objects.filter(
        status=RegistrationStatus.REGISTERED,
        reminder_sent_at__isnull=True,
        session__cancelled=False,
        session__start__gt=now,
        session__start__lte=now + REMINDER_AHEAD,
    )


def send_due_reminders(now=None):
    """Claim each due reminder before sending, so two cron runs at once, or one run
    after another, never send the same reminder twice."""
    now = now or timezone.now()
    sent = 0
    for (pk,) in claimed(due_reminders(now), "reminder_sent_at", now):
        transaction.on_commit(lambda pk=pk: send_session_reminder.enqueue(pk))
        sent += 1
    return sent
