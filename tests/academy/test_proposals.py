"""Proposals, votes and decisions: the community chooses its words."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from academy.errors import Refused
from academy.models import ProposalComment, ProposalVote, Role, TermProposal
from academy.terminology import resolve
from academy.terminology import services as term_services
from tests.factories import UserFactory
from tests.factories.terms import ProposalFactory

TRACK_URL = "/de/peer-learning/great-workshops/"


def proposal_data(**overrides):
    data = {
        "role": "mentor",
        "neutral__one": "Wegbegleiter*in",
        "neutral__other": "Wegbegleiter*innen",
        "neutral__singular": "Wegbegleiter*in",
        "neutral__plural": "Wegbegleiter*innen",
        "rationale": "Weil wir gemeinsam unterwegs sind.",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_member_proposes_a_word(client, user):
    client.force_login(user)
    response = client.post("/de/words/de/propose/", proposal_data())
    proposal = TermProposal.objects.get()
    assert response["Location"] == f"/de/words/proposals/{proposal.pk}/"
    assert (proposal.locale, proposal.role.key, proposal.proposer) == ("de", "mentor", user)
    assert proposal.forms == {
        "neutral": {
            "one": "Wegbegleiter*in",
            "other": "Wegbegleiter*innen",
            "singular": "Wegbegleiter*in",
            "plural": "Wegbegleiter*innen",
        }
    }


@pytest.mark.django_db
def test_outsider_cannot_propose(client):
    response = client.post("/de/words/de/propose/", proposal_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/de/accounts/login/")
    assert TermProposal.objects.count() == 0


@pytest.mark.django_db
def test_proposal_with_past_closing_date_is_refused(client, user):
    client.force_login(user)
    response = client.post("/en/words/de/propose/", proposal_data(closes_on="2020-01-01"))
    assert response.status_code == 200
    assert response.context["form"].errors["closes_on"] == [
        "The closing date must be in the future."
    ]
    assert response.context["form"]["rationale"].value() == "Weil wir gemeinsam unterwegs sind."


@pytest.mark.django_db
def test_one_vote_per_person_that_can_change(client, user):
    proposal = ProposalFactory(proposer=UserFactory())
    client.force_login(user)
    client.post(f"/en/words/proposals/{proposal.pk}/vote/", {"choice": "support"})
    client.post(f"/en/words/proposals/{proposal.pk}/vote/", {"choice": "oppose"})
    assert list(ProposalVote.objects.values_list("voter", "choice")) == [(user.pk, "oppose")]
    response = client.get(f"/en/words/proposals/{proposal.pk}/")
    assert (response.context["proposal"].support, response.context["proposal"].oppose) == (0, 1)
    assert response.context["my_vote"] == "oppose"


@pytest.mark.django_db
def test_database_refuses_a_second_vote(user):
    proposal = ProposalFactory(proposer=user)
    ProposalVote.objects.create(proposal=proposal, voter=user, choice="support")
    with pytest.raises(IntegrityError):
        ProposalVote.objects.create(proposal=proposal, voter=user, choice="oppose")


@pytest.mark.django_db
def test_outsider_cannot_vote(client):
    proposal = ProposalFactory(proposer=UserFactory())
    response = client.post(f"/en/words/proposals/{proposal.pk}/vote/", {"choice": "support"})
    assert response.status_code == 302
    assert ProposalVote.objects.count() == 0


@pytest.mark.django_db
def test_tally_counts_each_choice(client):
    proposal = ProposalFactory(proposer=UserFactory())
    for choice in ["support", "support", "neutral", "oppose"]:
        ProposalVote.objects.create(proposal=proposal, voter=UserFactory(), choice=choice)
    response = client.get(f"/en/words/proposals/{proposal.pk}/")
    counted = response.context["proposal"]
    assert (counted.support, counted.neutral, counted.oppose) == (2, 1, 1)


@pytest.mark.django_db
def test_comments_are_kept_in_order(client, user, other_user):
    proposal = ProposalFactory(proposer=user)
    client.force_login(user)
    client.post(f"/en/words/proposals/{proposal.pk}/comment/", {"body": "Erstens"})
    client.force_login(other_user)
    client.post(f"/en/words/proposals/{proposal.pk}/comment/", {"body": "Zweitens"})
    assert list(ProposalComment.objects.values_list("author", "body")) == [
        (user.pk, "Erstens"),
        (other_user.pk, "Zweitens"),
    ]


@pytest.mark.django_db
def test_closed_proposal_is_read_only(client, user, translator_de):
    proposal = ProposalFactory(proposer=user)
    term_services.decline(user=translator_de, proposal=proposal, reason="Zu lang.")
    client.force_login(user)
    response = client.post(
        f"/en/words/proposals/{proposal.pk}/vote/", {"choice": "support"}, follow=True
    )
    assert "This proposal is closed." in response.content.decode()
    client.post(f"/en/words/proposals/{proposal.pk}/comment/", {"body": "Schade"})
    assert ProposalVote.objects.count() == 0
    assert ProposalComment.objects.count() == 0


@pytest.mark.django_db
def test_voting_ends_at_closing_date(user):
    proposal = ProposalFactory(proposer=user, closes_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(Refused, match=r"This proposal is closed\."):
        term_services.cast_vote(user=user, proposal=proposal, choice="support")


@pytest.mark.django_db
def test_adopting_changes_the_word_on_the_page_at_once(
    client, track, translator_de, user, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(
        proposer=user,
        role=Role.objects.get(key="learner"),
        forms={"neutral": {"one": "Entdecker*in", "other": "Entdecker*innen"}},
    )
    before = client.get(TRACK_URL).content.decode()  # warms every cache
    assert "<strong>Learners</strong>" in before
    client.force_login(translator_de)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/de/words/proposals/{proposal.pk}/decide/", {"decision": "adopt", "reason": ""}
        )
    assert response.status_code == 302
    client.logout()
    after = client.get(TRACK_URL).content.decode()
    assert "<strong>Entdecker*innen</strong>" in after
    revision = proposal.revisions.get()
    assert revision.new_forms == proposal.forms
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert mail.outbox[0].subject == "Your proposed word “Entdecker*innen” has been adopted"


@pytest.mark.django_db
def test_declining_needs_a_reason_and_tells_the_proposer(
    client, translator_de, django_capture_on_commit_callbacks
):
    proposer = UserFactory(preferred_language="de")
    proposal = ProposalFactory(proposer=proposer)
    client.force_login(translator_de)
    client.post(f"/de/words/proposals/{proposal.pk}/decide/", {"decision": "decline", "reason": ""})
    proposal.refresh_from_db()
    assert proposal.status == "open"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/de/words/proposals/{proposal.pk}/decide/",
            {"decision": "decline", "reason": "Zu nah an Führung."},
        )
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decision_reason, proposal.decided_by) == (
        "declined",
        "Zu nah an Führung.",
        translator_de,
    )
    assert len(mail.outbox) == 1
    assert "Zu nah an Führung." in mail.outbox[0].body
    assert resolve.term("leader", count=2, locale="de") == "leaders"


@pytest.mark.django_db
def test_decided_proposal_cannot_be_decided_again(translator_de, user):
    proposal = ProposalFactory(proposer=user)
    term_services.adopt(user=translator_de, proposal=proposal)
    with pytest.raises(Refused, match="already been decided"):
        term_services.decline(user=translator_de, proposal=proposal, reason="Doch nicht.")
