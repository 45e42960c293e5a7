"""Setting, changing and closing one's objective on screen; who sees objectives."""

from datetime import date, timedelta

import pytest

from mentoring.models import LearningObjective
from mentoring.services import pairings
from tests.factories import LearningObjectiveFactory, MentorProfileFactory, UserFactory
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db


def _objective(**fields):
    return {
        "statement": "Facilitate a workshop on my own",
        "why": "My chapter needs more facilitators.",
        "evidence": "I run one and the feedback is good.",
        "target_date": (date.today() + timedelta(days=90)).isoformat(),
        **fields,
    }


def test_one_objective_then_a_timeline(client, programme):
    mentor = MentorProfileFactory(person__display_name="Kasia").person
    pairing = make_pairing(mentor, UserFactory(display_name="Ola"), programme)
    person = pairing.mentee
    client.force_login(person)
    response = client.post("/en/mentoring/objectives/", _objective(target_date="2001-01-01"))
    assert "Choose a date in the future." in response.content.decode()
    assert "Facilitate a workshop on my own" in response.content.decode()  # nothing lost
    client.post("/en/mentoring/objectives/", _objective(supporter=mentor.pk))
    objective = LearningObjective.objects.get(person=person)
    assert (objective.status, objective.supporter) == ("active", mentor)
    client.post(
        "/en/mentoring/objectives/",
        _objective(statement="Now a better sentence", edit=objective.pk),
    )
    objective.refresh_from_db()
    assert objective.statement == "Now a better sentence"  # an active objective is edited
    assert LearningObjective.objects.filter(person=person).count() == 1
    close_url = f"/en/mentoring/objectives/{objective.pk}/close/"
    client.post(close_url, {"outcome": "completed", "reflection": ""})
    objective.refresh_from_db()
    assert objective.status == "active"
    client.post(close_url, {"outcome": "completed", "reflection": "Nervous, then fine."})
    client.post("/en/mentoring/objectives/", _objective(statement="Train a new facilitator"))
    assert list(
        LearningObjective.objects.filter(person=person).values_list("statement", "status")
    ) == [("Train a new facilitator", "active"), ("Now a better sentence", "completed")]
    html = client.get("/en/mentoring/objectives/").content.decode()
    assert "Nervous, then fine." in html


def test_supporter_must_be_one_of_my_mentors(client):
    person, stranger = UserFactory(), MentorProfileFactory(person__display_name="Stranger").person
    client.force_login(person)
    response = client.post("/en/mentoring/objectives/", _objective(supporter=stranger.pk))
    assert "Select a valid choice" in response.content.decode()
    assert not LearningObjective.objects.exists()


def test_only_the_owner_closes_an_objective(client, user):
    owner = UserFactory()
    objective = LearningObjectiveFactory(person=owner, statement="Mine")
    client.force_login(user)
    url = f"/en/mentoring/objectives/{objective.pk}/close/"
    assert client.post(url, {"outcome": "dropped", "reflection": "x"}).status_code == 404
    client.logout()
    assert client.post(url, {"outcome": "dropped", "reflection": "x"}).status_code == 302
    objective.refresh_from_db()
    assert objective.status == "active"


def test_the_mentor_sees_the_objective_and_the_coordinator_does_not(client, programme, coordinator):
    mentor = MentorProfileFactory().person
    pairing = make_pairing(mentor, UserFactory(), programme)
    LearningObjectiveFactory(person=pairing.mentee, statement="Speak at WikiCon")
    url = f"/en/mentoring/pairings/{pairing.pk}/"
    for person in (mentor, pairing.mentee):
        client.force_login(person)
        assert "Speak at WikiCon" in client.get(url).content.decode()
    client.force_login(coordinator)
    assert "Speak at WikiCon" not in client.get(url).content.decode()


def test_a_second_set_never_overwrites_the_active_objective(client):
    person = UserFactory()
    client.force_login(person)
    client.post("/en/mentoring/objectives/", _objective(statement="First"))
    client.post("/en/mentoring/objectives/", _objective(statement="Second, from another tab"))
    assert list(LearningObjective.objects.values_list("statement", flat=True)) == ["First"]


def test_objectives_are_not_shared_once_the_pairing_ends(client, programme):
    mentor = MentorProfileFactory().person
    pairing = make_pairing(mentor, UserFactory(), programme)
    LearningObjectiveFactory(person=pairing.mentee, statement="Speak at WikiCon")
    pairings.end_early(actor=pairing.mentee, pairing=pairing, reason="Moving on.")
    url = f"/en/mentoring/pairings/{pairing.pk}/"
    client.force_login(mentor)
    assert "Speak at WikiCon" not in client.get(url).content.decode()
    client.force_login(pairing.mentee)
    assert "Speak at WikiCon" in client.get(url).content.decode()
