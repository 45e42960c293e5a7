"""Badges, the awards of them to people, and the site's signing key for development.

An award is unique per person and badge; revoking keeps the row (with when, by whom and
why), so a rule never awards the same badge again and the credential's page can say it
was revoked."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from academy.growth.badges.rules import badge_rules


class RuleSelect(forms.Select):
    """The rules every app registered, read when the admin form is built."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs, [("", _("Only by hand")), *badge_rules.choices()])


class Badge(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=1000)
    criteria = models.TextField(_("how it is earned"), max_length=1000)
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    # The key of a rule in academy.growth.badges.rules.badge_rules; blank: awarded by hand.
    rule = models.CharField(_("awarded when"), max_length=60, blank=True, db_index=True)
    threshold = models.PositiveSmallIntegerField(
        _("how many times"),
        default=1,
        help_text=_("For rules that count: how many sessions, pairings or tracks it takes."),
    )
    skills = models.ManyToManyField(
        "academy.Skill", blank=True, related_name="badges", verbose_name=_("skills it shows")
    )
    position = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("key")]),
        FieldPanel("description"),
        FieldPanel("criteria"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("rule", widget=RuleSelect), FieldPanel("threshold")]),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(threshold__gte=1), name="badge_threshold_positive"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.rule and self.rule not in badge_rules:
            raise ValidationError({"rule": _("Choose one of the rules offered.")})


class AwardQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def public(self):
        """What others may see: neither revoked nor hidden by the person."""
        return self.valid().filter(shown=True)


class Award(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    badge = models.ForeignKey(Badge, on_delete=models.PROTECT, related_name="awards")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badge_awards"
    )
    awarded_at = models.DateTimeField(default=timezone.now)
    # Who awarded it by hand, and why; empty when a rule awarded it.
    awarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    # The credential names the person by a salted hash of their email, taken at award time.
    salt = models.CharField(max_length=32)
    identity_hash = models.CharField(max_length=80)
    shown = models.BooleanField(_("show on my page"), default=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoke_reason = models.TextField(_("reason for revoking"), max_length=1000, blank=True)

    objects = AwardQuerySet.as_manager()

    class Meta:
        ordering = ["-awarded_at", "pk"]
        verbose_name = _("badge award")
        verbose_name_plural = _("badge awards")
        constraints = [
            models.UniqueConstraint(
                fields=["badge", "person"], name="one_award_per_badge_and_person"
            )
        ]

    def __str__(self):
        return f"{self.badge} → {self.person}"

    @property
    def revoked(self):
        return self.revoked_at is not None


class SigningKey(models.Model):
    """Development and demo only: the key generated on first use when no key comes from
    the environment (production requires ACADEMY_BADGE_SIGNING_KEY and never uses this)."""

    slot = models.PositiveSmallIntegerField(unique=True, default=1)
    private_pem = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"badge signing key {self.slot}"
