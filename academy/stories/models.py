"""Domains of change, collection rounds and the stories people write in them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.security import validate_no_direction_controls

DEFAULT_QUESTION = _("Looking back over this period, what was the most significant change for you?")
MIN_REASON_LENGTH = 40  # a reason written in sentences, not a word or two


class Domain(models.Model):
    """Where a change belongs; the panel reads the stories domain by domain."""

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("domain of change")
        verbose_name_plural = _("domains of change")

    def __str__(self):
        return self.name


class Scope(models.TextChoices):
    ACADEMY = "academy", _("The whole academy")
    TRACK = "track", _("One track")


class Round(models.Model):
    """A period in which people are asked the question and write their stories."""

    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    scope = models.CharField(_("scope"), max_length=16, choices=Scope.choices)
    track = models.ForeignKey(
        "academy.TrackPage",
        verbose_name=_("track"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="story_rounds",
    )
    question = models.CharField(
        _("question"),
        max_length=300,
        default=DEFAULT_QUESTION,
        validators=[validate_no_direction_controls],
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("collection round")
        verbose_name_plural = _("collection rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="story_round_period"
            ),
            models.CheckConstraint(
                condition=Q(scope="academy", track__isnull=True)
                | Q(scope="track", track__isnull=False),
                name="story_round_scope_has_track",
            ),
        ]

    def __str__(self):
        return f"{self.starts_on} - {self.ends_on}"

    @property
    def is_open(self):
        return self.starts_on <= timezone.localdate() <= self.ends_on


class Consent(models.TextChoices):
    PRIVATE = "private", _("Only me")
    PANEL = "panel", _("Share with the selection panel")
    PUBLISHABLE_NAMED = "named", _("May be published, with my name")
    PUBLISHABLE_ANONYMOUS = "anonymous", _("May be published, without my name")


SHARED = (Consent.PANEL, Consent.PUBLISHABLE_NAMED, Consent.PUBLISHABLE_ANONYMOUS)
PUBLISHABLE = (Consent.PUBLISHABLE_NAMED, Consent.PUBLISHABLE_ANONYMOUS)


class Story(models.Model):
    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="stories"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="stories",
    )
    domain = models.ForeignKey(
        Domain, verbose_name=_("domain"), on_delete=models.PROTECT, related_name="stories"
    )
    headline = models.CharField(
        _("headline"), max_length=140, validators=[validate_no_direction_controls]
    )
    what_happened = models.TextField(
        _("what happened"), max_length=3000, validators=[validate_no_direction_controls]
    )
    why_it_matters = models.TextField(
        _("why it matters"), max_length=2000, validators=[validate_no_direction_controls]
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    consent = models.CharField(
        _("who may read it"), max_length=16, choices=Consent.choices, default=Consent.PRIVATE
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    selected = models.BooleanField(_("selected"), default=False)
    selection_reason = models.TextField(_("why the panel selected it"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        constraints = [
            models.CheckConstraint(
                condition=Q(selected=False) | ~Q(selection_reason=""),
                name="story_selected_has_reason",
            )
        ]

    def __str__(self):
        return self.headline

    @property
    def anonymous(self):
        return self.consent == Consent.PUBLISHABLE_ANONYMOUS
