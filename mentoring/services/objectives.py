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


def update_objective(objective, **fields):
    """Change the active objective in place; a closed one stays as it was written."""
    if objective.status != ObjectiveStatus.ACTIVE:
        raise Refused(_("This objective is already closed."), code="closed")
    for name, value in fields.items():
        setattr(objective, name, value)
    objective.save(update_fields=list(fields))
    return objective


def save_objective(person, *, editing=None, **fields):
    """Set a first objective, or change the active one when it is the one being edited.
    A second "set" (another tab, a double click) never overwrites the active objective."""
    active = LearningObjective.objects.filter(person=person, status=ObjectiveStatus.ACTIVE).first()
    if active is None:
        return set_objective(person, **fields)
    if editing != active.pk:
        raise Refused(
            _("You already have an active objective. Complete or drop it first."), code="one_active"
        )
    return update_objective(active, **fields)


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
