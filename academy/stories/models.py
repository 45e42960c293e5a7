"""Domains of change, collection rounds and the stories people write in them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from academy.security import validate_no_direction_controls

DEFAULT_QUESTION = _("Looking back over this period, what was the most significant change for you?")
MIN_REASON_LENGTH = 40  # a reason written in sentences, not a word or two


class Domain(models.Model):
    """Where a change belongs; the panel reads the stories domain by domain."""

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("domain of change")
        verbose_name_plural = _("domains of change")

    def __str__(self):
        return self.name


def scope_choices():
    from academy.stories.scopes import scopes

    return scopes.choices()


class Round(models.Model):
    """A period in which the people in a scope (the whole academy, a school, a track or
    a cohort) are asked the question and write their stories."""

    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    scope = models.CharField(_("scope"), max_length=16, choices=scope_choices)
    scope_id = models.PositiveIntegerField(_("what it asks about"), null=True, blank=True)
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
                condition=Q(scope="academy", scope_id__isnull=True)
                | (~Q(scope="academy") & Q(scope_id__isnull=False)),
                name="story_round_scope_target",
            ),
        ]

    def __str__(self):
        return f"{self.starts_on} - {self.ends_on}"

    @property
    def question_text(self):
        """The question in the reader's language when it is the default one, which was
        stored in English; a question a coordinator wrote stays as written."""
        from django.utils import translation

        with translation.override("en"):
            english_default = str(DEFAULT_QUESTION)
        return str(DEFAULT_QUESTION) if self.question == english_default else self.question

    @property
    def scope_key(self):
        return (self.scope, self.scope_id)

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
    track = models.ForeignKey(
        "academy.TrackPage",
        verbose_name=_("the track it grew from"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="stories",
    )
    consent = models.CharField(
        _("who may read it"), max_length=16, choices=Consent.choices, default=Consent.PRIVATE
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self):
        return self.headline

    @property
    def anonymous(self):
        return self.consent == Consent.PUBLISHABLE_ANONYMOUS

    @property
    def publishable(self):
        return self.consent in PUBLISHABLE and self.withdrawn_at is None


class Vote(models.Model):
    """One panel member's vote for the story they find most significant in a domain,
    with their reason. The decision keeps every vote."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="votes")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="votes")
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="+")
    voter = models.ForeignKey(  # emptied when the person leaves; the reason stays
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="story_votes",
    )
    reason = models.TextField(_("reason"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("panel vote")
        verbose_name_plural = _("panel votes")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "domain", "voter"], name="story_vote_once_per_domain"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="story_vote_has_reason"),
        ]

    def __str__(self):
        return f"{self.voter} → {self.story}"


class Selection(models.Model):
    """The panel's decision: the most significant story of a domain in a round, and
    why. A story selected in a track's round can be selected again in its school's."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="selections")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="selections")
    domain = models.ForeignKey(Domain, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("why the panel selected it"), max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(auto_now_add=True)
    author_told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["decided_at", "pk"]
        verbose_name = _("selection")
        verbose_name_plural = _("selections")
        constraints = [
            models.UniqueConstraint(fields=["round", "domain"], name="story_one_per_domain"),
            models.UniqueConstraint(fields=["round", "story"], name="story_selected_once"),
            models.CheckConstraint(condition=~Q(reason=""), name="story_selection_has_reason"),
        ]

    def __str__(self):
        return str(self.story)
