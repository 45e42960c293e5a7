"""Anonymous page views cost a fixed number of queries, however much data there is.

Each page is measured three ways: cold (an empty cache); warm (site-root paths, role
words and fragments cached, but the whole-page cache bypassed by a query string); and
served from the whole-page cache."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import SessionFactory, TrackPageFactory, WorkshopPageFactory

HOME = "/en/"
TRACK = "/en/peer-learning/great-workshops/"
WORKSHOP = "/en/peer-learning/great-workshops/feedback/"
SCHOOL = "/en/peer-learning/"
BYPASS = "?utm_source=test"  # a query string: the whole-page cache is not used


@pytest.fixture
def sessions(workshop, item_count):
    """`item_count` sessions in the workshop, and as many other workshops of the track
    with a session each."""
    start = timezone.now() + timedelta(days=1)
    for index in range(item_count):
        SessionFactory(workshop=workshop, start=start + timedelta(hours=index))
        other = WorkshopPageFactory(parent=workshop.get_parent())
        SessionFactory(workshop=other, start=start + timedelta(hours=index))


def warm_up(client, url):
    client.get(url)
    client.get(url)


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_home_page_query_count_cold(client, sessions, django_assert_num_queries):
    with django_assert_num_queries(9):
        response = client.get(HOME)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_home_page_query_count_warm(client, sessions, django_assert_num_queries):
    warm_up(client, HOME + BYPASS)
    with django_assert_num_queries(0):
        response = client.get(HOME + BYPASS)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_home_page_query_count_cached(client, sessions, django_assert_num_queries):
    warm_up(client, HOME)
    with django_assert_num_queries(0):
        response = client.get(HOME)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_track_page_query_count_cold(client, sessions, django_assert_num_queries):
    with django_assert_num_queries(11):
        response = client.get(TRACK)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_track_page_query_count_warm(client, sessions, django_assert_num_queries):
    warm_up(client, TRACK + BYPASS)
    with django_assert_num_queries(0):
        response = client.get(TRACK + BYPASS)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_track_page_query_count_cached(client, sessions, django_assert_num_queries):
    warm_up(client, TRACK)
    with django_assert_num_queries(0):
        response = client.get(TRACK)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_workshop_page_query_count_cold(client, sessions, django_assert_num_queries):
    with django_assert_num_queries(9):
        response = client.get(WORKSHOP)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_workshop_page_query_count_warm(client, sessions, django_assert_num_queries):
    warm_up(client, WORKSHOP + BYPASS)
    with django_assert_num_queries(0):
        response = client.get(WORKSHOP + BYPASS)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_workshop_page_query_count_cached(client, sessions, django_assert_num_queries):
    warm_up(client, WORKSHOP)
    with django_assert_num_queries(0):
        response = client.get(WORKSHOP)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_school_page_query_count(client, school, item_count, django_assert_num_queries):
    TrackPageFactory.create_batch(item_count, parent=school)
    with django_assert_num_queries(7):
        response = client.get(SCHOOL)
    assert response.status_code == 200
    assert len(response.context["tracks"]()) == item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_search_query_count(client, track, item_count, django_assert_num_queries):
    for number in range(item_count):
        WorkshopPageFactory(parent=track, title=f"Listening circle {number}")
    with django_assert_num_queries(7):  # which pages are restricted; the published stories
        response = client.get("/en/search/", {"q": "listening"})
    assert response.status_code == 200
    assert len(response.context["results"]) == item_count
