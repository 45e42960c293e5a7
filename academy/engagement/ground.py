"""The dimensions a person can grow in, and what the ground floor counts in them:
workshops written, words and pages translated, proposals and votes on words, stories,
newcomers welcomed and self-assessed skills. Cohorts adds sessions attended and run;
mentoring adds pairings and check-ins (from their `ready()`)."""

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from academy.engagement.models import Welcome
from academy.engagement.registry import Suggestion, engagement
from academy.growth.models import AssessmentStatus, Rating, Skill
from academy.languages import language_name
from academy.pages.models import WorkshopPage
from academy.stories import services as stories
from academy.stories.models import Round, Story
from academy.terminology import term
from academy.terminology.models import (
    ProposalComment,
    ProposalStatus,
    ProposalVote,
    TermProposal,
    TermRevision,
    VoteChoice,
)
from academy.translating.models import TranslatedFrom
from academy.translating.rules import languages_for


def _mentoring_meaning():
    return _("Pairings as the %(role)s, and check-ins held in any pairing.") % {
        "role": term("mentor")
    }


# The dimensions, side by side in this order; none is a rung above another.
DIMENSIONS = (
    ("taking_part", gettext_lazy("Taking part"), gettext_lazy("Sessions attended.")),
    (
        "facilitating",
        gettext_lazy("Facilitating"),
        gettext_lazy("Sessions run and workshops written."),
    ),
    ("mentoring", gettext_lazy("Supporting a peer"), _mentoring_meaning),
    ("translating", gettext_lazy("Translating"), gettext_lazy("Texts and role words translated.")),
    (
        "shaping_words",
        gettext_lazy("Shaping our words"),
        gettext_lazy("Words proposed, votes cast and comments written."),
    ),
    (
        "telling_stories",
        gettext_lazy("Telling stories"),
        gettext_lazy("Stories of change written and not withdrawn."),
    ),
    (
        "welcoming",
        gettext_lazy("Welcoming others"),
        gettext_lazy("People who joined through the invitation link."),
    ),
    (
        "skills",
        gettext_lazy("Naming their skills"),
        gettext_lazy("Different skills rated in a submitted self-assessment."),
    ),
)


def define():
    for number, (key, label, meaning) in enumerate(DIMENSIONS, 1):
        engagement.dimension(key, label, meaning, position=10 * number)


def _count_ground_floor():
    engagement.count(
        "facilitating",
        lambda: WorkshopPage.objects.live().filter(owner__isnull=False),
        person="owner",
        when="first_published_at",
    )
    engagement.count(
        "translating",
        lambda: TranslatedFrom.objects.filter(revision__isnull=True),
        person="translated_by",
        when="translated_at",
    )
    engagement.count(
        "translating", lambda: TermRevision.objects.all(), person="author", when="created_at"
    )
    engagement.count(
        "shaping_words", lambda: TermProposal.objects.all(), person="proposer", when="created_at"
    )
    engagement.count(
        "shaping_words", lambda: ProposalVote.objects.all(), person="voter", when="updated_at"
    )
    engagement.count(
        "shaping_words", lambda: ProposalComment.objects.all(), person="author", when="created_at"
    )
    engagement.count(
        "telling_stories",
        lambda: Story.objects.filter(withdrawn_at__isnull=True),
        person="author",
        when="created_at",
    )
    engagement.count("welcoming", lambda: Welcome.objects.all(), person="inviter", when="joined_at")
    engagement.count(
        "skills",
        lambda: Rating.objects.filter(assessment__status=AssessmentStatus.SUBMITTED),
        person="assessment__person",
        when="assessment__submitted_at",
        counted="skill",
    )


def suggest_translating(person):
    languages = languages_for(person)
    if not languages:
        return None
    return Suggestion(
        _("Translate the academy into %(language)s in the translation workspace.")
        % {"language": language_name(languages[0])},
        reverse("translation_workspace"),
    )


def suggest_words(person):
    language = get_language()
    open_ones = TermProposal.objects.filter(status=ProposalStatus.OPEN, locale=language).count()
    if not open_ones:
        return Suggestion(
            _("Read the words your community uses for its roles, and propose a better one."),
            reverse("words_page", args=[language]),
        )
    return Suggestion(
        _("Vote on the open proposals for words in %(language)s.")
        % {"language": language_name(language)},
        reverse("words_page", args=[language]),
    )


def suggest_story(person):
    today = timezone.localdate()
    rounds = Round.objects.filter(starts_on__lte=today, ends_on__gte=today).order_by("ends_on")
    for round_ in rounds:
        if stories.may_write(person, round_):
            return Suggestion(
                _("Write a story of change in the round that is open now."),
                reverse("stories_write", args=[round_.pk]),
            )
    return None


def suggest_inviting(person):
    return Suggestion(
        _("Share your invitation link with someone who would enjoy the academy."),
        reverse("my_engagement") + "#invite",
    )


def suggest_skills(person):
    if not Skill.objects.exists():
        return None
    return Suggestion(
        _("Rate your skills in a self-assessment, and choose one to grow."),
        reverse("growth_assess"),
    )


def invitation_pairs(people):
    rows = Welcome.objects.all()
    if people is not None:
        rows = rows.filter(Q(inviter__in=people) | Q(newcomer__in=people))
    return rows.values_list("inviter", "newcomer", "joined_at")


def adopted_word_pairs(people):
    """The proposer of a word the community adopted, and each person who voted for it."""
    rows = ProposalVote.objects.filter(
        proposal__status=ProposalStatus.ADOPTED, choice=VoteChoice.SUPPORT
    )
    if people is not None:
        rows = rows.filter(Q(proposal__proposer__in=people) | Q(voter__in=people))
    return rows.values_list("proposal__proposer", "voter", "proposal__decided_at")


def register_ties():
    engagement.ties(
        "invitation", pgettext_lazy("a tie", "Invitation"), invitation_pairs, position=10
    )
    engagement.ties(
        "words", pgettext_lazy("a tie", "A word adopted"), adopted_word_pairs, position=60
    )


def register():
    define()
    _count_ground_floor()
    engagement.suggest("translating", suggest_translating)
    engagement.suggest("shaping_words", suggest_words)
    engagement.suggest("telling_stories", suggest_story)
    engagement.suggest("welcoming", suggest_inviting)
    engagement.suggest("skills", suggest_skills)
    register_ties()
