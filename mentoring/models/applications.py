"""Offers to mentor, and requests for one that wait for a coordinator."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class MentorApplication(models.Model):
    """A person offers support in some skills. Graduates of a track are eligible; anyone
    may offer specific skills (reverse mentoring). A coordinator decides."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_applications"
    )
    skills = models.ManyToManyField("academy.Skill", related_name="+", verbose_name=_("skills"))
    motivation = models.TextField(_("why you want to support others"), max_length=2000)
    organisation = models.CharField(_("organisation or community"), max_length=120, blank=True)
    graduate = models.BooleanField(default=False)  # had completed a track when applying
    status = models.CharField(
        max_length=10, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(_("message"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(status=ApplicationStatus.PENDING),
                name="one_pending_mentor_application",
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.status})"


class SupportRequest(models.Model):
    """A person asks coordinators to find them support, with what they asked the matcher."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="support_requests"
    )
    skills = models.ManyToManyField("academy.Skill", related_name="+")
    languages = models.JSONField(default=list)
    waive_language = models.BooleanField(default=False)
    note = models.TextField(_("anything else we should know"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(closed_at__isnull=True),
                name="one_open_support_request",
            )
        ]

    def __str__(self):
        return f"request by {self.person}"
