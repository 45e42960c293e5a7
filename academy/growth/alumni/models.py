from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from academy.security import validate_no_direction_controls


class Destination(models.TextChoices):
    ORGANISATION = "organisation", _("Another organisation")
    ROLE = "role", _("A new role")
    UNSAID = "unsaid", _("I'd rather not say")


class AlumniStatus(models.Model):
    """That a person has moved on, and where, as they chose to tell it."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alumni_status"
    )
    moved_on_on = models.DateField(_("moved on on"), default=date.today)
    destination = models.CharField(
        _("moved on to"), max_length=16, choices=Destination.choices, default=Destination.UNSAID
    )
    where = models.CharField(
        _("where"),
        max_length=160,
        blank=True,
        validators=[validate_no_direction_controls],
        help_text=_("The organisation or the role, in your own words."),
    )
    share_with_coordinators = models.BooleanField(
        _("share where I went with the people who run the academy"), default=False
    )
    report_requests = models.BooleanField(_("ask me to report back once a year"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("alumni status")
        verbose_name_plural = _("alumni statuses")
        constraints = [
            models.CheckConstraint(
                condition=Q(destination="unsaid", where="") | ~Q(destination="unsaid"),
                name="alumni_unsaid_has_no_where",
            )
        ]

    def __str__(self):
        return f"{self.person_id}: {self.destination}"


class AlumniReport(models.Model):
    """One year's report back; a person reports once per year after moving on (a second
    report in the same year corrects the first)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alumni_reports"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    new_role = models.CharField(
        _("what you do now"), max_length=200, validators=[validate_no_direction_controls]
    )
    carried = models.TextField(
        _("what you carried with you"),
        max_length=2000,
        blank=True,
        validators=[validate_no_direction_controls],
    )
    story_link = models.URLField(_("a link to a story"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("alumni report")
        verbose_name_plural = _("alumni reports")
        constraints = [
            models.UniqueConstraint(fields=["person", "year"], name="one_alumni_report_a_year"),
            models.CheckConstraint(
                condition=Q(year__gte=2000) & Q(year__lte=2200), name="alumni_report_year_range"
            ),
        ]

    def __str__(self):
        return f"{self.person_id} {self.year}"


class ReportRequest(models.Model):
    """The yearly email asking to report back, recorded so it goes out once."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alumni_report_requests"
    )
    year = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "year"], name="one_report_request_a_year")
        ]

    def __str__(self):
        return f"{self.person_id} {self.year}"
