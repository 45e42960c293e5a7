"""Loads the demo's role descriptions, words, proposals and votes from demo/data/roles.toml,
terms.toml and proposals.toml. Idempotent like the page loader: what exists already is left
alone. Proposals are made, voted on and decided through the terminology services, as on the
site, so a decision also tells the proposer by email."""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from academy.demo.files import read_toml
from academy.demo.translated import set_translated
from academy.models import ProposalStatus, Role, Term, TermProposal, TrackPage, VoteChoice
from academy.terminology.services import (
    add_comment,
    adopt,
    cast_vote,
    decline,
    propose,
    save_term,
)

DATA = Path(__file__).parent / "data"


def load_terms(people):
    """`people` maps the demo's person keys ("learner", "translator_de", …) to users."""
    roles = {role.key: role for role in Role.objects.all()}
    for key, data in read_toml(DATA / "roles.toml").items():
        set_translated(roles[key], "description", data["description"])
        roles[key].save()
    data = read_toml(DATA / "terms.toml")
    first_words = data["first_words"]
    for key, by_locale in data["terms"].items():
        for code, forms in by_locale.items():
            if Term.objects.filter(role=roles[key], locale=code).exists():
                continue
            save_term(
                role=roles[key],
                locale=code,
                forms=forms,
                author=people[first_words["author"]],
                reason=first_words["reason"],
            )
    track_words = data["track_words"]
    for spec in data["track_terms"]:
        track = TrackPage.objects.filter(slug_en=spec["track"]).first()
        role = roles[spec["role"]]
        if track is None:
            continue
        if Term.objects.filter(role=role, locale=spec["locale"], track=track).exists():
            continue
        save_term(
            role=role,
            locale=spec["locale"],
            track=track,
            forms=spec["forms"],
            author=people[track_words["author"]],
            reason=track_words["reason"],
        )
    if not TermProposal.objects.exists():
        for spec in read_toml(DATA / "proposals.toml")["proposals"]:
            _proposal(spec, roles, people)


def _proposal(spec, roles, people):
    closes_in_days = spec.get("closes_in_days")
    proposal = propose(
        user=people[spec["proposer"]],
        role=roles[spec["role"]],
        locale=spec["locale"],
        forms=spec["forms"],
        rationale=spec["rationale"],
        closes_at=timezone.now() + timedelta(days=closes_in_days) if closes_in_days else None,
    )
    for voter, choice in spec.get("votes", {}).items():
        cast_vote(user=people[voter], proposal=proposal, choice=VoteChoice(choice))
    for comment in spec.get("comments", []):
        add_comment(user=people[comment["author"]], proposal=proposal, body=comment["body"])
    status = ProposalStatus(spec["status"])
    if status == ProposalStatus.ADOPTED:
        adopt(user=people[spec["decided_by"]], proposal=proposal, reason=spec["decision_reason"])
    elif status == ProposalStatus.DECLINED:
        decline(user=people[spec["decided_by"]], proposal=proposal, reason=spec["decision_reason"])
