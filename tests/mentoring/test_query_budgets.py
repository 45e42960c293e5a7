"""Every mentoring list and detail page costs the same however much data there is."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from academy.models import Skill
from mentoring.models import LearningObjective, SupportRequest
from mentoring.services import applications
from tests.factories import UserFactory
from tests.factories.mentoring import graduate, make_mentor
from tests.factories.terms import TermFactory
from tests.queries import grows_not

pytestmark = pytest.mark.django_db


def test_mentor_list(client, user, skill):
    client.force_login(user)
    make_mentor("First", skills=[skill])
    grows_not(
        client,
        "/en/mentoring/people/",
        lambda: [make_mentor(f"M{i}", skills=[skill]) for i in range(10)],
    )


def test_find_with_suggestions(client, skill):
    learner = UserFactory(spoken_languages=["en"])
    client.force_login(learner)
    make_mentor("First", skills=[skill])
    url = f"/en/mentoring/find/?skills={skill.pk}&languages=en"
    grows_not(client, url, lambda: [make_mentor(f"M{i}", skills=[skill]) for i in range(9)])


def test_objective_timeline(client):
    person = UserFactory()
    client.force_login(person)

    def past_objectives():
        for index in range(8):
            LearningObjective.objects.create(
                person=person,
                statement=f"Objective {index}",
                status="completed",
                reflection="Learned a lot.",
                closed_at=timezone.now(),
                supporter=make_mentor(f"S{index}"),
            )

    grows_not(client, "/en/mentoring/objectives/", past_objectives)


def test_person_page(client, user, track, skill):
    person = make_mentor("Kasia", skills=[skill])
    graduate(person, track)
    client.force_login(user)
    more = [Skill.objects.create(key=f"k{i}", name=f"Skill {i}") for i in range(8)]
    grows_not(
        client,
        f"/en/people/{person.pk}/",
        lambda: person.mentor_profile.skills.add(*more),
    )


def test_offer_queue(client, coordinator, skill):
    client.force_login(coordinator)
    applications.apply(UserFactory(), skills=[skill], motivation="One")
    grows_not(
        client,
        "/en/mentoring/overview/offers/",
        lambda: [
            applications.apply(UserFactory(), skills=[skill], motivation=f"More {i}")
            for i in range(8)
        ],
    )


def test_support_request_page(client, coordinator, skill):
    client.force_login(coordinator)
    wanted = SupportRequest.objects.create(person=UserFactory(), languages=["en"])
    wanted.skills.add(skill)
    make_mentor("First", skills=[skill])
    grows_not(
        client,
        f"/en/mentoring/overview/requests/{wanted.pk}/",
        lambda: [make_mentor(f"M{i}", skills=[skill]) for i in range(9)],
    )


def test_mentoring_pages_use_the_communitys_word(client, user):
    TermFactory(locale="de")  # neutral "Mentor*in" / "Mentor*innen"
    make_mentor("Kasia", away_until=date.today() + timedelta(days=3))
    client.force_login(user)
    html = client.get("/de/mentoring/people/").content.decode()
    assert "<h1>Mentor*innen</h1>" in html
