"""Changing the academy's words: edits, reverts, proposals, votes and decisions.

Views, the admin and the demo all call these functions; each change is one
transaction and leaves a revision behind."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.errors import Refused
from academy.formats import format_date
from academy.security import DIRECTION_CONTROLS_MESSAGE, contains_direction_controls
from academy.terminology.grammar import UNCOUNTED, plural_categories
from academy.terminology.models import (
    ProposalComment,
    ProposalStatus,
    ProposalVote,
    Term,
    TermLocale,
    TermProposal,
    TermRevision,
)
from academy.terminology.rules import can_decide_proposal, can_edit_terms
from academy.terminology.tasks import notify_proposal_decided

MAX_WORD_LENGTH = 60


def form_slots(locale: str, term_locale=None):
    """The (gender, category) pairs a language needs, in display order."""
    if term_locale is None:
        term_locale = TermLocale.objects.filter(code=locale).first()
    genders = term_locale.form_genders if term_locale else ["neutral"]
    categories = (*plural_categories(locale), *UNCOUNTED)
    return [(gender, category) for gender in genders for category in categories]


def clean_forms(raw: dict, locale: str, slots=None) -> dict:
    """Keep only the forms the language has, trimmed; the neutral 'other' form is
    required because every missing form falls back to it."""
    slots = slots if slots is not None else form_slots(locale)
    forms = {}
    for gender, category in slots:
        word = str((raw.get(gender) or {}).get(category) or "").strip()
        if len(word) > MAX_WORD_LENGTH:
            raise Refused(
                _("Each word can be at most %(limit)d characters long."),
                code="too_long",
                params={"limit": MAX_WORD_LENGTH},
            )
        if contains_direction_controls(word):
            raise Refused(DIRECTION_CONTROLS_MESSAGE, code="direction_controls")
        if word:
            forms.setdefault(gender, {})[category] = word
    if not forms.get("neutral", {}).get("other"):
        raise Refused(_("Give at least the general plural form."), code="other_required")
    return forms


@transaction.atomic
def save_term(*, role, locale, forms, author, reason, track=None, proposal=None):
    """Make `forms` the live word. Returns the revision, or None when nothing changed."""
    term = Term.objects.select_for_update().filter(role=role, locale=locale, track=track).first()
    old_forms = term.forms if term else {}
    if old_forms == forms:
        return None
    if term is None:
        Term.objects.create(role=role, locale=locale, track=track, forms=forms)
    else:
        term.forms = forms
        term.save(update_fields=["forms", "updated_at"])
    return TermRevision.objects.create(
        role=role,
        locale=locale,
        track=track,
        author=author,
        reason=reason,
        old_forms=old_forms,
        new_forms=forms,
        proposal=proposal,
    )


def edit_term(*, user, role, locale, forms, reason, track=None):
    if not can_edit_terms(user, locale):
        raise PermissionDenied
    return save_term(
        role=role,
        locale=locale,
        forms=clean_forms(forms, locale),
        author=user,
        reason=reason,
        track=track,
    )


@transaction.atomic
def revert_revision(*, user, revision):
    """Undo one change: the term goes back to the forms it had before it. Undoing
    the first version removes the term, so the word falls back again."""
    if not can_edit_terms(user, revision.locale):
        raise PermissionDenied
    term = Term.objects.select_for_update().filter(
        role=revision.role, locale=revision.locale, track=revision.track
    )
    current = term.first()
    current_forms = current.forms if current else {}
    target = revision.old_forms
    if current_forms == target:
        return None
    if target:
        Term.objects.update_or_create(
            role=revision.role,
            locale=revision.locale,
            track=revision.track,
            defaults={"forms": target},
        )
    else:
        term.delete()
    return TermRevision.objects.create(
        role=revision.role,
        locale=revision.locale,
        track=revision.track,
        author=user,
        reason=_("Reverted the change of %(date)s.") % {"date": format_date(revision.created_at)},
        old_forms=current_forms,
        new_forms=target,
        reverts=revision,
    )


def propose(*, user, role, locale, forms, rationale, closes_at=None):
    if not user.is_authenticated:
        raise PermissionDenied
    if closes_at is not None and closes_at <= timezone.now():
        raise Refused(_("The closing date must be in the future."), code="closes_in_past")
    return TermProposal.objects.create(
        role=role,
        locale=locale,
        forms=clean_forms(forms, locale),
        rationale=rationale.strip(),
        proposer=user,
        closes_at=closes_at,
    )


def _require_voting_open(proposal):
    if not proposal.voting_open:
        raise Refused(_("This proposal is closed."), code="closed")


def cast_vote(*, user, proposal, choice):
    """One vote per person; voting again changes the vote."""
    if not user.is_authenticated:
        raise PermissionDenied
    _require_voting_open(proposal)
    vote, _created = ProposalVote.objects.update_or_create(
        proposal=proposal, voter=user, defaults={"choice": choice}
    )
    return vote


def add_comment(*, user, proposal, body):
    if not user.is_authenticated:
        raise PermissionDenied
    _require_voting_open(proposal)
    body = body.strip()
    if not body:
        raise Refused(_("Write something before you send the comment."), code="empty")
    return ProposalComment.objects.create(proposal=proposal, author=user, body=body)


def _decide(proposal, user, status, reason):
    proposal.status = status
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.decision_reason = reason
    proposal.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
    transaction.on_commit(lambda: notify_proposal_decided.enqueue(proposal.pk))


@transaction.atomic
def adopt(*, user, proposal, reason=""):
    """Make the proposal the live word everywhere, at once."""
    proposal = TermProposal.objects.select_for_update().get(pk=proposal.pk)
    if not can_decide_proposal(user, proposal.locale):
        raise PermissionDenied
    if not proposal.is_open:
        raise Refused(_("This proposal has already been decided."), code="decided")
    save_term(
        role=proposal.role,
        locale=proposal.locale,
        forms=proposal.forms,
        author=user,
        reason=reason or _("Adopted the community's proposal."),
        proposal=proposal,
    )
    _decide(proposal, user, ProposalStatus.ADOPTED, reason)
    return proposal


@transaction.atomic
def decline(*, user, proposal, reason):
    proposal = TermProposal.objects.select_for_update().get(pk=proposal.pk)
    if not can_decide_proposal(user, proposal.locale):
        raise PermissionDenied
    if not proposal.is_open:
        raise Refused(_("This proposal has already been decided."), code="decided")
    if not reason.strip():
        raise Refused(_("Say why the proposal is declined."), code="reason_required")
    _decide(proposal, user, ProposalStatus.DECLINED, reason.strip())
    return proposal
