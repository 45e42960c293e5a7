"""Recording a check-in: each person of the pair keeps their own notes and feedback."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from mentoring.models import CheckIn, Feedback, PairingStatus

FEEDBACK_FIELDS = ("notes", "rating", "working_well", "could_change")


@transaction.atomic
def record_check_in(*, actor, check_in, **feedback):
    """Mark the check-in met (once: the first person to record it sets the time) and
    keep the actor's own feedback. Nobody overwrites the other person's notes."""
    pairing = check_in.pairing
    if not pairing.involves(actor):
        raise PermissionDenied
    if pairing.status != PairingStatus.ACTIVE:
        raise Refused(_("Check-ins are recorded while the pairing is active."), code="not_active")
    if check_in.met_at is None:
        met_at = timezone.now()
        if CheckIn.objects.filter(pk=check_in.pk, met_at__isnull=True).update(met_at=met_at):
            check_in.met_at = met_at
    item, _created = Feedback.objects.update_or_create(
        check_in=check_in,
        author=actor,
        defaults={key: feedback[key] for key in FEEDBACK_FIELDS},
    )
    return item
