"""The skills framework (areas holding skills, each with a 1 to 5 scale that says what every
level means) and the self-assessments people make against it. Mentoring uses the same
skills for what mentors offer and learners want: one list, not two."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from academy.security import validate_no_direction_controls

LEVELS = range(1, 6)
MAX_GROWTH_PICKS = 3
EVIDENCE_MAX_LENGTH = 280


class SkillArea(models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("skill area")
        verbose_name_plural = _("skill areas")

    def __str__(self):
        return self.name


class Skill(ClusterableModel):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    area = models.ForeignKey(
        SkillArea,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="skills",
        verbose_name=_("skill area"),
    )
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("area"),
        FieldPanel("description"),
        FieldPanel("position"),
        InlinePanel("levels", label=_("What each level means"), max_num=5),
    ]

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name


class SkillLevel(models.Model):
    """What one level of the scale means for one skill: a "2" in facilitation is not a
    "2" in phone banking, so the words belong to the skill, not to its area."""

    skill = ParentalKey(Skill, on_delete=models.CASCADE, related_name="levels")
    level = models.PositiveSmallIntegerField(
        _("level"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    description = models.CharField(_("what this level means"), max_length=300)

    panels = [FieldPanel("level"), FieldPanel("description")]

    class Meta:
        ordering = ["skill", "level"]
        verbose_name = _("skill level")
        verbose_name_plural = _("skill levels")
        constraints = [
            models.UniqueConstraint(fields=["skill", "level"], name="one_description_per_level"),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=5), name="skill_level_in_scale"
            ),
        ]

    def __str__(self):
        return f"{self.skill} {self.level}"


@register_setting(icon="date")
class GrowthSettings(BaseSiteSetting):
    cycle_months = models.PositiveSmallIntegerField(
        _("months between self-assessments"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
        help_text=_("People are reminded when this long has passed since their last one."),
    )

    class Meta:
        verbose_name = _("self-assessment cycle")
        constraints = [
            models.CheckConstraint(
                condition=Q(cycle_months__gte=1, cycle_months__lte=24),
                name="assessment_cycle_in_range",
            )
        ]


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class Assessment(models.Model):
    """One self-assessment, kept as it was once submitted; the next one is a new row."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessments"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=AssessmentStatus.choices, default=AssessmentStatus.DRAFT
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        ordering = ["person", "submitted_at", "pk"]
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(status=AssessmentStatus.DRAFT),
                name="one_assessment_draft_per_person",
            ),
            models.CheckConstraint(
                condition=(Q(status=AssessmentStatus.DRAFT) & Q(submitted_at__isnull=True))
                | (Q(status=AssessmentStatus.SUBMITTED) & Q(submitted_at__isnull=False)),
                name="assessment_submitted_when_dated",
            ),
        ]
        indexes = [models.Index(fields=["person", "status", "submitted_at"])]

    def __str__(self):
        return f"{self.person} {self.submitted_at or self.status}"

    @property
    def is_draft(self):
        return self.status == AssessmentStatus.DRAFT


class Rating(models.Model):
    """A person's rating of one skill in one assessment. `level` empty: not rated.
    `focus` 1 to 3: one of the skills they want to grow next; unique per assessment, so the
    database itself holds at most three."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="ratings")
    skill = models.ForeignKey(Skill, on_delete=models.PROTECT, related_name="+")
    level = models.PositiveSmallIntegerField(_("level"), null=True, blank=True)
    evidence = models.CharField(
        _("evidence"),
        max_length=EVIDENCE_MAX_LENGTH,
        blank=True,
        validators=[validate_no_direction_controls],
    )
    focus = models.PositiveSmallIntegerField(_("growth pick"), null=True, blank=True)

    class Meta:
        ordering = ["assessment", "skill__position", "skill__key"]
        verbose_name = _("skill rating")
        verbose_name_plural = _("skill ratings")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "skill"], name="one_rating_per_skill"),
            models.UniqueConstraint(fields=["assessment", "focus"], name="growth_picks_distinct"),
            models.CheckConstraint(
                condition=Q(level__isnull=True) | Q(level__gte=1, level__lte=5),
                name="rating_in_scale",
            ),
            models.CheckConstraint(
                condition=Q(focus__isnull=True) | Q(focus__gte=1, focus__lte=MAX_GROWTH_PICKS),
                name="at_most_three_growth_picks",
            ),
        ]

    def __str__(self):
        return f"{self.skill}: {self.level or '-'}"


class GrowthSharing(models.Model):
    """Whether the person's active mentors (in pairings) may see their self-assessments,
    and whether the skills they grew show on their public person page. No row: neither."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="growth_sharing"
    )
    mentors_may_see = models.BooleanField(_("shared with the people supporting me"), default=False)
    show_growth_on_page = models.BooleanField(_("the skills I grew show on my page"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("sharing of self-assessments")
        verbose_name_plural = _("sharing of self-assessments")

    def __str__(self):
        return f"{self.person}: {self.mentors_may_see}"


class AssessmentReminder(models.Model):
    """A reminder sent for one due date; unique, so a second run never sends it again."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_reminders"
    )
    due_on = models.DateField(_("due on"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("self-assessment reminder")
        verbose_name_plural = _("self-assessment reminders")
        constraints = [
            models.UniqueConstraint(fields=["person", "due_on"], name="one_reminder_per_due_date")
        ]

    def __str__(self):
        return f"{self.person} {self.due_on}"
