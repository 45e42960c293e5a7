from django.core.management.base import BaseCommand

from mentoring.services.reminders import send_due_check_in_reminders


class Command(BaseCommand):
    help = "Remind both people of check-ins due within three days. Safe to run every hour."

    def handle(self, *args, **options):
        claimed = send_due_check_in_reminders()
        self.stdout.write(f"{claimed} check-in reminder(s) queued.")
