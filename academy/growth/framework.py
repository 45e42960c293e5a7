"""Reading the skills framework for pages and forms: areas in order with their skills,
and what each level of the scale means for a skill."""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import pgettext_lazy

from academy.growth.models import LEVELS, Skill, SkillArea, SkillLevel

# What a level means when the skill does not say it in its own words.
SCALE = {
    1: pgettext_lazy("skill level", "Just starting"),
    2: pgettext_lazy("skill level", "Learning with support"),
    3: pgettext_lazy("skill level", "Doing it on my own"),
    4: pgettext_lazy("skill level", "Confident, even when it is hard"),
    5: pgettext_lazy("skill level", "Able to teach others"),
}


@dataclass
class AreaGroup:
    area: SkillArea | None  # None: skills not yet in an area
    skills: list = field(default_factory=list)


def skills_with_levels():
    """Every skill with its area and its level descriptions, in two queries."""
    return list(
        Skill.objects.select_related("area")
        .prefetch_related(Prefetch("levels", queryset=SkillLevel.objects.order_by("level")))
        .order_by("area__position", "area__key", "position", "key")
    )


def level_meanings(skill) -> list[tuple[int, str]]:
    """(level, what it means) for 1 to 5, the skill's own words first, else the scale's."""
    own = {level.level: level.description for level in skill.levels.all()}
    return [(level, own.get(level) or str(SCALE[level])) for level in LEVELS]


def grouped(skills) -> list[AreaGroup]:
    """Skills under their areas, in the framework's order; unplaced skills last."""
    groups: dict = {}
    for skill in skills:
        groups.setdefault(skill.area_id, AreaGroup(skill.area)).skills.append(skill)
    placed = [group for key, group in groups.items() if key is not None]
    return placed + ([groups[None]] if None in groups else [])
