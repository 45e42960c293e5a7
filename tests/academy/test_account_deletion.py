"""Leaving the academy: personal data gone from every table, the figures unchanged,
the person waiting promoted, the other person told, sessions and tokens dead."""

import pytest
from django.apps import apps
from django.core import mail
from django.db import models
from django.db.models.functions import Cast

from academy.models import ProposalVote, TermRevision, User
from academy.privacy.deletion import delete_account
from academy.privacy.models import DeletionRecord
from cohorts.models import Attendance, Registration, RegistrationStatus
from mentoring.models import Feedback, LearningObjective, Pairing, PairingStatus
from tests.factories import UserFactory
from tests.factories.privacy import MARK, person_with_everything
from tests.factories.users import PASSWORD

TEXT_FIELDS = (models.CharField, models.TextField, models.EmailField, models.JSONField)


def rows_mentioning(needle):
    """Every (model, field) whose stored text contains `needle`, across all tables."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            rows = model._base_manager.annotate(_text=Cast(field.name, models.TextField()))
            if rows.filter(_text__icontains=needle).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.fixture
def world(track, workshop):
    world = person_with_everything(track, workshop)
    mail.outbox.clear()
    return world


def test_personal_data_is_gone_from_every_table(world):
    assert rows_mentioning(MARK) != []  # the search finds what is there
    delete_account(world.person)
    assert rows_mentioning(MARK) == []
    assert rows_mentioning("zofia.7731@example.org") == []
    assert not User.objects.filter(pk=world.person.pk).exists()


def test_what_others_rely_on_stays_with_a_former_member(world):
    present_before = Registration.objects.filter(
        session=world.past_session, attendance=Attendance.PRESENT
    ).count()
    delete_account(world.person)

    assert (
        Registration.objects.filter(
            session=world.past_session, attendance=Attendance.PRESENT
        ).count()
        == present_before
        == 2
    )
    tally = sorted(ProposalVote.objects.filter(proposal=world.proposal).values_list("choice"))
    assert tally == [("oppose",), ("support",)]
    revision = TermRevision.objects.get()
    assert revision.reason == ""
    assert revision.author.public_name == "a former member"
    assert revision.author.is_active is False
    assert revision.author.has_usable_password() is False
    placeholders = User.objects.filter(is_former_member=True)
    assert placeholders.count() == 1  # one stand-in for the one person who left
    world.pairing.refresh_from_db()
    assert world.pairing.mentee == placeholders.get()


def test_objectives_and_private_notes_are_deleted(world):
    delete_account(world.person)
    assert list(Feedback.objects.values_list("notes", flat=True)) == ["MENTOR-PRIVATE-NOTE"]
    assert list(LearningObjective.objects.values_list("statement", "supporter")) == [
        ("Mentor's own", None)
    ]


def test_the_first_person_waiting_takes_the_freed_seat(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(world.person)
    assert Registration.objects.get(session=world.full_session, person=world.waiting).status == (
        RegistrationStatus.REGISTERED
    )
    assert [message.to for message in mail.outbox if world.waiting.email in message.to] == [
        [world.waiting.email]
    ]


def test_the_other_person_in_an_open_pairing_is_told(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(world.person)
    world.pairing.refresh_from_db()
    assert world.pairing.status == PairingStatus.ENDED
    told = [message for message in mail.outbox if message.to == [world.mentor.email]]
    assert [message.subject for message in told] == ["Your pairing has ended"]
    assert "has left the academy" in told[0].body
    assert MARK not in told[0].body
    completed = Pairing.objects.get(mentee=world.supported)
    assert completed.status == PairingStatus.COMPLETED  # closed pairings keep their history
    assert completed.mentor.public_name == "a former member"


def test_sessions_and_the_calendar_feed_stop_working(client, world):
    client.force_login(world.person)
    assert client.get("/en/dashboard/").status_code == 200
    assert client.get(f"/calendar/people/{world.token}.ics").status_code == 200
    delete_account(world.person)
    assert client.get("/en/dashboard/").status_code == 302
    assert client.get(f"/calendar/people/{world.token}.ics").status_code == 404


def test_deleting_ones_own_account_needs_the_password(client, db):
    person = UserFactory()
    client.force_login(person)
    wrong = client.post("/en/accounts/delete/", {"password": "nope", "confirm": "on"})
    assert wrong.status_code == 200
    assert "That is not your password." in wrong.content.decode()
    unconfirmed = client.post("/en/accounts/delete/", {"password": PASSWORD})
    assert unconfirmed.status_code == 200
    assert User.objects.filter(pk=person.pk).exists()

    done = client.post("/en/accounts/delete/", {"password": PASSWORD, "confirm": "on"})
    assert done.status_code == 302
    assert done["Location"] == "/en/accounts/deleted/"
    assert not User.objects.filter(pk=person.pk).exists()
    assert client.get("/en/dashboard/").status_code == 302
    assert client.login(username=person.email, password=PASSWORD) is False
    assert list(DeletionRecord.objects.values_list("requested_by", "reason")) == [(None, "")]


def test_delete_page_is_for_the_signed_in_person_only(client, db):
    assert client.get("/en/accounts/delete/")["Location"].startswith("/en/accounts/login/")


def test_a_coordinator_deletes_on_request_with_the_reason_logged(client, coordinator, db):
    person, member = UserFactory(), UserFactory()
    url = f"/en/people/{person.pk}/delete/"
    assert client.get(url).status_code == 302  # anonymous: to sign in
    client.force_login(member)
    assert client.get(url).status_code == 403
    assert client.post(url, {"reason": "x", "confirm": "on"}).status_code == 403

    client.force_login(coordinator)
    assert url in client.get(f"/en/people/{person.pk}/").content.decode()  # found from the page
    assert client.get(url).status_code == 200
    missing = client.post(url, {"reason": "", "confirm": "on"})
    assert missing.status_code == 200
    assert User.objects.filter(pk=person.pk).exists()
    done = client.post(url, {"reason": "Asked by email on 1 December.", "confirm": "on"})
    assert done.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    record = DeletionRecord.objects.get()
    assert (record.requested_by, record.reason) == (coordinator, "Asked by email on 1 December.")
