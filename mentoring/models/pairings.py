"""Pairings between two people, their programme of check-ins, and two-way feedback."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.history import StatusChange


class ProgrammeTemplate(models.Model):
    """For example "9 months, 3 feedback sessions" or "quarterly for a year"."""

    name = models.CharField(_("name"), max_length=120)
    months = models.PositiveSmallIntegerField(_("length in months"))
    check_ins = models.PositiveSmallIntegerField(_("number of check-ins"))

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(months__gt=0) & Q(check_ins__gt=0), name="programme_not_empty"
            )
        ]

    def __str__(self):
        return self.name


class PairingStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    ENDED = "ended", _("Ended early")
    DECLINED = "declined", _("Declined")


class Pairing(models.Model):
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pairings_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pairings_as_mentee"
    )
    programme = models.ForeignKey(
        ProgrammeTemplate, on_delete=models.PROTECT, related_name="pairings"
    )
    status = models.CharField(
        max_length=10, choices=PairingStatus.choices, default=PairingStatus.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    starred = models.BooleanField(default=False)  # the mentor keeps an eye on this person

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(mentor=models.F("mentee")), name="pairing_two_people"
            ),
            models.UniqueConstraint(
                fields=["mentor", "mentee"],
                condition=Q(status__in=[PairingStatus.PROPOSED, PairingStatus.ACTIVE]),
                name="one_open_pairing_per_pair",
            ),
        ]

    def __str__(self):
        return f"{self.mentor} ↔ {self.mentee} ({self.status})"

    def involves(self, user):
        return user.pk in (self.mentor_id, self.mentee_id)

    def other_than(self, person_id):
        """The other person of the pair."""
        return self.mentee if person_id == self.mentor_id else self.mentor


class PairingEvent(StatusChange):
    pairing = models.ForeignKey(Pairing, on_delete=models.CASCADE, related_name="events")

    class Meta(StatusChange.Meta):
        pass

    @property
    def status_label(self):
        return PairingStatus(self.new_status).label


class CheckIn(models.Model):
    pairing = models.ForeignKey(Pairing, on_delete=models.CASCADE, related_name="check_ins")
    due_at = models.DateTimeField()
    met_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(blank=True)  # shared notes of the pair (each also has their own)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "pk"]

    def __str__(self):
        return f"check-in {self.due_at:%Y-%m-%d}"

    @property
    def overdue(self):
        return self.met_at is None and self.due_at < timezone.now()


class Rating(models.IntegerChoices):
    """How the pairing works for someone, each level in words. Only the form offers
    these (the column keeps its 1 to 5 constraint), so a new wording needs no migration."""

    NOT_WORKING = 1, _("Not working")
    DIFFICULT = 2, _("Difficult")
    PARTLY = 3, _("Partly working")
    WELL = 4, _("Working well")
    VERY_WELL = 5, _("Working very well")


class Feedback(models.Model):
    """How the pairing works for one of the two people, in a blameless format."""

    check_in = models.ForeignKey(CheckIn, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField()
    notes = models.TextField(blank=True)  # this person's notes of the meeting, read by the pair
    working_well = models.TextField(blank=True)
    could_change = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["check_in", "author"], name="one_feedback_per_person_and_check_in"
            ),
            models.CheckConstraint(
                condition=Q(rating__gte=1) & Q(rating__lte=5), name="feedback_rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"feedback {self.rating}/5"

    @property
    def rating_label(self):
        return Rating(self.rating).label
