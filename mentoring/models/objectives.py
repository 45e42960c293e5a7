"""One learning objective at a time, kept as a timeline."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ObjectiveStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    DROPPED = "dropped", _("Dropped")


class LearningObjective(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="objectives"
    )
    statement = models.CharField(_("my objective"), max_length=300)
    why = models.TextField(_("why it matters"), max_length=2000, blank=True)
    evidence = models.TextField(_("how I will know I have grown"), max_length=2000, blank=True)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    supporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supported_objectives",
    )
    status = models.CharField(
        max_length=10, choices=ObjectiveStatus.choices, default=ObjectiveStatus.ACTIVE
    )
    reflection = models.TextField(_("reflection"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(status=ObjectiveStatus.ACTIVE),
                name="one_active_objective_per_person",
            )
        ]

    def __str__(self):
        return self.statement
