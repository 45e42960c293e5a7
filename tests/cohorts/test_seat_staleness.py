"""A seat taken or freed reaches every page that shows it at once (issue 16): seat
counts change through `.update()`, which fires no signal, so the seat version, moved
by the registration each change saves, keys the visitors' copy, the fragments and the
pages kept for each person; the people waiting see their new place."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from cohorts.services import seats
from tests.factories import SessionFactory, UserFactory

pytestmark = pytest.mark.django_db

WORKSHOP = "/en/peer-learning/great-workshops/feedback/"
DASHBOARD = "/en/dashboard/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def signed_in(person):
    client = Client()
    client.force_login(person)
    return client


def register_button(session):
    return f'action="/en/sessions/{session.pk}/register/"'


def test_a_seat_taken_and_freed_changes_the_next_persons_card(user, other_user, workshop):
    session = SessionFactory(workshop=workshop, capacity=1, start=timezone.now() + timedelta(2))
    visitor, next_person = Client(), signed_in(user)
    for client in (visitor, next_person):
        html(client, WORKSHOP)
        assert "1 seat left" in html(client, WORKSHOP)
    assert "Join the waiting list" not in html(next_person, WORKSHOP)

    seats.register(other_user, session)
    assert "No seats left" in html(visitor, WORKSHOP)
    page = html(next_person, WORKSHOP)
    assert "No seats left" in page
    assert "Join the waiting list" in page
    assert register_button(session) in page  # the form now joins the waiting list

    seats.cancel(other_user, session)
    assert "1 seat left" in html(visitor, WORKSHOP)
    page = html(next_person, WORKSHOP)
    assert "1 seat left" in page
    assert "Join the waiting list" not in page


def test_the_people_waiting_see_their_new_place_on_their_dashboard(user, workshop):
    session = SessionFactory(workshop=workshop, capacity=1, start=timezone.now() + timedelta(2))
    seated, first, second = UserFactory(), UserFactory(), user
    for person in (seated, first, second):
        seats.register(person, session)
    waiting = signed_in(second)
    html(waiting, DASHBOARD)
    assert "Waiting list: number 2" in html(waiting, DASHBOARD)

    seats.cancel(seated, session)  # the first person waiting gets the seat
    assert "Waiting list: number 1" in html(waiting, DASHBOARD)
    assert "Seat confirmed" in html(signed_in(first), DASHBOARD)


def test_the_persons_own_registration_shows_at_once(user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(2))
    client = signed_in(user)
    html(client, WORKSHOP)
    assert "You have a seat" not in html(client, WORKSHOP)
    response = client.post(f"/en/sessions/{session.pk}/register/", {"next": WORKSHOP})
    assert response.status_code == 302
    assert "You have a seat" in html(client, WORKSHOP)
    assert "Seat confirmed" in html(client, DASHBOARD)
