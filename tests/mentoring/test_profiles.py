"""Mentor profiles, the list of people offering support, and a person's pathway."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone

from academy.models import Skill
from mentoring.models import MentorProfile
from mentoring.services.pathway import pathway
from tests.factories import MentorProfileFactory, UserFactory
from tests.factories.mentoring import graduate, make_pairing

pytestmark = pytest.mark.django_db


def test_pathway_learner_then_graduate_then_mentor(track):
    person = UserFactory()
    assert [(s.key, s.reached) for s in pathway(person)] == [
        ("learner", False),
        ("graduate", False),
        ("mentor", False),
    ]
    graduate(person, track, when=datetime(2026, 3, 5, 12, tzinfo=UTC))
    MentorProfileFactory(person=person, approved_at=datetime(2026, 6, 1, tzinfo=UTC))
    person.refresh_from_db()
    steps = pathway(person)
    assert [(s.key, s.reached) for s in steps] == [
        ("learner", True),
        ("graduate", True),
        ("mentor", True),
    ]
    assert steps[1].reached_at == datetime(2026, 3, 5, 12, tzinfo=UTC)


def test_person_page_shows_the_pathway_to_members_only(client, track, user):
    person = UserFactory(
        display_name="Amal", home_community="Wikimedia Levant", visible_to_members=True
    )
    graduate(person, track, when=datetime(2026, 3, 5, 12, tzinfo=UTC))
    client.force_login(user)
    html = client.get(f"/en/people/{person.pk}/").content.decode()
    assert "Wikimedia Levant" in html
    assert html.count("pathway__step--reached") == 2
    assert "since March 2026" in html
    assert "Offer support" not in html  # only the owner is invited to offer support
    client.force_login(person)
    assert "Offer support" in client.get(f"/en/people/{person.pk}/").content.decode()
    client.logout()
    assert client.get(f"/en/people/{person.pk}/")["Location"].startswith("/en/accounts/login/")
    person.is_active = False
    person.save()
    client.force_login(user)
    assert client.get(f"/en/people/{person.pk}/").status_code == 404


def test_mentor_edits_own_profile_and_bad_input_is_kept(client, skill):
    mentor = MentorProfileFactory(skills=[skill]).person
    client.force_login(mentor)
    response = client.post(
        "/en/mentoring/profile/",
        {
            "skills": [skill.pk],
            "organisation": "WMPL",
            "introduction": "I love workshops.",
            "capacity": 0,
            "away_until": (date.today() - timedelta(days=2)).isoformat(),
            "quiet_after_days": 14,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose between 1 and 12 people." in html
    assert "Choose today or a later date, or leave it empty." in html
    assert "I love workshops." in html
    assert MentorProfile.objects.get(person=mentor).capacity == 2
    back = (timezone.localdate() + timedelta(days=30)).isoformat()
    response = client.post(
        "/en/mentoring/profile/",
        {
            "skills": [skill.pk],
            "organisation": "WMPL",
            "introduction": "I love workshops.",
            "capacity": 3,
            "away_until": back,
            "quiet_after_days": 14,
        },
    )
    assert response.status_code == 302
    profile = MentorProfile.objects.get(person=mentor)
    assert (profile.capacity, profile.away_until.isoformat(), profile.quiet_after_days) == (
        3,
        back,
        14,
    )
    assert profile.is_away()


def test_profile_screen_sends_non_mentors_to_the_offer(client, user):
    client.force_login(user)
    assert client.get("/en/mentoring/profile/")["Location"] == "/en/mentoring/offer/"
    client.logout()
    assert client.get("/en/mentoring/profile/")["Location"].startswith("/en/accounts/login/")


def test_mentor_list_shows_away_paused_and_full(client, user, programme):
    speaking = Skill.objects.create(key="speaking", name="public speaking")
    MentorProfileFactory(
        person__display_name="Ana", away_until=date.today() + timedelta(days=10), skills=[speaking]
    )
    MentorProfileFactory(person__display_name="Ben", paused=True)
    full = MentorProfileFactory(person__display_name="Chidi", capacity=1).person
    make_pairing(full, UserFactory(), programme)
    MentorProfileFactory(person__display_name="Dana", skills=[speaking])
    client.force_login(user)
    html = client.get("/en/mentoring/people/").content.decode()
    assert html.index("Ana") < html.index("Ben") < html.index("Chidi") < html.index("Dana")
    assert html.count("Away until") == 1
    assert html.count(">Paused<") == 1
    assert html.count(">Full<") == 1
    assert html.count(">Has room<") == 1
    filtered = client.get("/en/mentoring/people/?skill=speaking").content.decode()
    assert "Ana" in filtered
    assert "Dana" in filtered
    assert "Ben" not in filtered
    assert client.get("/en/mentoring/people/?skill=nothing").status_code == 404
    client.logout()
    assert client.get("/en/mentoring/people/").status_code == 302


def test_new_skills_need_an_offer_not_a_profile_edit(client, skill):
    mentor = MentorProfileFactory(skills=[skill]).person
    wikidata = Skill.objects.create(key="wikidata", name="Wikidata queries")
    client.force_login(mentor)
    response = client.post(
        "/en/mentoring/profile/",
        {"skills": [skill.pk, wikidata.pk], "capacity": 2, "quiet_after_days": 21},
    )
    assert "Select a valid choice" in response.content.decode()
    client.post("/en/mentoring/profile/", {"skills": [], "capacity": 2, "quiet_after_days": 21})
    assert list(MentorProfile.objects.get(person=mentor).skills.all()) == []  # dropping is fine


def test_graduates_are_invited_to_offer_support(client, track, skill):
    person = UserFactory()
    client.force_login(person)
    assert "you can become a mentor yourself" not in client.get("/en/mentoring/").content.decode()
    graduate(person, track)
    assert "you can become a mentor yourself" in client.get("/en/mentoring/").content.decode()
    client.post("/en/mentoring/offer/", {"skills": [skill.pk], "motivation": "Ready."})
    assert "you can become a mentor yourself" not in client.get("/en/mentoring/").content.decode()
    client.logout()
    assert client.get("/en/mentoring/")["Location"].startswith("/en/accounts/login/")


def test_person_page_only_on_a_need_to_know_basis(client, track, user, coordinator, programme):
    hidden = UserFactory(display_name="Hidden")
    url = f"/en/people/{hidden.pk}/"
    client.force_login(user)
    assert client.get(url).status_code == 404  # a member: not visible, offers no support
    for viewer in (hidden, coordinator):
        client.force_login(viewer)
        assert client.get(url).status_code == 200
    mentor = MentorProfileFactory(person__display_name="Offers").person
    client.force_login(user)
    assert client.get(f"/en/people/{mentor.pk}/").status_code == 200  # offers support
    make_pairing(mentor, hidden, programme)
    client.force_login(mentor)
    assert client.get(url).status_code == 200  # paired with them


def test_nobody_is_named_by_the_username_made_from_their_email(client, user):
    nameless = UserFactory(
        display_name="", username="zofia.nowak@example.org", visible_to_members=True
    )
    client.force_login(user)
    html = client.get(f"/en/people/{nameless.pk}/").content.decode()
    assert "zofia.nowak" not in html
    assert f"member since {nameless.date_joined:%B %Y}" in html
