from django.core.management.base import BaseCommand

from academy.translating.services import stamp_existing


class Command(BaseCommand):
    help = (
        "Accept the translations that exist today as made from today's source texts, so "
        "that the translation workspace reports them as current (run once after upgrading "
        "an academy whose content was translated before the workspace existed)."
    )

    def handle(self, *args, **options):
        count = stamp_existing()
        self.stdout.write(f"Recorded the source of {count} translated fields.")
