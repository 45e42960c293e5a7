"""How fast explained matching ranks 2,000 mentor profiles, and how many queries it takes."""

import random
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from academy.models import Skill, User
from mentoring.models import MentorProfile
from mentoring.services.matching import suggest

PROFILES = 2000
ZONES = ["Europe/Warsaw", "Africa/Lagos", "America/Bogota", "Asia/Amman", "Asia/Tokyo", "UTC"]
LANGUAGES = ["en", "de", "es", "fr", "pl", "ar"]
PREFIX = "bench-mentor-"


class Command(BaseCommand):
    help = "Rank 2,000 mentor profiles: milliseconds per ranking and queries per ranking."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=30)

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        skills = self.skills()
        self.profiles(skills)
        learner, _created = User.objects.get_or_create(
            username="bench-learner",
            defaults={
                "email": "bench-learner@example.org",
                "time_zone": "Europe/Warsaw",
                "spoken_languages": ["pl", "en"],
            },
        )
        wanted = skills[:3]
        suggest(learner, wanted, ["pl", "en"])  # warm up connections and caches
        timings = []
        for _ in range(options["runs"]):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                ranked = suggest(learner, wanted, ["pl", "en"])
                timings.append(time.perf_counter() - started)
        total = MentorProfile.objects.count()
        median = statistics.median(timings) * 1000
        self.stdout.write(
            f"\nmatching on {connection.vendor}: {total} mentor profiles, "
            f"{len(queries)} queries per ranking, median {median:.0f} ms "
            f"(p95 {sorted(timings)[int(len(timings) * 0.95) - 1] * 1000:.0f} ms, "
            f"{1000 / median:.1f} rankings/s); top suggestion: {ranked[0].explanation}"
        )

    def skills(self):
        for index in range(12):
            Skill.objects.get_or_create(key=f"bench-{index}", defaults={"name": f"Skill {index}"})
        return list(Skill.objects.filter(key__startswith="bench-").order_by("key"))

    @transaction.atomic
    def profiles(self, skills):
        existing = MentorProfile.objects.filter(person__username__startswith=PREFIX).count()
        missing = PROFILES - existing
        if missing <= 0:
            return
        chance = random.Random(7)  # noqa: S311 - repeatable test data, not security
        people = User.objects.bulk_create(
            User(
                username=f"{PREFIX}{existing + index}",
                email=f"{PREFIX}{existing + index}@example.org",
                time_zone=chance.choice(ZONES),
                spoken_languages=chance.sample(LANGUAGES, 2),
            )
            for index in range(missing)
        )
        people = User.objects.filter(username__startswith=PREFIX).exclude(
            mentor_profile__isnull=False
        )
        profiles = MentorProfile.objects.bulk_create(
            MentorProfile(person=person, capacity=chance.randint(1, 4)) for person in people
        )
        links = MentorProfile.skills.through
        links.objects.bulk_create(
            links(mentorprofile_id=profile.pk, skill_id=skill.pk)
            for profile in profiles
            for skill in chance.sample(skills, 3)
        )
