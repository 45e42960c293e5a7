"""Workshop sessions: the dated occurrences of a workshop, edited inline on its page."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from academy.dates import field_errors_outside_planning_range
from academy.formats import format_time
from academy.timezones import get_zone, validate_time_zone


class SessionFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class WorkshopSession(models.Model):
    """One sitting of a workshop. The start is stored in UTC; the organiser's zone is
    kept so the organiser's local time can be shown beside the viewer's."""

    workshop = ParentalKey(
        "academy.WorkshopPage", on_delete=models.CASCADE, related_name="sessions"
    )
    start = models.DateTimeField(_("starts at"), db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=90)
    time_zone = models.CharField(
        _("organiser's time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    format = models.CharField(
        _("format"), max_length=16, choices=SessionFormat.choices, default=SessionFormat.ONLINE
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    capacity = models.PositiveIntegerField(_("seats"), default=20)
    # Seats held by registrations. The cohorts app takes and frees them with
    # conditional updates; the check constraint below makes overselling impossible.
    seats_taken = models.PositiveIntegerField(_("seats taken"), default=0, editable=False)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    # RFC 5545 SEQUENCE: raised whenever the time or status changes, so calendars update.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("time_zone")]),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("capacity")]),
        FieldRowPanel([FieldPanel("format"), FieldPanel("language")]),
        FieldPanel("place"),
        FieldPanel("online_url"),
        FieldPanel("cancelled"),
    ]

    class Meta:
        ordering = ["start"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gt=0), name="session_duration_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="session_capacity_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(seats_taken__lte=models.F("capacity")),
                name="session_never_oversold",
            ),
        ]

    def __str__(self):
        return f"{self.workshop.title} — {self.start:%Y-%m-%d %H:%M} UTC"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            fields = ("start", "duration_minutes", "cancelled")
            before = type(self).objects.filter(pk=self.pk).values(*fields).first()
            if before is not None and before != {name: getattr(self, name) for name in fields}:
                self.sequence += 1
        super().save(*args, **kwargs)

    @property
    def end(self):
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def organiser_start(self):
        """The start in the organiser's own zone."""
        return self.start.astimezone(get_zone(self.time_zone))

    @property
    def organiser_time(self):
        """The time of day in the organiser's zone, in the reader's language, pre-formatted:
        template filters would convert it back to the viewer's zone."""
        return format_time(self.start, zone=get_zone(self.time_zone))

    @property
    def is_online(self):
        return self.format in (SessionFormat.ONLINE, SessionFormat.HYBRID)

    @property
    def is_in_person(self):
        return self.format in (SessionFormat.IN_PERSON, SessionFormat.HYBRID)

    @property
    def seats_left(self):
        return max(self.capacity - self.seats_taken, 0)

    def clean(self):
        errors = {}
        if self.is_in_person and not self.place:
            errors["place"] = _("Say where an in-person or hybrid session takes place.")
        if self.format == SessionFormat.ONLINE and not self.online_url:
            errors["online_url"] = _("Give the link people use to join an online session.")
        if self.format == SessionFormat.HYBRID and not self.online_url:
            errors["online_url"] = _("A hybrid session needs a link for people joining online.")
        errors.update(field_errors_outside_planning_range(self, ["start"]))
        if errors:
            raise ValidationError(errors)
