"""Every mentoring list and detail page costs the same however much data there is.

Each test asks its page once before counting: that warms the caches (role words,
site-root paths), as on a running server after the first visitor."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from academy.models import Skill
from mentoring.models import CheckIn
from mentoring.services import applications, objectives
from tests.factories import (
    FeedbackFactory,
    LearningObjectiveFactory,
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    SupportRequestFactory,
    UserFactory,
)
from tests.factories.mentoring import graduate, make_pairing
from tests.factories.terms import TermFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("item_count", [1, 10])
def test_mentor_dashboard_query_count(
    client, settings, programme, item_count, django_assert_num_queries
):
    mentor = MentorProfileFactory(capacity=12).person
    for _ in range(item_count):
        pairing = make_pairing(mentor, UserFactory(), programme)
        objectives.set_objective(pairing.mentee, statement="Grow", supporter=mentor)
    client.force_login(mentor)
    client.get("/en/mentoring/dashboard/")
    with django_assert_num_queries(1):  # their own copy, found by the session row
        assert client.get("/en/mentoring/dashboard/").status_code == 200
    settings.ACADEMY_PERSON_PAGES = False  # built again, as after the person changed something
    with django_assert_num_queries(6):
        response = client.get("/en/mentoring/dashboard/")
    assert response.status_code == 200
    assert len(response.context["rows"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_overview_query_count(
    client, coordinator, programme, item_count, django_assert_num_queries
):
    for _ in range(item_count):
        mentor = MentorProfileFactory(capacity=2).person
        pairing = make_pairing(mentor, UserFactory(), programme)
        CheckIn.objects.filter(pk=pairing.check_ins.first().pk).update(
            due_at=timezone.now() - timedelta(days=1)
        )
        SupportRequestFactory()
        make_pairing(mentor, UserFactory(), programme, active=False)
    client.force_login(coordinator)
    client.get("/en/mentoring/overview/")
    with django_assert_num_queries(9):
        response = client.get("/en/mentoring/overview/")
    assert response.status_code == 200
    assert len(response.context["page_obj"]) == item_count
    assert len(response.context["overdue"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_pairing_page_query_count(client, item_count, django_assert_num_queries):
    mentor = MentorProfileFactory().person
    programme = ProgrammeTemplateFactory(name="Two years", months=24, check_ins=item_count)
    pairing = make_pairing(mentor, UserFactory(), programme)
    for check_in in pairing.check_ins.all():
        FeedbackFactory(check_in=check_in, author=mentor, rating=4)
        FeedbackFactory(check_in=check_in, author=pairing.mentee, rating=5)
    url = f"/en/mentoring/pairings/{pairing.pk}/"
    client.force_login(mentor)
    client.get(url)
    with django_assert_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200
    assert [len(c.feedback_items) for c in response.context["check_ins"]] == [2] * item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_my_pairings_query_count(
    client, settings, programme, item_count, django_assert_num_queries
):
    mentor = MentorProfileFactory(capacity=12).person
    for _ in range(item_count):
        make_pairing(mentor, UserFactory(), programme)
    client.force_login(mentor)
    client.get("/en/mentoring/")
    with django_assert_num_queries(1):
        assert client.get("/en/mentoring/").status_code == 200
    settings.ACADEMY_PERSON_PAGES = False
    with django_assert_num_queries(4):
        response = client.get("/en/mentoring/")
    assert response.status_code == 200
    assert len(response.context["pairings"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_objectives_query_count(client, settings, item_count, django_assert_num_queries):
    person = UserFactory()
    for _ in range(item_count):
        LearningObjectiveFactory(
            person=person, completed=True, supporter=MentorProfileFactory().person
        )
    client.force_login(person)
    client.get("/en/mentoring/objectives/")
    with django_assert_num_queries(1):
        assert client.get("/en/mentoring/objectives/").status_code == 200
    settings.ACADEMY_PERSON_PAGES = False
    with django_assert_num_queries(4):
        response = client.get("/en/mentoring/objectives/")
    assert response.status_code == 200
    assert response.content.decode().count("Learned a lot.") == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_mentor_list_query_count(client, user, skill, item_count, django_assert_num_queries):
    MentorProfileFactory.create_batch(item_count, skills=[skill])
    client.force_login(user)
    client.get("/en/mentoring/people/")
    with django_assert_num_queries(6):
        response = client.get("/en/mentoring/people/")
    assert response.status_code == 200
    assert len(response.context["page_obj"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_person_page_query_count(client, user, track, item_count, django_assert_num_queries):
    offered = [Skill.objects.create(key=f"k{i}", name=f"Skill {i}") for i in range(item_count)]
    person = MentorProfileFactory(person__display_name="Kasia", skills=offered).person
    graduate(person, track)
    url = f"/en/people/{person.pk}/"
    client.force_login(user)
    client.get(url)
    with django_assert_num_queries(6):  # may the viewer delete on request; ties shown; badges
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["skills"] == offered


@pytest.mark.parametrize("item_count", [1, 10])
def test_find_with_suggestions_query_count(client, skill, item_count, django_assert_num_queries):
    MentorProfileFactory.create_batch(item_count, skills=[skill])
    client.force_login(UserFactory(spoken_languages=["en"]))
    url = f"/en/mentoring/find/?skills={skill.pk}&languages=en"
    client.get(url)
    with django_assert_num_queries(9):  # with the person's open pairings, named apart
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["suggestions"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_offers_queue_query_count(
    client, coordinator, skill, item_count, django_assert_num_queries
):
    for index in range(item_count):
        applications.apply(UserFactory(), skills=[skill], motivation=f"Offer {index}")
    client.force_login(coordinator)
    client.get("/en/mentoring/overview/offers/")
    with django_assert_num_queries(5):
        response = client.get("/en/mentoring/overview/offers/")
    assert response.status_code == 200
    assert [a.motivation for a in response.context["page_obj"]] == [
        f"Offer {index}" for index in range(item_count)
    ]


@pytest.mark.parametrize("item_count", [1, 10])
def test_support_request_query_count(
    client, coordinator, skill, item_count, django_assert_num_queries
):
    wanted = SupportRequestFactory(skills=[skill])
    MentorProfileFactory.create_batch(item_count, skills=[skill])
    url = f"/en/mentoring/overview/requests/{wanted.pk}/"
    client.force_login(coordinator)
    client.get(url)
    with django_assert_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["suggestions"]) == item_count


def test_mentoring_pages_use_the_communitys_word(client, user):
    TermFactory(locale="de")  # neutral "Mentor*in" / "Mentor*innen"
    MentorProfileFactory(person__display_name="Kasia", away_until=date.today() + timedelta(days=3))
    client.force_login(user)
    html = client.get("/de/mentoring/people/").content.decode()
    assert "<h1>Mentor*innen</h1>" in html
