"""Reminders that a self-assessment is due: one per person and due date, recorded under
a unique constraint, so running the command twice (or on two machines) sends one."""

from datetime import datetime, time

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from academy.growth.cycle import add_months, cycle_months
from academy.growth.models import Assessment, AssessmentReminder, AssessmentStatus
from academy.growth.tasks import send_assessment_reminder


def due_reminders(now=None, months=None):
    """(person id, due date) for everyone whose last submitted self-assessment is at
    least a cycle old."""
    now = now or timezone.now()
    months = months or cycle_months()
    cutoff = datetime.combine(add_months(now.date(), -months), time.max, tzinfo=now.tzinfo)
    last = (
        Assessment.objects.filter(status=AssessmentStatus.SUBMITTED, person__is_active=True)
        .values("person_id")
        .annotate(last=Max("submitted_at"))
        .filter(last__lte=cutoff)
        .order_by("person_id")
    )
    return [(row["person_id"], add_months(row["last"].date(), months)) for row in last]


def send_due_reminders(now=None, months=None) -> int:
    now = now or timezone.now()
    sent = 0
    for person_id, due_on in due_reminders(now, months):
        try:
            with transaction.atomic():
                reminder = AssessmentReminder.objects.create(
                    person_id=person_id, due_on=due_on, sent_at=now
                )
        except IntegrityError:  # reminded for this due date already
            continue
        transaction.on_commit(lambda pk=reminder.pk: send_assessment_reminder.enqueue(pk))
        sent += 1
    return sent
