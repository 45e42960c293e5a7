from django.core.management.base import BaseCommand

from academy.privacy.deletion import purge_expired_exports


class Command(BaseCommand):
    help = "Delete data exports whose download link has expired (run daily from cron)."

    def handle(self, *args, **options):
        removed = purge_expired_exports()
        self.stdout.write(f"Removed {removed} expired data exports.")
