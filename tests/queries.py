"""Counting the queries of a request, the way the query-budget tests do."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries(client, url):
    """Queries of a GET once caches are warm (role words, sessions), as on a running
    server after the first visitor."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grows_not(client, url, add, budget=12):
    """The page costs the same before and after `add()` puts more data in it."""
    before = queries(client, url)
    add()
    after = queries(client, url)
    assert before == after <= budget, (before, after)
