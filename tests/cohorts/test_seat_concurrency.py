"""Seats under load on PostgreSQL: many people at once, never one seat too many."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from cohorts.models import Registration
from cohorts.services import seats
from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
)
from tests.factories.pages import WorkshopPageFactory

ATTEMPTS = 100
SEATS = 10
ROUNDS = 3
# PostgreSQL here allows 100 connections; 80 attempts run at the same moment, and the
# remaining 20 join as the first ones finish.
IN_FLIGHT = 80

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row-lock concurrency needs PostgreSQL: set DATABASE_URL=postgres://… (CI does)",
    ),
]


def attempt_all(session, people):
    gate = threading.Semaphore(IN_FLIGHT)
    start = threading.Event()
    outcomes, errors = [], []
    lock = threading.Lock()

    def attempt(person):
        start.wait()
        with gate:
            try:
                registration = seats.register(person, session, check=False)
                with lock:
                    outcomes.append(registration.status)
            except Exception as error:  # every failure is a finding here
                with lock:
                    errors.append(repr(error))
            finally:
                connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    start.set()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes, errors


@pytest.mark.parametrize("round_number", range(1, ROUNDS + 1))
def test_exactly_the_seats_are_taken_under_load(round_number):
    home = HomePageFactory()
    track = TrackPageFactory(parent=SchoolPageFactory(parent=home))
    session = SessionFactory(
        workshop=WorkshopPageFactory(parent=track),
        capacity=SEATS,
        start=timezone.now() + timedelta(days=round_number),
    )
    people = [UserFactory(verified=False) for _ in range(ATTEMPTS)]

    outcomes, errors = attempt_all(session, people)

    assert errors == []
    assert sorted(outcomes).count("registered") == SEATS
    assert sorted(outcomes).count("waitlisted") == ATTEMPTS - SEATS
    session.refresh_from_db()
    assert session.seats_taken == SEATS
    registrations = Registration.objects.filter(session=session)
    assert registrations.count() == ATTEMPTS
    assert registrations.values("person").distinct().count() == ATTEMPTS
    assert registrations.filter(status="registered").count() == SEATS
