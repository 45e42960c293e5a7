from django.core.management.base import BaseCommand

from academy.pages.search_index import rebuild


class Command(BaseCommand):
    help = "Rebuild every live page's search text, in every language, from scratch."

    def handle(self, *args, **options):
        rows = rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search text rebuilt: {rows} rows."))
