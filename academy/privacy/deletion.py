"""Leaving the academy: one transaction that removes a person's data and keeps
what others and the figures depend on, pointing to an anonymous placeholder."""

import uuid

from django.db import transaction
from django.utils import timezone

from academy.accounts.models import User
from academy.privacy.models import DataExport, DeletionRecord
from academy.privacy.registry import personal_data


def new_placeholder():
    """An account that stands for one former member: no name, no email, no way in."""
    placeholder = User(
        username=f"former-{uuid.uuid4().hex}", is_active=False, is_former_member=True
    )
    placeholder.set_unusable_password()
    placeholder.save()
    return placeholder


@transaction.atomic
def delete_account(person, *, requested_by=None, reason=""):
    """Delete `person`. Departure hooks release what they held (seats, places, open
    pairings, each with its usual notices); then every registered rule is applied and
    the account itself is deleted, which ends its sessions and tokens."""
    person = User.objects.select_for_update().get(pk=person.pk)
    placeholder = new_placeholder()
    for leave in personal_data.departures:
        leave(person)
    kept = sum(entry.apply(person, placeholder) for entry in personal_data)
    DeletionRecord.objects.create(requested_by=requested_by, reason=reason.strip())
    person.delete()
    if not kept:
        placeholder.delete()
    return kept


def purge_expired_exports(now=None):
    return DataExport.objects.filter(expires_at__lte=now or timezone.now()).delete()[0]
