"""The whole-page cache for visitors: fast, and never stale after a change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import SessionFactory
from tests.factories.terms import TermFactory

TRACK_URL = "/de/peer-learning/great-workshops/"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    return len(captured), html


@pytest.mark.django_db
def test_second_visit_is_served_from_cache(client, track):
    first_count, first = queries_for(client, TRACK_URL)
    second_count, second = queries_for(client, TRACK_URL)
    assert first_count > 0
    assert (second_count, second) == (0, first)


@pytest.mark.django_db
def test_publishing_changes_are_seen_at_once(client, track):
    queries_for(client, TRACK_URL)
    track.title_de = "Neuer Titel"
    track.save_revision().publish()
    _count, html = queries_for(client, TRACK_URL)
    assert "<h1>Neuer Titel</h1>" in html


@pytest.mark.django_db
def test_role_word_changes_are_seen_at_once(client, track):
    queries_for(client, TRACK_URL)
    TermFactory(locale="de", forms={"neutral": {"one": "Begleiter*in", "other": "Begleiter*innen"}})
    _count, html = queries_for(client, TRACK_URL)
    assert "<strong>Begleiter*innen</strong>" in html


@pytest.mark.django_db
def test_new_sessions_are_seen_at_once(client, workshop):
    url = "/en/peer-learning/great-workshops/feedback/"
    assert "No sessions are planned for this workshop yet." in queries_for(client, url)[1]
    SessionFactory(workshop=workshop)
    assert "No sessions are planned for this workshop yet." not in queries_for(client, url)[1]


@pytest.mark.django_db
def test_signed_in_people_are_never_served_a_cached_page(client, user, track):
    queries_for(client, TRACK_URL)
    client.force_login(user)
    count, html = queries_for(client, TRACK_URL)
    assert count > 0
    assert user.public_name in html


@pytest.mark.django_db
def test_saving_a_draft_keeps_cached_pages_but_publishing_refreshes_them(track):
    from academy.pages.cache import content_version

    before = content_version()
    track.title = "A draft title nobody sees yet"
    track.save_revision()
    assert content_version() == before
    track.save_revision().publish()
    assert content_version() > before
