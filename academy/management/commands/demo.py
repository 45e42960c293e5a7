from django.core.management.base import BaseCommand

from academy.demo.loader import DEMO_PASSWORD, DemoLoader


class Command(BaseCommand):
    help = "Load the multilingual demo academy. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        loader = DemoLoader(stdout=self.stdout)
        created = loader.run()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo ready: {pages} pages, {sessions} sessions and {users} people added.".format(
                    **created
                )
            )
        )
        self.stdout.write(f"Admin login: {loader.people['admin'].email} / {DEMO_PASSWORD}")
