"""A circle, the people in it, and its meetings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.dates import field_errors_outside_planning_range
from academy.security import validate_no_direction_controls


class Circle(models.Model):
    name = models.CharField(_("name"), max_length=120, validators=[validate_no_direction_controls])
    purpose = models.TextField(
        _("what the circle is for"), max_length=2000, validators=[validate_no_direction_controls]
    )
    host = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("host"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="hosted_circles",
    )
    every_weeks = models.PositiveSmallIntegerField(_("meets every (weeks)"), default=4)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("reflection circle")
        verbose_name_plural = _("reflection circles")
        constraints = [
            models.CheckConstraint(
                condition=Q(every_weeks__gte=1) & Q(every_weeks__lte=52),
                name="circle_meets_every_1_to_52_weeks",
            )
        ]

    def __str__(self):
        return self.name


class CircleMember(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="circle_memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["circle", "person"], name="one_membership_per_circle")
        ]

    def __str__(self):
        return f"{self.person_id} in circle {self.circle_id}"


class Meeting(models.Model):
    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="meetings")
    starts_at = models.DateTimeField(_("meets on"))
    prompt = models.CharField(
        _("prompt"),
        max_length=300,
        validators=[validate_no_direction_controls],
        help_text=_("The question the circle reflects on at this meeting."),
    )
    notes = models.TextField(
        _("shared notes"), max_length=8000, blank=True, validators=[validate_no_direction_controls]
    )
    notes_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    story_round = models.OneToOneField(
        "academy.Round",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="circle_meeting",
    )

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("circle meeting")
        verbose_name_plural = _("circle meetings")

    def __str__(self):
        return f"{self.circle} {self.starts_at:%Y-%m-%d}"

    def clean(self):
        errors = field_errors_outside_planning_range(self, ["starts_at"])
        if errors:
            raise ValidationError(errors)

    @property
    def has_met(self):
        return self.starts_at <= timezone.now()
