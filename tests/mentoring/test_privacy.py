"""Notes and feedback belong to the pair: coordinators see only that check-ins
happened, and outsiders see nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.models import Skill
from mentoring.models import CheckIn, Pairing, PairingStatus, ProgrammeTemplate
from mentoring.services import pairings
from tests.factories import (
    LearningObjectiveFactory,
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    UserFactory,
)


@pytest.fixture
def pair(db):
    mentor = MentorProfileFactory(
        person__display_name="Kasia",
        person__time_zone="Europe/Warsaw",
        person__spoken_languages=["pl"],
        skills=[Skill.objects.create(key="f", name="facilitation")],
    ).person
    mentee = UserFactory(display_name="Ola", time_zone="Europe/Warsaw", spoken_languages=["pl"])
    programme = ProgrammeTemplateFactory(name="9 months")
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    pairings.accept(actor=mentor, pairing=pairing)
    check_in = pairing.check_ins.first()
    check_in.notes = "We talked about my first meetup."
    check_in.due_at = timezone.now() - timedelta(hours=1)  # check-ins are recorded once due
    check_in.save()
    return {"mentor": mentor, "mentee": mentee, "pairing": pairing, "check_in": check_in}


@pytest.mark.django_db
def test_both_people_in_the_pair_see_notes(client, pair):
    for person in (pair["mentor"], pair["mentee"]):
        client.force_login(person)
        html = client.get(f"/en/mentoring/pairings/{pair['pairing'].pk}/").content.decode()
        assert "We talked about my first meetup." in html


@pytest.mark.django_db
def test_coordinator_sees_only_that_check_ins_happened(client, pair, coordinator):
    client.force_login(coordinator)
    response = client.get(f"/en/mentoring/pairings/{pair['pairing'].pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "We talked about my first meetup." not in html
    assert html.count("<time datetime=") == 3


@pytest.mark.django_db
def test_outsider_sees_nothing(client, pair, user):
    client.force_login(user)
    assert client.get(f"/en/mentoring/pairings/{pair['pairing'].pk}/").status_code == 403
    client.logout()
    response = client.get(f"/en/mentoring/pairings/{pair['pairing'].pk}/")
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_only_the_pair_records_check_ins(client, pair, user):
    url = f"/en/mentoring/pairings/{pair['pairing'].pk}/check-ins/{pair['check_in'].pk}/"
    client.force_login(user)
    assert client.post(url, {"rating": 5}).status_code == 403
    client.force_login(pair["mentee"])
    client.post(url, {"rating": 4, "working_well": "Listening", "notes": ""})
    client.force_login(pair["mentor"])
    client.post(url, {"rating": 5, "could_change": "Meet more often"})
    check_in = CheckIn.objects.get(pk=pair["check_in"].pk)
    assert check_in.met_at is not None
    assert sorted(check_in.feedback.values_list("rating", flat=True)) == [4, 5]


@pytest.mark.django_db
def test_find_and_ask_for_a_mentor(client, pair):
    asker = UserFactory(time_zone="Europe/Berlin", spoken_languages=["pl"])
    client.force_login(asker)
    skill = Skill.objects.get(key="f")
    response = client.get("/en/mentoring/find/", {"skills": [skill.pk], "languages": ["pl"]})
    (suggestion,) = response.context["suggestions"]
    assert (
        suggestion.explanation
        == "speaks Polish; offers facilitation; same time zone; 1 of 2 places free"
    )
    programme = ProgrammeTemplate.objects.get()
    response = client.post(f"/en/mentoring/ask/{pair['mentor'].pk}/", {"programme": programme.pk})
    pairing = Pairing.objects.get(mentee=asker)
    assert response["Location"] == f"/en/mentoring/pairings/{pairing.pk}/"
    assert pairing.status == PairingStatus.PROPOSED


@pytest.mark.django_db
def test_only_the_pair_marks_the_programme_complete(client, pair, user):
    url = f"/en/mentoring/pairings/{pair['pairing'].pk}/complete/"
    client.force_login(user)
    assert client.post(url).status_code == 403
    client.logout()
    assert client.post(url)["Location"].startswith("/en/accounts/login/")
    client.force_login(pair["mentee"])
    client.post(url)
    pair["pairing"].refresh_from_db()
    assert pair["pairing"].status == "completed"
    assert list(pair["pairing"].events.values_list("new_status", flat=True)) == [
        "proposed",
        "active",
        "completed",
    ]


@pytest.mark.django_db
def test_each_person_keeps_their_own_notes(client, pair):
    url = f"/en/mentoring/pairings/{pair['pairing'].pk}/check-ins/{pair['check_in'].pk}/"
    for person, notes in (
        (pair["mentor"], "Ola is ready to lead."),
        (pair["mentee"], "I felt heard."),
    ):
        client.force_login(person)
        client.post(url, {"rating": 5, "notes": notes})
    client.force_login(pair["mentor"])
    client.post(url, {"rating": 4, "notes": "Ola is ready to lead. Next: a meetup."})
    html = client.get(f"/en/mentoring/pairings/{pair['pairing'].pk}/").content.decode()
    assert "I felt heard." in html
    assert "Ola is ready to lead. Next: a meetup." in html
    assert html.count("/5") == 2  # one line of feedback each, the mentor's updated


@pytest.mark.django_db
def test_a_mentor_who_is_only_asked_does_not_see_objectives(client, programme):
    mentor, mentee = MentorProfileFactory().person, UserFactory()
    LearningObjectiveFactory(person=mentee, statement="Speak at WikiCon")
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    client.force_login(mentor)
    assert (
        "Speak at WikiCon"
        not in client.get(f"/en/mentoring/pairings/{pairing.pk}/").content.decode()
    )
    client.force_login(mentee)
    assert (
        "Speak at WikiCon" in client.get(f"/en/mentoring/pairings/{pairing.pk}/").content.decode()
    )
