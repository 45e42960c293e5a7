"""A person's data exports, and the record that an account was deleted."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EXPORT_LIFETIME = timedelta(hours=24)


def new_export_token():
    return secrets.token_urlsafe(32)


def export_expiry():
    return timezone.now() + EXPORT_LIFETIME


class DataExport(models.Model):
    """One download of a person's data. Built by a task; the link is private to its
    owner and stops working after EXPORT_LIFETIME, when the row is purged."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="data_exports",
        verbose_name=_("person"),
    )
    token = models.CharField(max_length=43, unique=True, default=new_export_token)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), default=export_expiry)
    ready_at = models.DateTimeField(_("ready"), null=True, blank=True)
    content = models.BinaryField(default=b"", editable=False)
    filename = models.CharField(max_length=80, blank=True)
    content_type = models.CharField(max_length=60, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")

    def __str__(self):
        return f"export {self.pk}"

    @property
    def expired(self):
        return self.expires_at <= timezone.now()


class DeletionRecord(models.Model):
    """That an account was deleted, when, and, when a coordinator did it on the
    person's request, who and why. Nothing here identifies the person."""

    deleted_at = models.DateTimeField(_("deleted"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("deleted by"),
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-deleted_at"]
        verbose_name = _("account deletion")
        verbose_name_plural = _("account deletions")

    def __str__(self):
        return f"deletion {self.pk}"
