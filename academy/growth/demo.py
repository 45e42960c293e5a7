"""The demo's skills framework, the workshops that teach its skills, and two people's
self-assessments a year apart (academy/demo/data/skills.toml). Idempotent: skills are
matched by key, and people who have assessed themselves already are left alone."""

from datetime import timedelta

from django.utils import timezone

from academy.demo.translated import set_translated
from academy.growth.cycle import add_months
from academy.growth.models import (
    Assessment,
    AssessmentStatus,
    GrowthSharing,
    Rating,
    Skill,
    SkillArea,
    SkillLevel,
)
from academy.pages.models import WorkshopPage


def load_growth(data, people, log=None):
    areas = {spec["key"]: _area(position, spec) for position, spec in enumerate(data["areas"])}
    skills = {
        spec["key"]: _skill(position, spec, areas) for position, spec in enumerate(data["skills"])
    }
    for slug, keys in data["workshops"].items():
        workshop = WorkshopPage.objects.filter(slug_en=slug).first()
        if workshop is not None and not workshop.skills.exists():
            workshop.skills.set([skills[key] for key in keys])  # kept by the revision
            workshop.save_revision().publish()
    for spec in data["sharing"]:
        GrowthSharing.objects.get_or_create(
            person=people[spec["person"]], defaults={"mentors_may_see": spec["mentors_may_see"]}
        )
    added = 0
    for spec in data["assessments"]:
        added += _assessment(spec, people[spec["person"]], skills)
    if log is not None:
        log(
            f"Skills framework: {len(areas)} areas, {len(skills)} skills, {added} self-assessments."
        )


def _area(position, spec):
    area = SkillArea.objects.filter(key=spec["key"]).first() or SkillArea(key=spec["key"])
    area.position = position
    set_translated(area, "name", spec["name"])
    set_translated(area, "description", spec["description"])
    area.save()
    return area


def _skill(position, spec, areas):
    skill = Skill.objects.filter(key=spec["key"]).first() or Skill(key=spec["key"])
    skill.position = position
    skill.area = areas[spec["area"]]
    set_translated(skill, "name", spec["name"])
    set_translated(skill, "description", spec["description"])
    skill.save()
    for level_spec in spec.get("levels", []):
        level = SkillLevel.objects.filter(skill=skill, level=level_spec["level"]).first()
        level = level or SkillLevel(skill=skill, level=level_spec["level"])
        set_translated(level, "description", level_spec["description"])
        level.save()
    return skill


def load_assessments(specs, people):
    """Self-assessments for people the academy's data does not name (a past cohort's
    participants); `people` maps each spec's `person` to a user. Returns how many were
    added."""
    skills = {skill.key: skill for skill in Skill.objects.all()}
    return sum(_assessment(spec, people[spec["person"]], skills) for spec in specs)


def _assessment(spec, person, skills):
    """A submitted self-assessment `months_ago`; none once the person has any that old."""
    when = timezone.now() - timedelta(minutes=5)
    when = when.replace(
        year=(day := add_months(when.date(), -spec["months_ago"])).year,
        month=day.month,
        day=day.day,
    )
    if Assessment.objects.filter(person=person, submitted_at__date=when.date()).exists():
        return 0
    assessment = Assessment.objects.create(
        person=person,
        status=AssessmentStatus.SUBMITTED,
        created_at=when - timedelta(days=2),
        submitted_at=when,
    )
    picks = spec["grow"]
    Rating.objects.bulk_create(
        Rating(
            assessment=assessment,
            skill=skills[key],
            level=spec["levels"].get(key),
            focus=picks.index(key) + 1 if key in picks else None,
        )
        for key in dict.fromkeys([*spec["levels"], *picks])
    )
    return 1


def ensure_assessments(person, count, months_apart=6):
    """For the benchmark: give `person` at least `count` submitted self-assessments,
    the extra ones further back in time, rating every skill."""
    skills = {skill.key: skill for skill in Skill.objects.all()}
    have = Assessment.objects.filter(person=person, status=AssessmentStatus.SUBMITTED).count()
    for index in range(have, count):
        months_ago = months_apart * (index + 1) + 12
        levels = {key: 1 + (position + index) % 5 for position, key in enumerate(skills)}
        _assessment({"months_ago": months_ago, "levels": levels, "grow": []}, person, skills)
