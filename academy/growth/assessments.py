"""Self-assessments: a draft a person may save and finish later (one at a time), then
submit. A submitted assessment is never changed again; the next one is a new row, so the
history of how someone saw their own skills stays as it was.

Other rooms read them through `submitted_assessments(person)` and listen to
`academy.growth.signals.assessment_submitted`."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from academy.growth.models import (
    EVIDENCE_MAX_LENGTH,
    LEVELS,
    MAX_GROWTH_PICKS,
    Assessment,
    AssessmentStatus,
    GrowthSharing,
    Rating,
)
from academy.growth.signals import assessment_submitted
from academy.security import DIRECTION_CONTROLS_MESSAGE, contains_direction_controls


@dataclass(frozen=True)
class RatingInput:
    level: int | None = None  # None: not rated
    evidence: str = ""
    grow: bool = False


def submitted_assessments(person):
    """The person's submitted self-assessments, oldest first."""
    return Assessment.objects.filter(person=person, status=AssessmentStatus.SUBMITTED).order_by(
        "submitted_at", "pk"
    )


def current_draft(person):
    return Assessment.objects.filter(person=person, status=AssessmentStatus.DRAFT).first()


def save_draft(person, ratings: dict) -> Assessment:
    """Keep the person's answers so far; `ratings` maps skills to `RatingInput`."""
    with transaction.atomic():
        draft = _locked_draft(person)
        _replace_ratings(draft, ratings)
    return draft


def submit(person, ratings: dict) -> Assessment:
    """Save the answers and submit them; from then on they stay as they are."""
    if not any(rating.level for rating in ratings.values()):
        raise Refused(_("Rate at least one skill before you submit."), code="empty")
    with transaction.atomic():
        draft = _locked_draft(person)
        _replace_ratings(draft, ratings)
        draft.status = AssessmentStatus.SUBMITTED
        draft.submitted_at = timezone.now()
        draft.save(update_fields=["status", "submitted_at"])
        transaction.on_commit(
            lambda: assessment_submitted.send(sender=Assessment, person=person, assessment=draft)
        )
    return draft


def set_sharing(person, *, mentors_may_see: bool) -> GrowthSharing:
    sharing, _created = GrowthSharing.objects.update_or_create(
        person=person, defaults={"mentors_may_see": mentors_may_see}
    )
    return sharing


def set_page_sharing(person, *, show: bool) -> GrowthSharing:
    sharing, _created = GrowthSharing.objects.update_or_create(
        person=person, defaults={"show_growth_on_page": show}
    )
    return sharing


def grown_skills(person) -> list[tuple]:
    """(skill, first level, latest level) for each skill whose latest submitted rating
    is above its first: what the person grew, from their own assessments."""
    ratings = (
        Rating.objects.filter(
            assessment__person=person,
            assessment__status=AssessmentStatus.SUBMITTED,
            level__isnull=False,
        )
        .select_related("skill")
        .order_by("assessment__submitted_at", "assessment_id")
    )
    first, latest = {}, {}
    for rating in ratings:
        first.setdefault(rating.skill, rating.level)
        latest[rating.skill] = rating.level
    grown = [(skill, first[skill], now) for skill, now in latest.items() if now > first[skill]]
    return sorted(grown, key=lambda row: (row[0].position, row[0].key))


def sharing_of(person) -> GrowthSharing:
    """The person's choices; an unsaved default (nothing shared) when they made none."""
    return GrowthSharing.objects.filter(person=person).first() or GrowthSharing(person=person)


def shows_growth_on_page(person) -> bool:
    return GrowthSharing.objects.filter(person=person, show_growth_on_page=True).exists()


def mentors_may_see(person) -> bool:
    return GrowthSharing.objects.filter(person=person, mentors_may_see=True).exists()


def _locked_draft(person) -> Assessment:
    """The person's one draft, locked; created if missing. Only drafts are ever written."""
    draft = (
        Assessment.objects.select_for_update()
        .filter(person=person, status=AssessmentStatus.DRAFT)
        .first()
    )
    if draft is not None:
        return draft
    try:
        with transaction.atomic():
            return Assessment.objects.create(person=person)
    except IntegrityError:  # a draft started at the same moment elsewhere
        return Assessment.objects.select_for_update().get(
            person=person, status=AssessmentStatus.DRAFT
        )


def _checked(ratings: dict) -> list:
    picks = [skill for skill, rating in ratings.items() if rating.grow]
    if len(picks) > MAX_GROWTH_PICKS:
        raise Refused(_("Choose at most three skills to grow next."), code="picks")
    for rating in ratings.values():
        if rating.level is not None and rating.level not in LEVELS:
            raise Refused(_("Choose a level from 1 to 5, or leave the skill unrated."))
        if len(rating.evidence) > EVIDENCE_MAX_LENGTH:
            raise Refused(
                _("Keep the evidence to %(count)s characters.") % {"count": EVIDENCE_MAX_LENGTH}
            )
        if contains_direction_controls(rating.evidence):
            raise Refused(DIRECTION_CONTROLS_MESSAGE)
    return picks


def _replace_ratings(draft, ratings: dict):
    picks = _checked(ratings)
    draft.ratings.all().delete()
    Rating.objects.bulk_create(
        Rating(
            assessment=draft,
            skill=skill,
            level=rating.level,
            evidence=rating.evidence.strip(),
            focus=picks.index(skill) + 1 if rating.grow else None,
        )
        for skill, rating in ratings.items()
        if rating.level or rating.evidence.strip() or rating.grow
    )
