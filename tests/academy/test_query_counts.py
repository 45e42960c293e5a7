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
# Cold: empty cache. Warm: Wagtail's site-root paths and our fragments cached.
EXPECTED = {"home": (9, 4), "track": (11, 8), "workshop": (9, 7)}


def add_sessions(workshop, count):
    start = timezone.now() + timedelta(days=1)
    for index in range(count):
        SessionFactory(workshop=workshop, start=start + timedelta(hours=index))


def count_queries(client, url, warm):
    cache.clear()
    if warm:
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["home", "track", "workshop"])
def test_query_count_does_not_grow_with_sessions(client, workshop, page):
    add_sessions(workshop, 1)
    one = (
        count_queries(client, URLS[page], warm=False),
        count_queries(client, URLS[page], warm=True),
    )
    add_sessions(workshop, 29)
    for _ in range(5):
        add_sessions(WorkshopPageFactory(parent=workshop.get_parent()), 3)
    thirty = (
        count_queries(client, URLS[page], warm=False),
        count_queries(client, URLS[page], warm=True),
    )
    assert one == thirty == EXPECTED[page]
    assert max(thirty) <= BUDGET
