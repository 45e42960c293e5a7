"""No input gives a 500: every URL pattern of the site, generated from the URL
resolver, gets unknown ids, numbers the database cannot hold, over-long values and NUL
characters, in the path, the query string and a form, as a visitor and as a member."""

from itertools import product

import pytest
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.regex_helper import normalize

from tests.factories import UserFactory

HUGE = "9" * 25
JUNK_QUERY = {
    "page": HUGE,
    "q": "x" * 3000,
    "track": HUGE,
    "skills": HUGE,
    "languages": "zz",
    "role": "nope",
    "next": "//evil.example/",
}
JUNK_FORM = {
    **JUNK_QUERY,
    "email": "a" * 300 + "@example.org",
    "reason": "x" * 5000,
    "body": "x" * 5000,
    "rationale": "x" * 5000,
    "choice": "nope",
    "decision": "nope",
    "programme": HUGE,
    "rating": HUGE,
    "password": "x",
    "confirm": "on",
    "closes_on": "99999-12-31",
    "target_date": "9999-12-31",
    "away_until": "0001-01-01",
}


def _segment_formats(pattern):
    if isinstance(pattern, LocalePrefixPattern):
        return "en/", []
    fmt, params = normalize(pattern.regex.pattern)[0]
    return fmt, params


def url_formats(patterns=None, prefix=()):
    """("en/words/%(locale)s/", ["locale"]) for every leaf pattern of the site."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        segments = (*prefix, _segment_formats(entry.pattern))
        if isinstance(entry, URLResolver):
            yield from url_formats(entry.url_patterns, segments)
        else:
            yield "".join(fmt for fmt, _ in segments), [p for _, ps in segments for p in ps]


def _value(name, kind):
    numeric = name in {"pk", "id"} or name.endswith("_id")
    if kind == "unknown":
        return "987654" if numeric else "nope"
    if kind == "huge":
        return HUGE if numeric else "x" * 2000
    return "987654" if numeric else "nope%00"


FORMATS = sorted({(fmt, tuple(params)) for fmt, params in url_formats()})


def _paths(fmt, params):
    for kind in ("unknown", "huge", "nul"):
        yield kind, "/" + fmt % {name: _value(name, kind) for name in params}


def _answers(client, fmt, params, member):
    """Every request for one URL pattern whose answer is a 500 (or raises)."""
    failures = []
    for (kind, path), signed_in in product(_paths(fmt, params), (False, True)):
        if signed_in:
            client.force_login(member)
        else:
            client.logout()
        requests = [("get", path, {})]
        if kind == "unknown":
            requests += [
                ("get", path, JUNK_QUERY),
                ("get", path, {"q": "x\x00"}),
                ("post", path, JUNK_FORM),
                ("post", path, {**JUNK_FORM, "body": "x\x00"}),
            ]
        for method, url, data in requests:
            try:
                status = getattr(client, method)(url, data).status_code
            except Exception as error:
                status = f"{type(error).__name__}: {error}"[:200]
            if not isinstance(status, int) or status >= 500:
                failures.append((method, url[:80], "member" if signed_in else "visitor", status))
    return failures


@pytest.mark.django_db
def test_no_url_answers_500(client, home):
    """One test over all patterns, so the site is built once; it lists every failure."""
    member = UserFactory()
    failures = [
        failure for fmt, params in FORMATS for failure in _answers(client, fmt, params, member)
    ]
    assert failures == []


def test_the_walk_covers_the_whole_site():
    paths = {fmt for fmt, _ in FORMATS}
    assert {"en/words/%(locale)s/", "admin/pages/%(parent_page_id)s/add_subpage/"} <= paths
    assert "en/people/%(pk)s/delete/" in paths
    assert len(paths) > 300


def test_nul_is_refused_before_any_view(client, db):
    response = client.get("/en/search/", {"q": "wypalenie\x00"})
    assert response.status_code == 400
    assert "We could not read that request" in response.content.decode()
