"""Random register/cancel sequences keep every seat invariant and the FIFO order."""

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from cohorts.models import Registration
from cohorts.services import seats
from tests.factories import SessionFactory, UserFactory

PEOPLE = 8


def make_machine(workshop):
    class SeatMachine(RuleBasedStateMachine):
        """Mirrors the expected seats and queue in plain Python and compares."""

        def __init__(self):
            super().__init__()
            self.capacity = 3
            self.session = SessionFactory(
                workshop=workshop, capacity=self.capacity, start=timezone.now() + timedelta(days=3)
            )
            self.people = [UserFactory(verified=False) for _ in range(PEOPLE)]
            self.seated, self.queue = [], []

        @rule(index=st.integers(0, PEOPLE - 1))
        def register(self, index):
            person = self.people[index]
            seats.register(person, self.session, check=False)
            if person.pk in self.seated or person.pk in self.queue:
                return
            if len(self.seated) < self.capacity:
                self.seated.append(person.pk)
            else:
                self.queue.append(person.pk)

        @rule(index=st.integers(0, PEOPLE - 1))
        def cancel(self, index):
            person = self.people[index]
            seats.cancel(person, self.session)
            if person.pk in self.queue:
                self.queue.remove(person.pk)
            elif person.pk in self.seated:
                self.seated.remove(person.pk)
                if self.queue:
                    self.seated.append(self.queue.pop(0))

        @invariant()
        def seats_match(self):
            self.session.refresh_from_db()
            registered = set(
                Registration.objects.filter(session=self.session, status="registered").values_list(
                    "person", flat=True
                )
            )
            assert self.session.seats_taken == len(registered) == len(self.seated)
            assert registered == set(self.seated)
            assert self.session.seats_taken <= self.capacity

        @invariant()
        def queue_is_fifo(self):
            waiting = list(
                Registration.objects.filter(session=self.session, status="waitlisted")
                .order_by("waitlisted_at", "pk")
                .values_list("person", flat=True)
            )
            assert waiting == self.queue

        @invariant()
        def nobody_waits_while_a_seat_is_free(self):
            assert not self.queue or len(self.seated) == self.capacity

    return SeatMachine


@pytest.mark.django_db
def test_random_register_and_cancel_sequences(workshop):
    run_state_machine_as_test(
        make_machine(workshop),
        settings=settings(max_examples=25, stateful_step_count=20, deadline=None),
    )
