"""The whole-page cache for visitors: fast, and never stale after a change."""

import pytest

from academy.pages.cache import content_version
from tests.factories import SessionFactory
from tests.factories.terms import TermFactory

TRACK_URL = "/de/peer-learning/great-workshops/"


def html_of(client, url):
    return client.get(url).content.decode()


@pytest.mark.django_db
def test_second_visit_is_served_from_cache(client, track, django_assert_num_queries):
    with django_assert_num_queries(10):
        first = html_of(client, TRACK_URL)
    with django_assert_num_queries(0):
        second = html_of(client, TRACK_URL)
    assert second == first


@pytest.mark.django_db
def test_publishing_changes_are_seen_at_once(client, track):
    html_of(client, TRACK_URL)
    track.title_de = "Neuer Titel"
    track.save_revision().publish()
    assert "<h1>Neuer Titel</h1>" in html_of(client, TRACK_URL)


@pytest.mark.django_db
def test_role_word_changes_are_seen_at_once(client, track):
    html_of(client, TRACK_URL)
    TermFactory(locale="de", forms={"neutral": {"one": "Begleiter*in", "other": "Begleiter*innen"}})
    assert "<strong>Begleiter*innen</strong>" in html_of(client, TRACK_URL)


@pytest.mark.django_db
def test_new_sessions_are_seen_at_once(client, workshop):
    url = "/en/peer-learning/great-workshops/feedback/"
    assert "No sessions are planned for this workshop yet." in html_of(client, url)
    SessionFactory(workshop=workshop)
    assert "No sessions are planned for this workshop yet." not in html_of(client, url)


@pytest.mark.django_db
def test_signed_in_people_are_never_served_a_cached_page(
    client, user, track, django_assert_num_queries
):
    html_of(client, TRACK_URL)
    client.force_login(user)
    # The session and the account, whether they hold a role, their groups (for the
    # coordinators' link) and their permissions (2, for the user bar): all kept with
    # the account from here on; the track's body for signed-in people (its workshops and
    # cohorts), whose time-zone note is theirs
    with django_assert_num_queries(8):
        html = html_of(client, TRACK_URL)
    assert user.public_name in html


@pytest.mark.django_db
def test_saving_a_draft_keeps_cached_pages_but_publishing_refreshes_them(track):

    before = content_version()
    track.title = "A draft title nobody sees yet"
    track.save_revision()
    assert content_version() == before
    track.save_revision().publish()
    assert content_version() > before
