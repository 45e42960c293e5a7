"""Growth's emails, sent as background tasks in the recipient's language."""

from django_tasks import task

from academy.emails import path_for, send_to
from academy.growth.models import AssessmentReminder


@task()
def send_assessment_reminder(reminder_id):
    reminder = AssessmentReminder.objects.select_related("person").get(pk=reminder_id)
    send_to(
        reminder.person,
        "academy/assessment_reminder",
        {"reminder": reminder, "path": path_for(reminder.person, "growth_assess")},
    )
