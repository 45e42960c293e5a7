"""Dashboard, roster and workshop page cost the same with 1 or 50 registrations."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from cohorts.models import Enrolment, Registration
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory, SessionAccessFactory
from tests.queries import queries


def fill(person, workshop, track, count):
    cohort = CohortFactory(track=track, capacity=100)
    Enrolment.objects.create(cohort=cohort, person=person, status="enrolled")
    for index in range(count):
        session = SessionFactory(
            workshop=workshop, capacity=1, start=timezone.now() + timedelta(days=1, hours=index)
        )
        SessionAccessFactory(session=session, cohort=cohort)
        Registration.objects.create(
            session=session, person=UserFactory(verified=False), status="registered"
        )
        Registration.objects.create(
            session=session, person=person, status="waitlisted", waitlisted_at=timezone.now()
        )


@pytest.mark.django_db
def test_dashboard_does_not_grow(client, user, workshop, track):
    client.force_login(user)
    fill(user, workshop, track, 1)
    one = queries(client, "/en/dashboard/")
    fill(user, workshop, track, 49)
    fifty = queries(client, "/en/dashboard/")
    assert one == fifty <= 12
    response = client.get("/en/dashboard/")
    assert [r.position for r in response.context["registrations"]][:3] == [1, 1, 1]


@pytest.mark.django_db
def test_roster_does_not_grow(client, workshop):
    session = SessionFactory(workshop=workshop, capacity=60)
    SessionAccessFactory(session=session)
    facilitator = UserFactory()
    session.access.facilitators.add(facilitator)
    client.force_login(facilitator)
    Registration.objects.create(
        session=session, person=UserFactory(verified=False), status="registered"
    )
    one = queries(client, f"/en/sessions/{session.pk}/roster/")
    for _ in range(49):
        Registration.objects.create(
            session=session, person=UserFactory(verified=False), status="registered"
        )
    fifty = queries(client, f"/en/sessions/{session.pk}/roster/")
    assert one == fifty <= 12


@pytest.mark.django_db
def test_signed_in_workshop_page_does_not_grow(client, user, workshop, track):
    client.force_login(user)
    fill(user, workshop, track, 1)
    one = queries(client, "/en/peer-learning/great-workshops/feedback/")
    fill(user, workshop, track, 49)
    cache.clear()
    client.get("/en/peer-learning/great-workshops/feedback/")
    fifty = queries(client, "/en/peer-learning/great-workshops/feedback/")
    assert one == fifty <= 12
