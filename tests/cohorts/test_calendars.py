"""iCalendar: one session, the track feed and the private personal feed."""

import pytest
from icalendar import Calendar

from cohorts.models import CalendarToken
from cohorts.services import seats
from tests.factories import SessionFactory


def events(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


@pytest.mark.django_db
def test_single_session_ics(client, small_session):
    (event,) = events(client.get(f"/en/sessions/{small_session.pk}/calendar.ics"))
    assert str(event["UID"]) == f"session-{small_session.pk}@testserver"
    assert event["SEQUENCE"] == 0
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTART") == small_session.start.replace(microsecond=0)


@pytest.mark.django_db
def test_track_feed_marks_cancelled_and_bumps_sequence(client, track, small_session):
    small_session.cancelled = True
    small_session.save()
    response = client.get(f"/calendar/tracks/{track.pk}.ics")
    (event,) = events(response)
    assert (str(event["STATUS"]), event["SEQUENCE"]) == ("CANCELLED", 1)


@pytest.mark.django_db
def test_track_page_advertises_its_feed(client, track):
    html = client.get("/en/peer-learning/great-workshops/").content.decode()
    feed = f"/calendar/en/tracks/{track.pk}.ics"
    assert (
        f'<link rel="alternate" type="text/calendar" title="Running great workshops" href="{feed}">'
        in html
    )
    french = client.get("/fr/peer-learning/great-workshops/").content.decode()
    assert f'href="/calendar/fr/tracks/{track.pk}.ics"' in french  # the reader's language


@pytest.mark.django_db
def test_personal_feed_lists_my_registrations_and_token_can_be_reset(
    client, user, workshop, small_session
):
    other = SessionFactory(workshop=workshop)
    seats.register(user, small_session)
    token = CalendarToken.objects.create(person=user).token
    (event,) = events(client.get(f"/calendar/people/{token}.ics"))
    assert str(event["UID"]) == f"session-{small_session.pk}@testserver"
    assert other.pk != small_session.pk
    client.force_login(user)
    client.post("/en/dashboard/calendar/reset/")
    assert client.get(f"/calendar/people/{token}.ics").status_code == 404
    new_token = CalendarToken.objects.get(person=user).token
    assert client.get(f"/calendar/people/{new_token}.ics").status_code == 200


@pytest.mark.django_db
def test_personal_feed_needs_the_right_token(client):
    assert client.get("/calendar/people/not-a-token.ics").status_code == 404
