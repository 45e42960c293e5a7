"""The dashboard, roster, signed-in workshop page, cohort page and review queue cost the
same however many registrations, enrolments and applications there are.

Where a test asks a page once before counting, that is the cache warming (role words,
site-root paths), as on a running server after the first visitor."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cohorts.models import ApplicationQuestion, EnrolmentStatus, SelectionMode
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import (
    CohortFactory,
    EnrolmentFactory,
    RegistrationFactory,
    SessionAccessFactory,
)

WORKSHOP = "/en/peer-learning/great-workshops/feedback/"


def fill(person, workshop, track, count):
    """`count` cohorts the person is enrolled in, each with a full session the person
    waits for."""
    for index in range(count):
        cohort = CohortFactory(track=track, capacity=100)
        EnrolmentFactory(cohort=cohort, person=person)
        session = SessionFactory(
            workshop=workshop, capacity=1, start=timezone.now() + timedelta(days=1, hours=index)
        )
        SessionAccessFactory(session=session, cohort=cohort)
        RegistrationFactory(session=session, person=UserFactory(verified=False))
        RegistrationFactory(session=session, person=person, waitlisted=True)


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_dashboard_query_count(
    client, settings, user, workshop, track, item_count, django_assert_num_queries
):
    client.force_login(user)
    fill(user, workshop, track, item_count)
    client.get("/en/dashboard/")
    client.get("/en/dashboard/")
    with django_assert_num_queries(1):  # their own copy, found by the session row
        assert client.get("/en/dashboard/").status_code == 200
    settings.ACADEMY_PERSON_PAGES = False  # built again, as after the person changed something
    # The session row; the calendar token, the cohorts with attendance (2), the coming
    # sessions; their pairings. The story rounds come from the cache the first visit
    # filled; the person holds no role (a fact kept with their account), so the homes
    # of the roles are not asked.
    with django_assert_num_queries(6):
        response = client.get("/en/dashboard/")
    assert response.status_code == 200
    assert [r.position for r in response.context["registrations"]] == [1] * item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_roster_query_count(client, workshop, item_count, django_assert_num_queries):
    session = SessionFactory(workshop=workshop, capacity=60)
    SessionAccessFactory(session=session)
    facilitator = UserFactory()
    session.access.facilitators.add(facilitator)
    client.force_login(facilitator)
    for _ in range(item_count):
        RegistrationFactory(session=session, person=UserFactory(verified=False))
    url = f"/en/sessions/{session.pk}/roster/"
    client.get(url)
    with django_assert_num_queries(5):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["registrations"]) == item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_signed_in_workshop_page_query_count(
    client, settings, user, workshop, track, item_count, django_assert_num_queries
):
    client.force_login(user)
    fill(user, workshop, track, item_count)
    client.get(WORKSHOP)
    with django_assert_num_queries(1):  # their own copy, found by the session row
        assert client.get(WORKSHOP).status_code == 200
    settings.ACADEMY_PERSON_PAGES = False  # built again, as after the person changed something
    # The session row, the sessions with the person's facts for the rules on the
    # cards; the route, the page's content and the account come from the caches.
    with django_assert_num_queries(3):
        response = client.get(WORKSHOP)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_cohort_page_query_count(
    client, user, cohort, workshop, item_count, django_assert_num_queries
):
    cohort.capacity = 20
    cohort.save(update_fields=["capacity"])
    EnrolmentFactory(cohort=cohort, person=user)
    EnrolmentFactory.create_batch(item_count, cohort=cohort)
    for _ in range(item_count):
        SessionAccessFactory(session=SessionFactory(workshop=workshop), cohort=cohort)
    client.force_login(user)
    with django_assert_num_queries(10):
        response = client.get(f"/en/cohorts/{cohort.pk}/")
    assert response.status_code == 200
    assert response.context["places_taken"] == item_count + 1
    assert response.context["mine"].status == EnrolmentStatus.ENROLLED


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_review_queue_query_count(
    client, cohort, cohort_coordinator, item_count, django_assert_num_queries
):
    cohort.selection_mode = SelectionMode.APPLICATION
    cohort.save(update_fields=["selection_mode"])
    questions = [
        ApplicationQuestion.objects.create(cohort=cohort, text=text, position=position)
        for position, text in enumerate(["Why this cohort?", "What do you bring?"])
    ]
    for index in range(item_count):
        EnrolmentFactory(
            cohort=cohort,
            status=EnrolmentStatus.APPLIED,
            answers={str(question.pk): f"Answer {index}" for question in questions},
        )
    client.force_login(cohort_coordinator)
    with django_assert_num_queries(11):
        response = client.get(f"/en/cohorts/{cohort.pk}/applications/")
    assert response.status_code == 200
    assert [len(e.answer_list) for e in response.context["page_obj"]] == [2] * item_count
