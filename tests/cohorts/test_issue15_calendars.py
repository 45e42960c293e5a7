"""Calendars follow the person, not the browser: a private feed and the files attached
to emails are in the owner's preferred language; a public feed is in the language of
its URL."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from cohorts.models import CalendarToken
from cohorts.services import seats
from tests.factories import SessionFactory, UserFactory, WorkshopPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(track):
    """With an introduction in English and Spanish only: the others fall back to English."""
    return WorkshopPageFactory(
        parent=track,
        title="Giving feedback that helps",
        title_es="Dar comentarios que ayudan",
        title_fr="Un retour qui aide vraiment",
        intro="How to say what helps.",
        intro_es="Cómo decir lo que ayuda.",
        slug="feedback",
    )


@pytest.fixture
def session(workshop):
    return SessionFactory(
        workshop=workshop,
        capacity=1,
        start=timezone.now() + timedelta(days=2),
        online_url="https://meet.example.org/feedback",
    )


def parse(content):
    calendar = Calendar.from_ical(content)
    return str(calendar["X-WR-CALNAME"]), [
        (str(e["SUMMARY"]), str(e.get("DESCRIPTION", "")), str(e.get("LOCATION", "")))
        for e in calendar.walk("VEVENT")
    ]


def feed(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return parse(response.content)


def in_language(language, msgid):
    with translation.override(language):
        return gettext(msgid)


SPANISH = ("Dar comentarios que ayudan", "Cómo decir lo que ayuda.")
LINK = "https://meet.example.org/feedback"


def test_confirmation_attachment_is_in_the_learner_language(
    session, django_capture_on_commit_callbacks
):
    learner = UserFactory(preferred_language="es")
    with django_capture_on_commit_callbacks(execute=True):
        seats.register(learner, session)  # the English page was active
    [message] = mail.outbox
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("session.ics", "text/calendar")
    assert parse(content) == ("Dar comentarios que ayudan", [(*SPANISH, LINK)])


def test_promotion_attachment_is_in_the_promoted_person_language(
    session, django_capture_on_commit_callbacks
):
    first = UserFactory(preferred_language="en")
    waiting = UserFactory(preferred_language="fr")
    seats.register(first, session)
    seats.register(waiting, session)
    with django_capture_on_commit_callbacks(execute=True):
        seats.cancel(first, session)
    [message] = [m for m in mail.outbox if m.to == [waiting.email]]
    # French title; the introduction has no French and falls back to English
    assert parse(message.attachments[0][1]) == (
        "Un retour qui aide vraiment",
        [("Un retour qui aide vraiment", "How to say what helps.", LINK)],
    )


def test_private_feed_is_in_the_owner_language_whatever_the_browser(client, session):
    owner = UserFactory(preferred_language="es")
    seats.register(owner, session)
    token = CalendarToken.objects.create(person=owner).token
    client.cookies["django_language"] = "fr"
    response = client.get(f"/calendar/people/{token}.ics", HTTP_ACCEPT_LANGUAGE="de")
    assert feed(response) == (in_language("es", "My sessions"), [(*SPANISH, LINK)])


def test_private_feed_of_an_outsider_token_is_not_found(client, session):
    seats.register(UserFactory(), session)
    assert client.get("/calendar/people/someone-elses.ics").status_code == 404


def test_public_feed_is_in_the_language_of_its_url(client, track, session):
    response = client.get(f"/calendar/es/tracks/{track.pk}.ics", HTTP_ACCEPT_LANGUAGE="de")
    assert feed(response) == ("Talleres que funcionan", [(*SPANISH, "")])


def test_public_feed_without_a_language_is_in_the_default_one(client, track, session):
    client.cookies["django_language"] = "fr"
    response = client.get(f"/calendar/tracks/{track.pk}.ics", HTTP_ACCEPT_LANGUAGE="fr")
    assert feed(response) == (
        "Running great workshops",
        [("Giving feedback that helps", "How to say what helps.", "")],
    )


@pytest.mark.parametrize(
    "path",
    ["/calendar/xx/tracks/{pk}.ics", "/calendar/es/tracks/{pk}0.ics", "/calendar/es/tracks/a.ics"],
)
def test_public_feed_refuses_unknown_languages_and_tracks(client, track, path):
    assert client.get(path.format(pk=track.pk)).status_code == 404


def test_public_feed_of_a_restricted_track_is_not_found(client, track, session):
    PageViewRestriction.objects.create(page=track, restriction_type="login")
    assert client.get(f"/calendar/es/tracks/{track.pk}.ics").status_code == 404


@pytest.mark.parametrize("item_count", [1, 10])
def test_private_feed_queries_do_not_grow(client, workshop, item_count, django_assert_num_queries):
    owner = UserFactory(preferred_language="pl")
    for day in range(item_count):
        seats.register(
            owner, SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=day + 1))
        )
    token = CalendarToken.objects.create(person=owner).token
    with django_assert_num_queries(2):
        response = client.get(f"/calendar/people/{token}.ics")
    assert len(feed(response)[1]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_public_feed_queries_do_not_grow(
    client, track, workshop, item_count, django_assert_num_queries
):
    for day in range(item_count):
        SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=day + 1))
    with django_assert_num_queries(4):
        response = client.get(f"/calendar/fr/tracks/{track.pk}.ics")
    assert len(feed(response)[1]) == item_count


def test_track_feed_urls_with_and_without_a_language():
    assert reverse("track_feed", args=[7]) == "/calendar/tracks/7.ics"
    assert reverse("track_feed", kwargs={"pk": 7, "language": "ar"}) == "/calendar/ar/tracks/7.ics"
