"""Role terminology: the words each community uses for its roles, with grammar,
history and community proposals."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel

from academy.terminology.grammar import validate_locale_code


class Gender(models.TextChoices):
    """The grammatical form used for a person. Neutral is also the default form."""

    NEUTRAL = "neutral", _("Neutral or unspecified")
    FEMININE = "feminine", _("Feminine")
    MASCULINE = "masculine", _("Masculine")


class Role(models.Model):
    key = models.SlugField(_("key"), max_length=40, unique=True)
    description = models.TextField(
        _("description for translators"),
        help_text=_("What the people in this role do, so translators can find the right word."),
    )
    singular = models.CharField(_("English word, singular"), max_length=60)
    plural = models.CharField(_("English word, plural"), max_length=60)
    builtin = models.BooleanField(_("built in"), default=False, editable=False)
    holders = models.ForeignKey(
        Group,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("people in this role"),
        help_text=_("Members of this group hold the role, e.g. for sessions open only to them."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    # On the model, so wagtail-modeltranslation adds one description field per language.
    panels = [
        FieldPanel("key"),
        FieldPanel("singular"),
        FieldPanel("plural"),
        FieldPanel("description"),
        FieldPanel("holders"),
    ]

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return self.key

    @property
    def default_forms(self):
        return {Gender.NEUTRAL: {"one": self.singular, "other": self.plural}}


class TermLocale(models.Model):
    """A language whose community names its roles, and who may edit its words."""

    code = models.CharField(
        _("language code"), max_length=12, unique=True, validators=[validate_locale_code]
    )
    genders = models.JSONField(
        _("genders distinguished"),
        default=list,
        blank=True,
        help_text=_(
            "Grammatical genders this language marks on role words, besides the neutral form."
        ),
    )
    translators = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="term_locale", verbose_name=_("translators")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("terminology language")
        verbose_name_plural = _("terminology languages")

    def __str__(self):
        return self.code

    @property
    def form_genders(self):
        return [
            Gender.NEUTRAL,
            *[g for g in (Gender.FEMININE, Gender.MASCULINE) if g in self.genders],
        ]


class Term(models.Model):
    """The live word for one role in one language, optionally only within one track."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="terms")
    locale = models.CharField(_("language code"), max_length=12, validators=[validate_locale_code])
    track = models.ForeignKey(
        "academy.TrackPage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="term_overrides",
    )
    forms = models.JSONField(_("forms"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        constraints = [
            models.UniqueConstraint(
                fields=["role", "locale"],
                condition=Q(track__isnull=True),
                name="one_term_per_role_and_locale",
            ),
            models.UniqueConstraint(
                fields=["role", "locale", "track"],
                condition=Q(track__isnull=False),
                name="one_override_per_role_locale_and_track",
            ),
        ]

    def __str__(self):
        return f"{self.role.key} ({self.locale})"


class TermRevision(models.Model):
    """One change to a term, kept for ever. The role, language and track are stored
    directly so history survives the term itself being removed."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="revisions")
    locale = models.CharField(max_length=12)
    track = models.ForeignKey(
        "academy.TrackPage", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="term_revisions",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    reason = models.CharField(_("why"), max_length=300)
    old_forms = models.JSONField(default=dict, blank=True)
    new_forms = models.JSONField(default=dict, blank=True)
    proposal = models.ForeignKey(
        "academy.TermProposal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
    )
    reverts = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("term revision")
        verbose_name_plural = _("term revisions")

    def __str__(self):
        return f"{self.role.key} ({self.locale}) {self.created_at:%Y-%m-%d %H:%M}"


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ADOPTED = "adopted", _("Adopted")
    DECLINED = "declined", _("Declined")


class TermProposal(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="proposals")
    locale = models.CharField(_("language"), max_length=12, validators=[validate_locale_code])
    forms = models.JSONField(_("forms"))
    rationale = models.TextField(_("why this word"), max_length=2000)
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="term_proposals",
    )
    created_at = models.DateTimeField(default=timezone.now)
    closes_at = models.DateTimeField(_("voting closes"), null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=2000)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("term proposal")
        verbose_name_plural = _("term proposals")

    def __str__(self):
        return f"{self.role.key} ({self.locale}) #{self.pk}"

    @property
    def is_open(self):
        return self.status == ProposalStatus.OPEN

    @property
    def voting_open(self):
        return self.is_open and (self.closes_at is None or self.closes_at > timezone.now())


class VoteChoice(models.TextChoices):
    SUPPORT = "support", _("Support")
    NEUTRAL = "neutral", pgettext_lazy("vote", "Neutral")
    OPPOSE = "oppose", _("Oppose")


class ProposalVote(models.Model):
    proposal = models.ForeignKey(TermProposal, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    choice = models.CharField(max_length=10, choices=VoteChoice.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "voter"], name="one_vote_per_person")
        ]

    def __str__(self):
        return f"{self.choice} on #{self.proposal_id}"


class ProposalComment(models.Model):
    proposal = models.ForeignKey(TermProposal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"comment on #{self.proposal_id}"
