from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from tests.factories import SessionFactory


@pytest.mark.django_db
def test_in_person_session_needs_a_place(workshop):
    session = SessionFactory.build(workshop=workshop, format="in_person", place="", online_url="")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert error.value.message_dict == {
        "place": ["Say where an in-person or hybrid session takes place."]
    }


@pytest.mark.django_db
def test_hybrid_session_needs_place_and_link(workshop):
    session = SessionFactory.build(workshop=workshop, format="hybrid", place="", online_url="")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert set(error.value.message_dict) == {"place", "online_url"}


@pytest.mark.django_db
def test_session_zone_must_exist(workshop):
    session = SessionFactory.build(workshop=workshop, time_zone="Europe/Atlantis")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert error.value.message_dict["time_zone"] == [
        "“Europe/Atlantis” is not a time zone we know. Choose one such as Europe/Warsaw."
    ]


@pytest.mark.django_db
def test_database_refuses_zero_capacity(workshop):
    with pytest.raises(IntegrityError):
        SessionFactory(workshop=workshop, capacity=0)


@pytest.mark.django_db
def test_session_end_follows_duration(workshop):
    session = SessionFactory(
        workshop=workshop, start=datetime(2031, 1, 1, 23, 30, tzinfo=UTC), duration_minutes=90
    )
    assert session.end == datetime(2031, 1, 2, 1, 0, tzinfo=UTC)


@pytest.mark.django_db
def test_workshop_page_splits_upcoming_and_past(client, workshop):
    SessionFactory(workshop=workshop, start=datetime(2020, 5, 1, 10, 0, tzinfo=UTC))
    upcoming = SessionFactory(workshop=workshop, start=datetime(2031, 5, 1, 10, 0, tzinfo=UTC))
    response = client.get("/en/peer-learning/great-workshops/feedback/")
    assert response.context["upcoming_sessions"]() == [upcoming]
    assert len(response.context["past_sessions"]()) == 1
    assert "1 past session" in response.content.decode()


@pytest.mark.django_db
def test_empty_states(client, track):
    track_html = client.get("/en/peer-learning/great-workshops/").content.decode()
    assert "No workshops have been published in this track yet." in track_html
