from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory, SessionAccessFactory


@pytest.fixture
def small_session(workshop):
    """A session two days from now with three seats."""
    return SessionFactory(workshop=workshop, capacity=3, start=timezone.now() + timedelta(days=2))


@pytest.fixture
def cohort(track):

    return CohortFactory(track=track)


@pytest.fixture
def cohort_session(cohort, small_session):

    SessionAccessFactory(session=small_session, cohort=cohort)
    return small_session


@pytest.fixture
def cohort_coordinator(cohort):

    person = UserFactory(display_name="Runs the cohort")
    cohort.coordinators.add(person)
    return person
