"""Who may register for a session, the registrations themselves, and attendance."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def new_calendar_token():
    return secrets.token_urlsafe(32)


def new_check_in_code():
    return "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


class SessionAccess(models.Model):
    """The registration rules of one workshop session."""

    session = models.OneToOneField(
        "academy.WorkshopSession", on_delete=models.CASCADE, related_name="access"
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="session_access",
    )
    open_to_members = models.BooleanField(_("any signed-in member may register"), default=False)
    restricted_role = models.ForeignKey(
        "academy.Role",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("only for people in this role"),
    )
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="facilitated_sessions"
    )
    check_in_code = models.CharField(max_length=6, default=new_check_in_code)

    panels = [
        FieldPanel("session"),
        FieldPanel("cohort"),
        FieldPanel("open_to_members"),
        FieldPanel("restricted_role"),
        FieldPanel("registration_closes_at"),
        FieldPanel("facilitators"),
    ]

    def __str__(self):
        return f"access to session {self.session_id}"


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Attendance(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


ATTENDED = (Attendance.PRESENT, Attendance.LATE)


class Registration(models.Model):
    session = models.ForeignKey(
        "academy.WorkshopSession", on_delete=models.CASCADE, related_name="registrations"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(max_length=12, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(default=timezone.now)
    # FIFO order of the waiting list is (waitlisted_at, pk).
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    attendance = models.CharField(max_length=8, choices=Attendance.choices, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "person"], name="one_registration_per_person"
            ),
        ]
        indexes = [
            models.Index(fields=["session", "status", "waitlisted_at"], name="registration_queue")
        ]

    def __str__(self):
        return f"{self.person} → session {self.session_id} ({self.status})"


class CalendarToken(models.Model):
    """The secret in a person's private calendar feed URL; resetting it revokes the old URL."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar"
    )
    token = models.CharField(max_length=43, unique=True, default=new_calendar_token)

    def __str__(self):
        return f"calendar of {self.person}"
