"""A person downloads their data: every registered link appears, labelled in their
language, and never the other person's private notes."""

import json
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from academy.privacy.export import export_data
from academy.privacy.models import DataExport
from academy.privacy.registry import personal_data
from tests.factories import UserFactory
from tests.factories.privacy import MARK, person_with_everything


@pytest.fixture
def world(track, workshop):
    world = person_with_everything(track, workshop)
    mail.outbox.clear()
    return world


def _section(data, key):
    return next(section for section in data["sections"] if section["key"] == key)


def test_every_registered_link_with_data_appears(world):
    data = export_data(world.person)
    keys = {section["key"] for section in data["sections"]}
    expected = {entry.key for entry in personal_data if entry.export} | {"academy.user"}
    assert keys == expected


def test_the_other_persons_private_notes_never_appear(world):
    text = json.dumps(export_data(world.person), ensure_ascii=False)
    assert f"{MARK} private note" in text
    assert "MENTOR-PRIVATE-NOTE" not in text


def test_fields_are_labelled_in_the_persons_language(world):
    data = export_data(world.person)  # preferred language: Polish
    registrations = _section(data, "cohorts.registration.person")
    assert registrations["title"] == "Twoje zapisy na spotkania"
    assert registrations["labels"]["attendance"] == "Obecność"
    assert registrations["items"][0]["attendance"] == "Obecność"  # the Polish "Present"
    profile = _section(data, "academy.user")
    assert profile["items"][0]["display_name"] == f"{MARK} Nowak"
    assert profile["labels"]["display_name"] == "Wyświetlana nazwa"


def test_the_export_is_private_and_expires(client, world):
    other = UserFactory()
    client.force_login(world.person)
    response = client.post("/pl/accounts/data/export/")
    assert response.status_code == 302
    export = DataExport.objects.filter(person=world.person).exclude(ready_at=None).get()
    url = f"/pl/accounts/data/{export.token}/"

    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/json"
    assert download["Content-Disposition"].startswith('attachment; filename="peer-academy-data-')
    assert json.loads(download.content)["language"] == "pl"

    client.force_login(other)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in

    client.force_login(world.person)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now())
    assert client.get(url).status_code == 404


def test_my_data_page_for_owner_member_and_outsider(client, world):
    assert client.get("/en/accounts/data/").status_code == 302
    client.force_login(UserFactory())
    member_page = client.get("/en/accounts/data/")
    assert member_page.status_code == 200
    assert "You have no download waiting." in member_page.content.decode()
    client.force_login(world.person)
    assert client.get("/en/accounts/data/").status_code == 200


def test_expired_exports_are_purged_by_the_daily_command(db):
    person = UserFactory()
    fresh = DataExport.objects.create(person=person)
    DataExport.objects.create(person=person, expires_at=timezone.now())
    out = StringIO()
    call_command("purge_expired_exports", stdout=out)
    assert out.getvalue() == "Removed 1 expired data exports.\n"
    assert list(DataExport.objects.values_list("pk", flat=True)) == [fresh.pk]
