"""Every page served from a cache is byte for byte the page built without one, apart
from its CSRF tokens (issue 16): the whole-page copy for visitors, the fragments, the
routes kept per process, the cached account and the pages kept for one person."""

import re
from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from cohorts.services import seats
from mentoring.services import objectives
from tests.factories import (
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    SessionFactory,
    UserFactory,
)
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db

NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
ANONYMOUS = [
    "/en/",
    "/ar/",
    "/en/peer-learning/",
    "/pl/peer-learning/great-workshops/",
    "/en/peer-learning/great-workshops/feedback/",
    "/ar/peer-learning/great-workshops/feedback/",
    "/en/stories/",
]
SIGNED_IN = [
    "/en/peer-learning/great-workshops/feedback/",
    "/pl/peer-learning/great-workshops/feedback/",
    "/en/peer-learning/great-workshops/",
    "/en/dashboard/",
    "/ar/dashboard/",
    "/en/mentoring/",
    "/en/mentoring/objectives/",
]
MENTORS_ONLY = ["/en/mentoring/dashboard/", "/ar/mentoring/dashboard/"]


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return TOKEN.sub('name="csrfmiddlewaretoken" value="…"', response.content.decode())


@pytest.fixture
def world(workshop):
    programme = ProgrammeTemplateFactory(months=9, check_ins=3)
    soon = timezone.now() + timedelta(days=3)
    mentor = MentorProfileFactory(person__display_name="Anna", capacity=3).person
    learner = UserFactory(display_name="Tomasz", time_zone="Asia/Tokyo")
    first = SessionFactory(workshop=workshop, start=soon, capacity=1)
    SessionFactory(workshop=workshop, start=soon + timedelta(days=7))
    seats.register(UserFactory(), first)
    seats.register(learner, first)  # waiting: number 1
    make_pairing(mentor, learner, programme)
    objectives.set_objective(learner, statement="Run an edit-a-thon", supporter=mentor)
    return {"learner": learner, "mentor": mentor}


@pytest.mark.parametrize("url", ANONYMOUS)
def test_visitors_pages_from_the_caches_are_the_pages_built_without(world, url):
    with override_settings(CACHES=NO_CACHE):
        built = page(Client(), url)
    client = Client()
    first, second = page(client, url), page(client, url)  # filled, then served
    assert first == built
    assert second == built


@pytest.mark.parametrize(
    ("who", "url"),
    [("learner", url) for url in SIGNED_IN] + [("mentor", url) for url in SIGNED_IN + MENTORS_ONLY],
)
def test_a_persons_pages_from_the_caches_are_the_pages_built_without(world, who, url):
    client = Client()
    client.force_login(world[who])
    with override_settings(CACHES=NO_CACHE, ACADEMY_PERSON_PAGES=False):
        built = page(client, url)
    first, second = page(client, url), page(client, url)
    assert first == built
    assert second == built


@pytest.mark.parametrize("url", ["/en/", "/en/peer-learning/great-workshops/"])
def test_a_fragment_a_visitor_filled_is_not_shown_to_a_person_in_the_same_zone(world, url):
    """The time-zone note differs for visitors and signed-in people, even in the zone
    visitors get by default."""
    person = UserFactory(time_zone="UTC")
    signed_in = Client()
    signed_in.force_login(person)
    with override_settings(CACHES=NO_CACHE, ACADEMY_PERSON_PAGES=False):
        built = page(signed_in, url)
    page(Client(), url)  # a visitor fills the fragments first
    served = page(signed_in, url)
    assert "Change it" in served
    assert served == built
