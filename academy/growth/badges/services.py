"""Awarding and revoking badges. Every path to an award goes through `_grant`, a
get_or_create under the database's one-award-per-person-and-badge constraint, so a rule
that fires twice, a catch-up run beside an event, or two catch-up runs at once still give
one award. A revoked award keeps its row and is never given again by a rule."""

import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import require_coordinator
from academy.errors import Refused
from academy.growth.badges.models import Award, Badge
from academy.growth.badges.rules import badge_rules

REASON_MAX = 1000


def identity_hash(email, salt):
    """OB 3.0 hashed identity: "sha256$" and the hex digest of the address and the salt."""
    return "sha256$" + hashlib.sha256(f"{email.strip().lower()}{salt}".encode()).hexdigest()


def _grant(badge, person, **fields):
    """(award, created). Safe against a concurrent grant of the same badge."""
    salt = secrets.token_hex(16)
    with transaction.atomic():
        return Award.objects.get_or_create(
            badge=badge,
            person=person,
            defaults={
                "salt": salt,
                "identity_hash": identity_hash(person.email, salt),
                "awarded_at": timezone.now(),
                **fields,
            },
        )


def _reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise Refused(_("Say in a few words why."), code="reason")
    if len(reason) > REASON_MAX:
        raise Refused(_("Keep the reason under 1,000 characters."), code="reason_length")
    return reason


def award_by_hand(*, actor, badge, person, reason):
    """A coordinator awards any badge, with a reason. A revoked award is restored."""
    require_coordinator(actor)
    reason = _reason(reason)
    if not person.is_active:
        raise Refused(_("This account is closed."), code="inactive")
    award, created = _grant(badge, person, awarded_by=actor, reason=reason)
    if created:
        return award
    if not award.revoked:
        raise Refused(_("This person already has this badge."), code="duplicate")
    award.revoked_at, award.revoked_by, award.revoke_reason = None, None, ""
    award.awarded_by, award.reason, award.awarded_at = actor, reason, timezone.now()
    award.save(
        update_fields=[
            "revoked_at",
            "revoked_by",
            "revoke_reason",
            "awarded_by",
            "reason",
            "awarded_at",
        ]
    )
    return award


@transaction.atomic
def revoke(*, actor, award, reason):
    require_coordinator(actor)
    reason = _reason(reason)
    award = Award.objects.select_for_update().get(pk=award.pk)
    if award.revoked:
        raise Refused(_("This badge has already been revoked."), code="revoked")
    award.revoked_at, award.revoked_by, award.revoke_reason = timezone.now(), actor, reason
    award.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    return award


def _people():
    return get_user_model().objects.filter(is_active=True)


def evaluate(person_id, rule_keys):
    """When a fact changes: award this person each badge of these rules they now meet.
    Returns the new awards."""
    badges = Badge.objects.filter(rule__in=list(rule_keys)).exclude(awards__person_id=person_id)
    new = []
    for badge in badges:
        rule = badge_rules.get(badge.rule)
        if rule is None:
            continue
        person = rule.meets(badge.threshold, _people().filter(pk=person_id)).first()
        if person is not None:
            award, created = _grant(badge, person)
            if created:
                new.append(award)
    return new


def evaluate_later(person_id, rule_keys):
    """Evaluate once the transaction that changed the fact has committed."""
    keys = tuple(rule_keys)
    transaction.on_commit(lambda: evaluate(person_id, keys))


def catch_up(badges=None):
    """Award every badge by rule to everyone who meets it and does not have it yet.
    Safe to run at any time and in parallel. Returns {badge key: awards made}."""
    made = {}
    for badge in badges if badges is not None else Badge.objects.exclude(rule=""):
        rule = badge_rules.get(badge.rule)
        if rule is None:
            continue
        waiting = rule.meets(badge.threshold, _people().exclude(badge_awards__badge=badge))
        made[badge.key] = sum(_grant(badge, person)[1] for person in waiting.iterator())
    return made


def choose_shown(person, shown_uuids):
    """The person picks which of their badges their public page shows."""
    awards = Award.objects.filter(person=person)
    awards.filter(uuid__in=shown_uuids).update(shown=True)
    awards.exclude(uuid__in=shown_uuids).update(shown=False)
