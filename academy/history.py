"""A shared shape for status histories (enrolments, pairings, …)."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class StatusChange(models.Model):
    """One change of status: from what, to what, by whom, with what message."""

    old_status = models.CharField(max_length=12, blank=True)
    new_status = models.CharField(max_length=12)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.old_status} → {self.new_status}"
