from django.core.management.base import BaseCommand

from cohorts.services.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Send reminders for sessions starting within 24 hours. Safe to run every few minutes."

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} reminder(s) queued.")
