"""One active learning objective per person; the database enforces it."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from mentoring.models import LearningObjective, ObjectiveStatus


def set_objective(person, **fields):
    try:
        with transaction.atomic():
            return LearningObjective.objects.create(person=person, **fields)
    except IntegrityError:
        raise Refused(
            _("You already have an active objective. Complete or drop it first."), code="one_active"
        ) from None


def close_objective(objective, *, completed, reflection):
    if objective.status != ObjectiveStatus.ACTIVE:
        raise Refused(_("This objective is already closed."), code="closed")
    if not reflection.strip():
        raise Refused(
            _("Write a short reflection before you close the objective."), code="reflection"
        )
    objective.status = ObjectiveStatus.COMPLETED if completed else ObjectiveStatus.DROPPED
    objective.reflection = reflection.strip()
    objective.closed_at = timezone.now()
    objective.save(update_fields=["status", "reflection", "closed_at"])
    return objective
