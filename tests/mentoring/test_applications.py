"""From learner to mentor: graduates are eligible, anyone may offer specific skills,
and coordinators decide."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from academy.errors import Refused
from academy.models import Skill
from mentoring.models import MentorApplication, MentorProfile
from mentoring.services import applications
from tests.factories import MentorProfileFactory, UserFactory
from tests.factories.mentoring import graduate

pytestmark = pytest.mark.django_db


def test_graduates_are_marked_eligible_and_anyone_may_offer_skills(track, skill):
    newcomer, alumna = UserFactory(), UserFactory()
    graduate(alumna, track)
    assert applications.is_graduate(newcomer) is False
    assert applications.is_graduate(alumna) is True
    reverse = applications.apply(newcomer, skills=[skill], motivation="I know Wikidata well.")
    regular = applications.apply(alumna, skills=[skill], motivation="I finished the track.")
    assert (reverse.graduate, regular.graduate) == (False, True)
    assert list(reverse.skills.all()) == [skill]


def test_an_offer_needs_a_skill_and_only_one_waits_at_a_time(skill):
    person = UserFactory()
    with pytest.raises(Refused) as refusal:
        applications.apply(person, skills=[], motivation="…")
    assert refusal.value.code == "skills"
    applications.apply(person, skills=[skill], motivation="First")
    with pytest.raises(Refused) as refusal:
        applications.apply(person, skills=[skill], motivation="Second")
    assert refusal.value.code == "pending"
    with pytest.raises(IntegrityError), transaction.atomic():  # the database refuses it too
        MentorApplication.objects.create(person=person, motivation="Third")
    assert MentorApplication.objects.filter(person=person).count() == 1


def test_approval_creates_the_profile_and_tells_the_person(
    coordinator, skill, django_capture_on_commit_callbacks
):
    person = UserFactory(display_name="Amal", home_community="Wikimedia Levant")
    application = applications.apply(person, skills=[skill], motivation="I run meetups.")
    with pytest.raises(PermissionDenied):
        applications.decide(actor=UserFactory(), application=application, approve=True)
    with django_capture_on_commit_callbacks(execute=True):
        applications.decide(actor=coordinator, application=application, approve=True)
    profile = MentorProfile.objects.get(person=person)
    assert (profile.organisation, list(profile.skills.all())) == ("Wikimedia Levant", [skill])
    assert application.status == "approved"
    assert application.decided_by == coordinator
    assert [message.to for message in mail.outbox] == [[person.email]]
    assert mail.outbox[0].subject == "Your offer of support has been approved"
    assert "you are now a mentor" in mail.outbox[0].body
    with pytest.raises(Refused) as refusal:
        applications.decide(actor=coordinator, application=application, approve=False)
    assert refusal.value.code == "decided"


def test_an_approved_offer_widens_an_existing_profile(coordinator, skill):
    person = UserFactory()
    MentorProfileFactory(person=person, organisation="WMDE", skills=[skill])
    speaking = Skill.objects.create(key="speaking", name="public speaking")
    application = applications.apply(person, skills=[speaking], motivation="More")
    applications.decide(actor=coordinator, application=application, approve=True)
    profile = MentorProfile.objects.get(person=person)
    assert profile.organisation == "WMDE"
    assert sorted(profile.skills.values_list("key", flat=True)) == ["facilitation", "speaking"]


def test_offer_page_for_owner_and_outsider(client, skill):
    person = UserFactory()
    client.force_login(person)
    response = client.post("/en/mentoring/offer/", {"motivation": "Keen", "organisation": ""})
    assert response.status_code == 200  # no skill chosen: the form comes back with what was typed
    assert "Keen" in response.content.decode()
    assert MentorApplication.objects.count() == 0
    response = client.post(
        "/en/mentoring/offer/", {"skills": [skill.pk], "motivation": "Keen", "organisation": "WMPL"}
    )
    assert response.status_code == 302
    assert MentorApplication.objects.get().organisation == "WMPL"
    assert "Waiting for a decision" in client.get("/en/mentoring/offer/").content.decode()
    client.logout()
    assert client.get("/en/mentoring/offer/")["Location"].startswith("/en/accounts/login/")


def test_queue_and_decision_are_for_coordinators_only(client, coordinator, skill):
    applicant = UserFactory(display_name="Amal")
    application = applications.apply(applicant, skills=[skill], motivation="I run meetups.")
    decide_url = f"/en/mentoring/overview/offers/{application.pk}/"
    client.force_login(applicant)  # the owner of the offer cannot decide on it
    assert client.get("/en/mentoring/overview/offers/").status_code == 403
    assert client.post(decide_url, {"decision": "approve"}).status_code == 403
    client.force_login(UserFactory())  # nor can another member
    assert client.post(decide_url, {"decision": "approve"}).status_code == 403
    client.force_login(coordinator)
    html = client.get("/en/mentoring/overview/offers/").content.decode()
    assert "Amal" in html
    assert "I run meetups." in html
    client.post(decide_url, {"decision": "decline", "message": ""})  # declining needs a reason
    application.refresh_from_db()
    assert application.status == "pending"
    client.post(decide_url, {"decision": "decline", "message": "Try again after a track."})
    application.refresh_from_db()
    assert (application.status, application.message) == ("declined", "Try again after a track.")
    assert not MentorProfile.objects.filter(person=applicant).exists()
    client.logout()
    assert client.post(decide_url, {"decision": "approve"})["Location"].startswith(
        "/en/accounts/login/"
    )


def test_new_skills_for_an_existing_mentor_are_announced_as_such(
    coordinator, skill, django_capture_on_commit_callbacks
):
    person = MentorProfileFactory().person
    application = applications.apply(person, skills=[skill], motivation="More")
    with django_capture_on_commit_callbacks(execute=True):
        applications.decide(actor=coordinator, application=application, approve=True)
    body = mail.outbox[0].body
    assert "The skills you offered have been added to your offer of support:" in body
    assert "you are now a" not in body


def test_only_sent_offers_count_against_the_limit(client, skill, settings):
    person = UserFactory()
    client.force_login(person)
    for _ in range(7):  # forms sent back with an error do not count
        assert client.post("/en/mentoring/offer/", {"motivation": "x"}).status_code == 200
    response = client.post("/en/mentoring/offer/", {"skills": [skill.pk], "motivation": "Keen"})
    assert response.status_code == 302
    assert MentorApplication.objects.filter(person=person).count() == 1
