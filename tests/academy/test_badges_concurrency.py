"""Catch-up runs at once on PostgreSQL, beside the events: still one award per person and
badge, and no run fails."""

import threading

import pytest
from django.core.management import call_command
from django.db import connection

from academy.growth.badges import services
from academy.growth.badges.models import Award
from cohorts import badge_rules
from cohorts.models import EnrolmentStatus
from tests.factories import HomePageFactory, SchoolPageFactory, TrackPageFactory, UserFactory
from tests.factories.badges import BadgeFactory
from tests.factories.cohorts import CohortFactory, EnrolmentFactory

PEOPLE = 30
RUNS = 6

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrent writers need PostgreSQL: set DATABASE_URL=postgres://… (CI does)",
    ),
]


def at_once(actions):
    start = threading.Event()
    errors, lock = [], threading.Lock()

    def run(action):
        start.wait()
        try:
            action()
        except Exception as error:  # every failure is a finding here
            with lock:
                errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    start.set()
    for thread in threads:
        thread.join(timeout=120)
    return errors


def test_parallel_catch_up_awards_each_person_once():
    track = TrackPageFactory(parent=SchoolPageFactory(parent=HomePageFactory()))
    cohort = CohortFactory(track=track, capacity=PEOPLE)
    people = [UserFactory(verified=False) for _ in range(PEOPLE)]
    for person in people:
        EnrolmentFactory(cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED)
    badge = BadgeFactory(rule=badge_rules.TRACK_COMPLETED)

    made = []
    actions = [lambda: made.append(services.catch_up()[badge.key]) for _ in range(RUNS)]
    actions += [
        lambda person=person: services.evaluate(person.pk, [badge_rules.TRACK_COMPLETED])
        for person in people[:10]
    ]
    errors = at_once(actions)

    assert errors == []
    assert Award.objects.filter(badge=badge).count() == PEOPLE
    assert Award.objects.filter(badge=badge).values("person").distinct().count() == PEOPLE
    assert sum(made) <= PEOPLE
    call_command("award_badges")
    assert Award.objects.filter(badge=badge).count() == PEOPLE
