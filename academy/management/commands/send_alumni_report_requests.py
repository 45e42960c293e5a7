from django.core.management.base import BaseCommand

from academy.growth.alumni.services import send_due_requests


class Command(BaseCommand):
    help = (
        "Ask alumni to report back, once a year on the anniversary of moving on. Safe to run "
        "daily, twice, or in parallel: each request is recorded before it is sent."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{send_due_requests()} request(s) to report back queued.")
