from datetime import UTC, datetime

import pytest

from tests.factories import SessionFactory

WORKSHOP_URL = "/en/peer-learning/great-workshops/feedback/"


@pytest.fixture
def morning_session(workshop):
    return SessionFactory(
        workshop=workshop, start=datetime(2031, 3, 4, 9, 0, tzinfo=UTC), time_zone="Europe/Warsaw"
    )


@pytest.mark.django_db
def test_visitor_sees_utc_and_is_told_so(client, morning_session):
    html = client.get(WORKSHOP_URL).content.decode()
    assert "Times are shown in <strong>UTC</strong>." in html
    assert '<time class="session-time" datetime="2031-03-04T09:00:00+00:00">09:00</time>' in html
    assert "That is 10:00 for the organisers (Warsaw, Poland)." in html


@pytest.mark.django_db
def test_signed_in_person_sees_their_own_zone(client, user, morning_session):
    user.time_zone = "Asia/Kolkata"
    user.save()
    client.force_login(user)
    html = client.get(WORKSHOP_URL).content.decode()
    assert "Times are shown in your time zone, <strong>Kolkata, India</strong>." in html
    assert '<time class="session-time" datetime="2031-03-04T14:30:00+05:30">14:30</time>' in html


@pytest.mark.django_db
def test_changing_time_zone_moves_session_time(client, user, morning_session):
    client.force_login(user)
    before = client.get(WORKSHOP_URL).content.decode()
    assert '<time class="session-time" datetime="2031-03-04T09:00:00+00:00">09:00</time>' in before
    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": "Ada",
            "preferred_language": "en",
            "time_zone": "America/Mexico_City",
            "address_form": "unspecified",
            "home_community": "",
        },
    )
    assert response.status_code == 302
    after = client.get(WORKSHOP_URL).content.decode()
    assert '<time class="session-time" datetime="2031-03-04T03:00:00-06:00">03:00</time>' in after


@pytest.mark.django_db
def test_sessions_are_stored_in_utc(morning_session):
    morning_session.refresh_from_db()
    assert morning_session.start.utcoffset().total_seconds() == 0
    assert morning_session.organiser_start.isoformat() == "2031-03-04T10:00:00+01:00"


@pytest.mark.django_db
def test_daylight_saving_is_respected(client, workshop):
    SessionFactory(
        workshop=workshop, start=datetime(2031, 7, 4, 9, 0, tzinfo=UTC), time_zone="Europe/Warsaw"
    )
    html = client.get(WORKSHOP_URL).content.decode()
    assert "That is 11:00 for the organisers (Warsaw, Poland)." in html
