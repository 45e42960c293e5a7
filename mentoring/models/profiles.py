"""Mentor profiles: what a person offers, and whether they can take someone on now."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentoring.models.pairings import PairingStatus


class MentorProfileQuerySet(models.QuerySet):
    def available(self, today):
        """Active people who are neither paused nor away on `today` (full or not)."""
        return self.filter(person__is_active=True, paused=False).filter(
            models.Q(away_until__isnull=True) | models.Q(away_until__lt=today)
        )

    def with_load(self):
        """Annotate `load`: how many active pairings each mentor has now."""
        return self.annotate(
            load=models.Count(
                "person__pairings_as_mentor",
                filter=models.Q(person__pairings_as_mentor__status=PairingStatus.ACTIVE),
            )
        )


class MentorProfile(models.Model):
    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    skills = models.ManyToManyField(
        "academy.Skill", blank=True, related_name="mentors", verbose_name=_("skills offered")
    )
    organisation = models.CharField(_("organisation or community"), max_length=120, blank=True)
    introduction = models.TextField(_("introduction"), max_length=1000, blank=True)
    capacity = models.PositiveSmallIntegerField(_("most people at once"), default=2)
    away_until = models.DateField(_("away until"), null=True, blank=True)
    paused = models.BooleanField(_("paused"), default=False)
    quiet_after_days = models.PositiveSmallIntegerField(
        _("flag people as quiet after this many days without news"), default=21
    )
    approved_at = models.DateTimeField(default=timezone.now)

    objects = MentorProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer of support")
        verbose_name_plural = _("offers of support")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="mentor_capacity_positive"
            )
        ]

    def __str__(self):
        return str(self.person)

    def is_away(self, today=None):
        return self.paused or (
            self.away_until is not None and self.away_until >= (today or timezone.localdate())
        )
