from django.core.management.base import BaseCommand

from academy.growth.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Remind people whose self-assessment is due. Safe to run every day, or twice."

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} self-assessment reminder(s) queued.")
