"""Anonymous page views cost a fixed number of queries, however much data there is."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import SessionFactory, WorkshopPageFactory

BUDGET = 12
URLS = {
    "home": "/en/",
    "track": "/en/peer-learning/great-workshops/",
    "workshop": "/en/peer-learning/great-workshops/feedback/",
}
# (cold: empty cache; warm: site-root paths, role words and fragments cached but the
# whole-page cache bypassed by a query string; hit: served from the whole-page cache)
EXPECTED = {"home": (9, 4, 0), "track": (11, 8, 0), "workshop": (9, 7, 0)}


def add_sessions(workshop, count):
    start = timezone.now() + timedelta(days=1)
    for index in range(count):
        SessionFactory(workshop=workshop, start=start + timedelta(hours=index))


def count_queries(client, url, warm):
    cache.clear()
    if warm:
        client.get(url)
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def measure(client, url):
    return (
        count_queries(client, url, warm=False),
        count_queries(client, f"{url}?utm_source=test", warm=True),
        count_queries(client, url, warm=True),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["home", "track", "workshop"])
def test_query_count_does_not_grow_with_sessions(client, workshop, page):
    add_sessions(workshop, 1)
    one = measure(client, URLS[page])
    add_sessions(workshop, 34)  # 35 here plus 15 in other workshops: 50 sessions
    for _ in range(5):
        add_sessions(WorkshopPageFactory(parent=workshop.get_parent()), 3)
    thirty = measure(client, URLS[page])
    assert one == thirty == EXPECTED[page]
    assert max(thirty) <= BUDGET
