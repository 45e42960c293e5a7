"""The skills a person grew show on their person page only when they choose so."""

from datetime import date

import pytest

from academy.growth import assessments
from tests.academy.growth_support import assessed, framework
from tests.factories import UserFactory
from tests.factories.mentoring import PairingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def grower():
    skills = framework()
    person = UserFactory(display_name="Ola", visible_to_members=True)
    assessed(person, date(2025, 12, 1), {skills["facilitation"]: 2, skills["speaking"]: 3})
    assessed(person, date(2026, 6, 1), {skills["facilitation"]: 3, skills["speaking"]: 3})
    assessed(person, date(2026, 11, 1), {skills["facilitation"]: 4, skills["speaking"]: 2})
    return person


def test_grown_skills_compare_the_first_and_latest_levels(grower):
    assert [
        (skill.key, first, latest) for skill, first, latest in assessments.grown_skills(grower)
    ] == [("facilitation", 2, 4)]


def test_the_person_page_shows_grown_skills_only_with_consent(client, grower):
    client.force_login(UserFactory())
    url = f"/en/people/{grower.pk}/"
    assert "Skills grown" not in client.get(url).content.decode()
    assessments.set_page_sharing(grower, show=True)
    html = client.get(url).content.decode()
    assert "Facilitation: from 2 to 4 of 5" in html
    assert "Public speaking" not in html


@pytest.mark.parametrize(("who", "expected"), [("owner", 302), ("outsider", 302)])
def test_switching_it_on_is_each_persons_own(client, grower, who, expected):
    if who == "owner":
        client.force_login(grower)
    response = client.post("/en/growth/sharing/page/", {"show_growth_on_page": "on"})
    assert response.status_code == expected
    assert assessments.shows_growth_on_page(grower) is (who == "owner")


def test_the_mentor_finds_the_shared_growth_from_the_pairing_page(client):
    pairing = PairingFactory()
    url = f"/en/mentoring/pairings/{pairing.pk}/"
    client.force_login(pairing.mentor)
    link = f'href="/en/growth/people/{pairing.mentee_id}/"'
    assert link not in client.get(url).content.decode()
    assessments.set_sharing(pairing.mentee, mentors_may_see=True)
    assert link in client.get(url).content.decode()
    client.force_login(pairing.mentee)
    assert link not in client.get(url).content.decode()
