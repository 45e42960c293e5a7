"""Sessions in the page editor: the start in the organiser's local time with the
browser's picker, the zone from the profiles' localised list defaulting to the editing
author's, stored in UTC; "Session 1" and "Add a session"."""

from datetime import UTC, datetime

import pytest

from academy.pages.session_form import SessionForm
from academy.pages.sessions import WorkshopSession
from tests.factories import SessionFactory, UserFactory

pytestmark = pytest.mark.django_db

FIELDS = {
    "duration_minutes": "90",
    "capacity": "12",
    "format": "online",
    "language": "pl",
    "place": "",
    "online_url": "https://meet.example.org/room",
}


def test_the_start_is_read_in_the_organisers_zone_and_stored_in_utc(workshop):
    form = SessionForm(
        data={**FIELDS, "start": "2026-12-10T18:00", "time_zone": "Europe/Warsaw"},
        instance=WorkshopSession(workshop=workshop),
    )
    assert form.is_valid(), form.errors
    session = form.save()
    assert session.start == datetime(2026, 12, 10, 17, 0, tzinfo=UTC)
    assert session.time_zone == "Europe/Warsaw"


def test_a_session_is_shown_in_its_organisers_local_time(workshop):
    session = SessionFactory(
        workshop=workshop,
        start=datetime(2026, 7, 1, 16, 30, tzinfo=UTC),
        time_zone="America/Lima",
    )
    form = SessionForm(instance=session)
    html = str(form["start"])
    assert 'type="datetime-local"' in html
    assert 'value="2026-07-01T11:30"' in html
    assert form.initial["time_zone"] == "America/Lima"


def test_an_unknown_zone_is_refused(workshop):
    form = SessionForm(
        data={**FIELDS, "start": "2026-12-10T18:00", "time_zone": "Mars/Olympus"},
        instance=WorkshopSession(workshop=workshop),
    )
    assert list(form.errors) == ["time_zone"]


def test_the_editor_labels_sessions_and_starts_new_ones_in_the_authors_zone(client, workshop):
    SessionFactory(workshop=workshop)
    author = UserFactory(is_superuser=True, time_zone="Asia/Kolkata")
    client.force_login(author)
    html = client.get(f"/admin/pages/{workshop.pk}/edit/").content.decode()
    assert "Add a session" in html
    assert "Add Sessions" not in html
    # the number is the panel's script's: "Session 1", no longer "Sessions 1"
    assert "Session<span data-inline-panel-child-count></span>" in html
    template = html.split('id="id_sessions-EMPTY_FORM_TEMPLATE"')[1]
    assert '<option value="Asia/Kolkata" selected>' in template
