"""Issue 15, item 6: finding a mentor leaves out the people already supporting the
person or asked by them, names them instead, and a coordinator reads time differences
from the side of the person who asked."""

import re
from datetime import UTC, datetime

import pytest

from academy.models import Skill
from mentoring.models import PairingStatus
from mentoring.services.matching import shorter_way, suggest, zone_hours_ahead
from tests.factories import (
    MentorProfileFactory,
    PairingFactory,
    ProgrammeTemplateFactory,
    SupportRequestFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ASKED_ON = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.fixture
def facilitation(db):
    return Skill.objects.create(key="facilitation", name="facilitation")


def mentor(name, skill, zone="Europe/Warsaw"):
    return MentorProfileFactory(
        person__display_name=name, person__time_zone=zone, capacity=3, skills=[skill]
    ).person


@pytest.fixture
def learner(db):
    return UserFactory(display_name="Ola", time_zone="Europe/Warsaw", spoken_languages=["en"])


@pytest.fixture
def people(learner, facilitation):
    """Kasia supports Ola, Jonas was asked and has not answered, Ana declined once and
    Chen's pairing ended: only Ana, Chen and Dana can be asked."""
    found = {name: mentor(name, facilitation) for name in ("Kasia", "Jonas", "Ana", "Chen", "Dana")}
    statuses = {
        "Kasia": PairingStatus.ACTIVE,
        "Jonas": PairingStatus.PROPOSED,
        "Ana": PairingStatus.DECLINED,
        "Chen": PairingStatus.ENDED,
    }
    pairings = {
        name: PairingFactory(mentor=found[name], mentee=learner, status=status, created_at=ASKED_ON)
        for name, status in statuses.items()
    }
    return found, pairings


def names(suggestions):
    return sorted(s.profile.person.display_name for s in suggestions)


def test_suggestions_leave_out_current_mentors_and_pending_asks(learner, facilitation, people):
    assert names(suggest(learner, [facilitation], ["en"])) == ["Ana", "Chen", "Dana"]


def test_suggestions_for_someone_else_are_not_affected(facilitation, people):
    other = UserFactory(spoken_languages=["en"], time_zone="Europe/Warsaw")
    assert names(suggest(other, [facilitation], ["en"])) == [
        "Ana",
        "Chen",
        "Dana",
        "Jonas",
        "Kasia",
    ]


def test_leaving_them_out_costs_no_query(learner, facilitation, people, django_assert_num_queries):
    with django_assert_num_queries(2):  # the candidates with their load, their skills
        suggest(learner, [facilitation], ["en"])


def test_find_page_names_current_mentor_and_pending_ask_without_ask_buttons(
    client, learner, facilitation, people
):
    found, pairings = people
    client.force_login(learner)
    response = client.get("/en/mentoring/find/", {"skills": facilitation.pk, "languages": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your current mentor: <bdi>Kasia</bdi>" in html
    assert "You asked <bdi>Jonas</bdi> on 3 December 2026. Waiting for an answer." in html
    for name in ("Kasia", "Jonas"):
        assert f'href="/en/mentoring/pairings/{pairings[name].pk}/"' in html
        assert f'action="/en/mentoring/ask/{found[name].pk}/"' not in html
    asked = re.findall(r'action="/en/mentoring/ask/(\d+)/"', html)
    assert sorted(int(pk) for pk in asked) == sorted(found[n].pk for n in ("Ana", "Chen", "Dana"))


def test_find_page_without_open_pairings_has_no_such_section(client, user):
    client.force_login(user)
    html = client.get("/en/mentoring/find/").content.decode()
    assert "Your open pairings" not in html


def test_find_page_title_and_highlighted_tab(client, user):
    client.force_login(user)
    html = client.get("/en/mentoring/find/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Find a mentor for what you want to grow in · ")
    current = re.findall(r'<a href="([^"]+)" aria-current="page">([^<]+)</a>', html)
    assert current == [("/en/mentoring/find/", "Find a mentor")]


def test_other_pages_highlight_their_own_tab(client, user):
    client.force_login(user)
    html = client.get("/en/mentoring/").content.decode()
    current = re.findall(r'<a href="([^"]+)" aria-current="page">', html)
    assert current == ["/en/mentoring/"]


def test_find_page_is_for_signed_in_people(client):
    response = client.get("/en/mentoring/find/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_asking_a_current_mentor_again_still_refused(client, learner, people):
    """The button is gone; a hand-made request is still refused by the rules."""
    found, _pairings = people
    client.force_login(learner)
    programme = ProgrammeTemplateFactory()
    response = client.post(
        f"/en/mentoring/ask/{found['Kasia'].pk}/", {"programme": programme.pk}, follow=True
    )
    assert "These two people already have an open pairing." in response.content.decode()


def test_zone_hours_are_signed_as_the_clocks_show_them():
    at = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert zone_hours_ahead("America/Bogota", "Asia/Tokyo", at) == 14
    assert zone_hours_ahead("America/Bogota", "Pacific/Honolulu", at) == -5
    assert shorter_way(14) == 10
    assert shorter_way(-5) == 5
    assert shorter_way(26) == 2  # Kiritimati and Baker Island


@pytest.fixture
def lucia_request(facilitation):
    lucia = UserFactory(display_name="Lucía", time_zone="America/Bogota", spoken_languages=["es"])
    for name, zone in (
        ("Kenji", "Asia/Tokyo"),
        ("Leilani", "Pacific/Honolulu"),
        ("Camilo", "America/Bogota"),
    ):
        MentorProfileFactory(
            person__display_name=name,
            person__time_zone=zone,
            person__spoken_languages=["es"],
            capacity=1,
            skills=[facilitation],
        )
    return SupportRequestFactory(person=lucia, skills=[facilitation], languages=["es"])


def test_coordinator_reads_time_differences_from_the_learners_side(
    client, coordinator, lucia_request
):
    client.force_login(coordinator)
    response = client.get(f"/en/mentoring/overview/requests/{lucia_request.pk}/")
    assert response.status_code == 200
    zones = {s.profile.person.display_name: s.reasons[2] for s in response.context["suggestions"]}
    assert zones == {
        "Camilo": "same time zone as <bdi>Lucía</bdi>",
        "Kenji": "14 h ahead of <bdi>Lucía</bdi>",
        "Leilani": "5 h behind <bdi>Lucía</bdi>",
    }
    html = response.content.decode()
    assert "14 h ahead of <bdi>Lucía</bdi>" in html
    assert "from you" not in html


def test_learner_still_reads_hours_from_their_own_side(lucia_request, facilitation):
    found = suggest(lucia_request.person, [facilitation], ["es"])
    zones = {s.profile.person.display_name: s.reasons[2] for s in found}
    assert zones == {
        "Camilo": "same time zone",
        "Kenji": "10 h from you",
        "Leilani": "5 h from you",
    }


def test_coordinator_suggestions_leave_out_who_the_person_already_asked(
    client, coordinator, lucia_request
):
    asked = PairingFactory(
        mentor=MentorProfileFactory(
            person__display_name="Asked", person__spoken_languages=["es"]
        ).person,
        mentee=lucia_request.person,
        status=PairingStatus.PROPOSED,
    )
    client.force_login(coordinator)
    response = client.get(f"/en/mentoring/overview/requests/{lucia_request.pk}/")
    shown = [s.profile.person_id for s in response.context["suggestions"]]
    assert asked.mentor_id not in shown
    assert len(shown) == 3


@pytest.mark.parametrize("who", ["member", "anonymous"])
def test_support_request_page_is_for_coordinators_only(client, lucia_request, who):
    if who == "member":
        client.force_login(UserFactory())
    response = client.get(f"/en/mentoring/overview/requests/{lucia_request.pk}/")
    if who == "member":
        assert response.status_code == 403
    else:
        assert response["Location"].startswith("/en/accounts/login/")


def test_nobody_can_be_asked_before_a_programme_exists(client, learner, facilitation):
    dana = mentor("Dana", facilitation)
    client.force_login(learner)
    url = "/en/mentoring/find/"
    query = {"skills": facilitation.pk, "languages": "en"}
    html = client.get(url, query).content.decode()
    assert "Nobody can be asked yet: no programme has been set up." in html
    assert f'action="/en/mentoring/ask/{dana.pk}/"' not in html
    ProgrammeTemplateFactory()
    html = client.get(url, query).content.decode()
    assert "Nobody can be asked yet" not in html
    assert f'action="/en/mentoring/ask/{dana.pk}/"' in html
