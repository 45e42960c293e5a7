"""A pairing or an objective reaches both people's pages at once (issue 16): the
mentor's dashboard and My pairings are kept for each person, keyed by the person's
version, which every change to their pairings, check-ins and objectives moves."""

import pytest
from django.test import Client

from mentoring.services import objectives, pairings
from tests.factories import MentorProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

MY_PAIRINGS = "/en/mentoring/"
MENTOR_DASHBOARD = "/en/mentoring/dashboard/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def signed_in(person, *urls):
    client = Client()
    client.force_login(person)
    for url in urls:
        html(client, url)
        html(client, url)  # kept for them from here on
    return client


def test_a_pairing_proposed_and_accepted_shows_on_both_pages(programme):
    mentor = MentorProfileFactory(person__display_name="Anna Mentor", capacity=3).person
    mentee = UserFactory(display_name="Tomasz Mentee")
    mentors_view = signed_in(mentor, MY_PAIRINGS, MENTOR_DASHBOARD)
    mentees_view = signed_in(mentee, MY_PAIRINGS)
    assert "Tomasz Mentee" not in html(mentors_view, MY_PAIRINGS)
    assert "Anna Mentor" not in html(mentees_view, MY_PAIRINGS)

    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    assert "Tomasz Mentee" in html(mentors_view, MY_PAIRINGS)
    assert "Anna Mentor" in html(mentees_view, MY_PAIRINGS)

    pairings.accept(actor=mentor, pairing=pairing)
    assert "Tomasz Mentee" in html(mentors_view, MENTOR_DASHBOARD)


def test_an_objective_shows_on_the_mentors_dashboard(programme):
    mentor = MentorProfileFactory(capacity=3).person
    mentee = UserFactory(display_name="Tomasz Mentee")
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    pairings.accept(actor=mentor, pairing=pairing)
    mentors_view = signed_in(mentor, MENTOR_DASHBOARD)
    assert "Run my first edit-a-thon" not in html(mentors_view, MENTOR_DASHBOARD)
    objectives.set_objective(mentee, statement="Run my first edit-a-thon", supporter=mentor)
    assert "Run my first edit-a-thon" in html(mentors_view, MENTOR_DASHBOARD)
