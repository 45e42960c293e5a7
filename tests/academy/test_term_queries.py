"""Role words cost one query when the cache is cold and none when it is warm."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation

from academy.terminology import resolve
from tests.factories import UserFactory
from tests.factories.terms import ProposalFactory, TermFactory

FIFTY_TERMS = Template(
    "{% load terms %}"
    + "".join(
        f'{{% term "{role}" count={count} %}} '
        for role in ("leader", "mentor", "learner", "facilitator", "coordinator")
        for count in range(10)
    )
)


def render_fifty():
    resolve.forget_request_snapshot()  # a new request
    with translation.override("pl"):
        return FIFTY_TERMS.render(Context({}))


@pytest.mark.django_db
def test_fifty_terms_cost_one_query_cold(django_assert_num_queries, polish_mentor_term):
    cache.clear()
    with django_assert_num_queries(1):
        words = render_fifty().split()
    assert len(words) == 50
    assert words[10:13] == ["opiekunów", "opiekun", "opiekunowie"]


@pytest.mark.django_db
def test_fifty_terms_cost_nothing_warm(django_assert_num_queries, polish_mentor_term):
    render_fifty()
    with django_assert_num_queries(0):
        render_fifty()


@pytest.mark.django_db
def test_snapshot_query_does_not_grow_with_terms(django_assert_num_queries, track):
    for code in ("de", "fr", "es", "pl", "ar", "pt", "it", "nl"):
        TermFactory(locale=code, forms={"neutral": {"other": f"m-{code}"}})
        TermFactory(locale=code, track=track, forms={"neutral": {"other": f"t-{code}"}})
    cache.clear()
    with django_assert_num_queries(1):
        render_fifty()


@pytest.mark.django_db
@pytest.mark.parametrize("many", [False, True])
def test_words_page_query_count_is_fixed(client, django_assert_num_queries, many):
    count = 25 if many else 1
    proposer = UserFactory()
    TermFactory(locale="de")
    for index in range(count):
        ProposalFactory(proposer=proposer, rationale=f"Grund {index}")
    client.get("/de/words/de/")
    # the site, the language, the list of languages, open proposals with tallies, recent changes
    with django_assert_num_queries(5):
        response = client.get("/de/words/de/")
    assert len(response.context["open_proposals"]) == count
