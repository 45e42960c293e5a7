"""Pairing emails and check-in reminders: to the right people, in their language, once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mentoring.models import CheckIn
from mentoring.services import pairings
from tests.factories import MentorProfileFactory, UserFactory
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db


def test_mentor_hears_of_a_request_and_the_learner_of_the_answer(
    client, programme, django_capture_on_commit_callbacks
):
    mentor = MentorProfileFactory(person__display_name="Kasia").person
    learner = UserFactory(display_name="Ola")
    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/mentoring/ask/{mentor.pk}/", {"programme": programme.pk, "message": "Hi!"}
        )
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([mentor.email], "Ola would like your support")
    ]
    assert "Hi!" in mail.outbox[0].body
    pairing = learner.pairings_as_mentee.get()
    assert f"http://testserver/en/mentoring/pairings/{pairing.pk}/" in mail.outbox[0].body
    client.force_login(mentor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/mentoring/pairings/{pairing.pk}/answer/",
            {"decision": "decline", "message": "Too busy this spring."},
        )
    assert (mail.outbox[1].to, mail.outbox[1].subject) == (
        [learner.email],
        "Kasia cannot take this on now",
    )
    assert "Too busy this spring." in mail.outbox[1].body


def test_check_in_reminders_go_to_both_once(programme, django_capture_on_commit_callbacks, capsys):
    mentor = MentorProfileFactory(person__display_name="Kasia").person
    pairing = make_pairing(mentor, UserFactory(display_name="Ola"), programme)
    soon = pairing.check_ins.first()
    CheckIn.objects.filter(pk=soon.pk).update(due_at=timezone.now() + timedelta(days=2))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_check_in_reminders")
        call_command("send_check_in_reminders")
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == sorted(
        [
            (mentor.email, "Check-in with Ola soon"),
            (pairing.mentee.email, "Check-in with Kasia soon"),
        ]
    )
    assert capsys.readouterr().out == (
        "1 check-in reminder(s) queued.\n0 check-in reminder(s) queued.\n"
    )


def test_ending_early_tells_coordinators_only_when_asked(
    client, programme, coordinator, django_capture_on_commit_callbacks
):
    mentor = MentorProfileFactory().person
    first = make_pairing(mentor, UserFactory(display_name="Ola"), programme)
    second = make_pairing(mentor, UserFactory(display_name="Piotr"), programme)
    mail.outbox.clear()
    client.force_login(coordinator)  # coordinators cannot end a pairing for the pair
    assert (
        client.post(f"/en/mentoring/pairings/{first.pk}/end/", {"reason": "x"}).status_code == 403
    )
    client.force_login(first.mentee)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/mentoring/pairings/{first.pk}/end/", {"reason": "New job."})
    first.refresh_from_db()
    assert first.status == "ended"
    assert mail.outbox == []
    client.force_login(second.mentee)
    assert (
        client.post(f"/en/mentoring/pairings/{first.pk}/end/", {"reason": "x"}).status_code == 403
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/mentoring/pairings/{second.pk}/end/",
            {"reason": "We do not click.", "note_to_organisers": "Could you find me someone else?"},
        )
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([coordinator.email], "Piotr has ended a pairing")
    ]
    assert "Could you find me someone else?" in mail.outbox[0].body
    assert "We do not click." not in mail.outbox[0].body  # the reason stays with the pair


def test_reminders_speak_each_persons_language(programme, django_capture_on_commit_callbacks):
    mentor = MentorProfileFactory(
        person__display_name="Anna",
        person__preferred_language="de",
        person__time_zone="Europe/Berlin",
    ).person
    mentee = UserFactory(display_name="Tomasz", preferred_language="pl", time_zone="Europe/Warsaw")
    pairing = make_pairing(mentor, mentee, programme)
    CheckIn.objects.filter(pk=pairing.check_ins.first().pk).update(
        due_at=timezone.now() + timedelta(days=1)
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_check_in_reminders")
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        mentor.email: "Dein Check-in mit Tomasz steht bald an",
        mentee.email: "Wkrótce spotkanie kontrolne – Anna",  # noqa: RUF001 - the Polish dash
    }
    assert "(Europe/Berlin)" in next(m.body for m in mail.outbox if m.to == [mentor.email])


def test_a_coordinators_proposal_is_worded_as_such_and_reaches_both(
    programme, coordinator, django_capture_on_commit_callbacks
):

    mentor = MentorProfileFactory(person__display_name="Kasia").person
    mentee = UserFactory(display_name="O'Brien & Ola")
    with django_capture_on_commit_callbacks(execute=True):
        pairings.propose(
            actor=coordinator,
            mentor=mentor,
            mentee=mentee,
            programme=programme,
            message='You both like "evening" meetings.',
        )
    sent = {message.to[0]: message for message in mail.outbox}
    assert sent[mentor.email].subject == "Could you support O'Brien & Ola?"
    assert "Coord suggests you as mentor for O'Brien & Ola" in sent[mentor.email].body
    assert 'Message from Coord:\nYou both like "evening" meetings.' in sent[mentor.email].body
    assert sent[mentee.email].subject == "A pairing with Kasia is proposed for you"
    assert "Coord has asked Kasia to be your mentor" in sent[mentee.email].body


def test_asking_people_is_rate_limited(client, programme, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    learner = UserFactory()
    client.force_login(learner)
    mentors = [profile.person for profile in MentorProfileFactory.create_batch(11, capacity=3)]
    statuses = [
        client.post(f"/en/mentoring/ask/{mentor.pk}/", {"programme": programme.pk}).status_code
        for mentor in mentors
    ]
    assert statuses == [302] * 10 + [429]
    assert learner.pairings_as_mentee.count() == 10
    assert client.get("/en/mentoring/find/").status_code == 200  # reading is never limited
