"""Loads the demo's role words, proposals and votes from demo/terms_content.py.
Idempotent like the page loader: what exists already is left alone."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from academy.accounts.rules import COORDINATORS_GROUP
from academy.demo import terms_content as data
from academy.demo.translated import set_translated
from academy.models import (
    ProposalComment,
    ProposalVote,
    Role,
    Term,
    TermLocale,
    TermProposal,
    TrackPage,
)
from academy.terminology.services import save_term

GROUPS_BY_USER = {
    "translator_de": "Translators (de)",
    "translator_pl": "Translators (pl)",
    "translator_ar": "Translators (ar)",
    "coordinator": COORDINATORS_GROUP,
}


def load_terms(users, stdout=None):
    """`users` maps the demo's person keys ("learner", "translator_de", …) to users."""
    for key, group_name in GROUPS_BY_USER.items():
        users[key].groups.add(Group.objects.get(name=group_name))
    for code, genders in data.LOCALE_GENDERS.items():
        TermLocale.objects.filter(code=code).update(genders=genders)
    roles = {role.key: role for role in Role.objects.all()}
    for key, (singular, plural) in data.ENGLISH_DEFAULTS.items():
        role = roles[key]
        role.singular, role.plural = singular, plural
        set_translated(role, "description", data.DESCRIPTIONS[key])
        role.save()
    adopted = {(p["role"], p["locale"]) for p in data.PROPOSALS if p["status"] == "adopted"}
    author = users["admin"]
    for key, by_locale in data.TERMS.items():
        for code, forms in by_locale.items():
            if (key, code) in adopted or Term.objects.filter(role=roles[key], locale=code).exists():
                continue
            save_term(
                role=roles[key], locale=code, forms=forms, author=author, reason="Demo: first words"
            )
    for override in data.TRACK_OVERRIDES:
        track = TrackPage.objects.filter(slug_en=override["track"]).first()
        role = roles[override["role"]]
        if (
            track
            and not Term.objects.filter(role=role, locale=override["locale"], track=track).exists()
        ):
            save_term(
                role=role,
                locale=override["locale"],
                track=track,
                forms=override["forms"],
                author=users["coordinator"],
                reason="Demo: this track's own word",
            )
    if not TermProposal.objects.exists():
        for spec in data.PROPOSALS:
            _proposal(spec, roles, users)


def _proposal(spec, roles, users):
    now = timezone.now()
    proposal = TermProposal.objects.create(
        role=roles[spec["role"]],
        locale=spec["locale"],
        forms=spec["forms"],
        rationale=spec["rationale"],
        proposer=users[spec["proposer"]],
        closes_at=now + timedelta(days=spec["closes_in_days"]) if spec["closes_in_days"] else None,
    )
    for voter, choice in spec["votes"]:
        ProposalVote.objects.create(proposal=proposal, voter=users[voter], choice=choice)
    for author, body in spec["comments"]:
        ProposalComment.objects.create(proposal=proposal, author=users[author], body=body)
    if spec["status"] == "adopted":
        decider = users[spec["decided_by"]]
        save_term(
            role=proposal.role,
            locale=proposal.locale,
            forms=proposal.forms,
            author=decider,
            reason="Adopted after the community vote.",
            proposal=proposal,
        )
        proposal.status = "adopted"
        proposal.decided_by = decider
        proposal.decided_at = now
        proposal.save(update_fields=["status", "decided_by", "decided_at"])
