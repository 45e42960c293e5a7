"""Role words cost one query when the cache is cold and none when it is warm; the
"Words we use" pages cost the same however many proposals, votes and changes there are."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation

from academy.models import Role, VoteChoice
from academy.terminology import resolve
from tests.factories import UserFactory
from tests.factories.terms import (
    ProposalCommentFactory,
    ProposalFactory,
    ProposalVoteFactory,
    TermFactory,
    TermRevisionFactory,
)

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


def add_terms(track, count):
    """`count` (up to 10) more words in the snapshot: German words for the roles,
    alternately for everyone and for one track only."""
    roles = ("leader", "mentor", "learner", "facilitator", "coordinator")
    for index in range(count):
        TermFactory(
            role=Role.objects.get(key=roles[index // 2]),
            track=track if index % 2 else None,
            forms={"neutral": {"other": f"Wort {index}"}},
        )


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_fifty_role_words_query_count_cold(
    track, polish_mentor_term, item_count, django_assert_num_queries
):
    add_terms(track, item_count)
    cache.clear()
    # every term and role, read once into the snapshot
    with django_assert_num_queries(1):
        words = render_fifty().split()
    assert len(words) == 50
    assert words[10:13] == ["opiekunów", "opiekun", "opiekunowie"]


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_fifty_role_words_query_count_warm(
    track, polish_mentor_term, item_count, django_assert_num_queries
):
    add_terms(track, item_count)
    render_fifty()  # the snapshot is now in the shared cache
    with django_assert_num_queries(0):
        words = render_fifty().split()
    assert len(words) == 50


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_words_page_query_count(client, item_count, django_assert_num_queries):
    proposer = UserFactory()
    TermFactory(locale="de")
    for index in range(item_count):
        ProposalFactory(proposer=proposer, rationale=f"Grund {index}")
    client.get("/de/words/de/")  # role words in the cache
    # the site, the language, the list of languages, open proposals with tallies, recent changes
    with django_assert_num_queries(4):
        response = client.get("/de/words/de/")
    assert response.status_code == 200
    assert len(response.context["open_proposals"]) == item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_proposal_page_query_count(client, user, item_count, django_assert_num_queries):
    proposal = ProposalFactory(proposer=UserFactory())
    ProposalVoteFactory(proposal=proposal, voter=user, choice=VoteChoice.OPPOSE)
    ProposalVoteFactory.create_batch(item_count, proposal=proposal)
    ProposalCommentFactory.create_batch(item_count, proposal=proposal)
    client.force_login(user)
    with django_assert_num_queries(11):
        response = client.get(f"/de/words/proposals/{proposal.pk}/")
    assert response.status_code == 200
    assert response.context["my_vote"] == VoteChoice.OPPOSE
    assert (response.context["proposal"].support, response.context["proposal"].oppose) == (
        item_count,
        1,
    )
    assert len(response.context["comments"]) == item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_term_history_query_count(client, track, item_count, django_assert_num_queries):
    TermRevisionFactory.create_batch(item_count, track=track)
    with django_assert_num_queries(7):
        response = client.get("/de/words/de/mentor/history/")
    assert response.status_code == 200
    assert len(response.context["page_obj"]) == item_count


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
def test_revision_page_query_count(client, track, item_count, django_assert_num_queries):
    revision = TermRevisionFactory(track=track)
    TermRevisionFactory.create_batch(item_count, track=track)  # other changes to the word
    with django_assert_num_queries(6):
        response = client.get(f"/de/words/revisions/{revision.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<del>Mentoren</del>" in html
    assert "<ins>Mentor*innen</ins>" in html
