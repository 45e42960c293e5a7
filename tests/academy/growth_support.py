"""Helpers for the growth tests: a small framework and submitted assessments at chosen
dates, written straight to the tables (the services would stamp them with now)."""

from datetime import UTC, datetime

from academy.growth.models import Assessment, AssessmentStatus, Rating, Skill, SkillArea


def framework():
    area = SkillArea.objects.create(
        key="practical", name="Practical skills", name_ar="مهارات عملية"
    )
    return {
        "facilitation": Skill.objects.create(
            key="facilitation", name="Facilitation", name_ar="التيسير", area=area, position=0
        ),
        "speaking": Skill.objects.create(
            key="speaking", name="Public speaking", name_ar="التحدث", area=area, position=1
        ),
    }


def assessed(person, when, levels, picks=(), evidence=None):
    """A submitted assessment at `when` (a date) with {skill: level} ratings."""
    moment = datetime(when.year, when.month, when.day, 12, 0, tzinfo=UTC)
    assessment = Assessment.objects.create(
        person=person, status=AssessmentStatus.SUBMITTED, created_at=moment, submitted_at=moment
    )
    for skill in dict.fromkeys([*levels, *picks]):
        Rating.objects.create(
            assessment=assessment,
            skill=skill,
            level=levels.get(skill),
            evidence=(evidence or {}).get(skill, ""),
            focus=list(picks).index(skill) + 1 if skill in picks else None,
        )
    return assessment
