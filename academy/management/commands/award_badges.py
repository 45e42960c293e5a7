"""Catch up on badges by rule: everyone who meets a rule and lacks its badge gets it.
Safe to run at any time, and in parallel with itself and with the events: every award
goes through the database's one-award-per-person-and-badge constraint."""

from django.core.management.base import BaseCommand

from academy.growth.badges.services import catch_up


class Command(BaseCommand):
    help = "Award the badges people have earned by rule and do not have yet."

    def handle(self, *args, **options):
        made = catch_up()
        for key, count in made.items():
            self.stdout.write(f"{key}: {count}")
        self.stdout.write(f"Badges awarded: {sum(made.values())}.")
