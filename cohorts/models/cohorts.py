"""Cohorts (one run of a track) and the enrolments of the people in them."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from academy.dates import field_errors_outside_planning_range
from academy.history import StatusChange
from academy.models import SessionFormat


class SelectionMode(models.TextChoices):
    OPEN = "open", _("Open: first come, first served")
    APPLICATION = "application", _("By application")


class Cohort(ClusterableModel):
    track = models.ForeignKey("academy.TrackPage", on_delete=models.CASCADE, related_name="cohorts")
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    start_date = models.DateField(_("starts"))
    end_date = models.DateField(_("ends"))
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    format = models.CharField(_("format"), max_length=16, choices=SessionFormat.choices)
    capacity = models.PositiveIntegerField(_("places"))
    enrolment_opens = models.DateTimeField(_("enrolment opens"))
    enrolment_closes = models.DateTimeField(_("enrolment closes"))
    selection_mode = models.CharField(
        _("selection"), max_length=12, choices=SelectionMode.choices, default=SelectionMode.OPEN
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coordinated_cohorts",
        verbose_name=_("run by"),
    )
    completion_min_sessions = models.PositiveSmallIntegerField(
        _("sessions to attend for completion"), default=1
    )

    panels = [
        FieldPanel("track"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("language"), FieldPanel("format"), FieldPanel("capacity")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
                FieldPanel("selection_mode"),
                InlinePanel("questions", label=_("Application questions")),
            ],
            heading=_("Enrolment"),
        ),
        FieldPanel("coordinators"),
        FieldPanel("completion_min_sessions"),
    ]

    class Meta:
        ordering = ["start_date", "pk"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        constraints = [
            models.UniqueConstraint(fields=["track", "slug"], name="cohort_slug_unique_in_track"),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="cohort_dates"
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="cohort_capacity_positive"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """Dates within the planning range, in order, with a translated error each."""
        errors = field_errors_outside_planning_range(
            self, ["start_date", "end_date", "enrolment_opens", "enrolment_closes"]
        )
        if not errors and self.end_date < self.start_date:
            errors["end_date"] = _("A cohort cannot end before it starts.")
        if not errors and self.enrolment_closes <= self.enrolment_opens:
            errors["enrolment_closes"] = _("Enrolment must close after it opens.")
        if errors:
            raise ValidationError(errors)

    @property
    def enrolment_is_open(self):
        return self.enrolment_opens <= timezone.now() < self.enrolment_closes


class ApplicationQuestion(models.Model):
    cohort = ParentalKey(Cohort, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    position = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("text")]

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text


class EnrolmentStatus(models.TextChoices):
    APPLIED = "applied", _("Applied")
    ENROLLED = "enrolled", _("Enrolled")
    WAITLISTED = "waitlisted", _("On the waiting list")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")


HOLDS_PLACE = (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)


class Enrolment(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="enrolments")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(max_length=12, choices=EnrolmentStatus.choices)
    answers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # When the person joined the waiting list; FIFO order is (waitlisted_at, pk).
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    completion_code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "person"], name="one_enrolment_per_cohort")
        ]

    def __str__(self):
        return f"{self.person} in {self.cohort} ({self.status})"


class EnrolmentEvent(StatusChange):
    """The history of an enrolment: every change of status, who made it and why."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="events")

    class Meta(StatusChange.Meta):
        pass
