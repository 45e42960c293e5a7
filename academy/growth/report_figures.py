"""The report's table of skill growth, whose facts growth owns: per skill area, how much
the people who assessed themselves at least twice in the period moved, on average,
between their first and their latest self-assessment. Registered when
`academy.reports.figures` imports this module."""

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from statistics import fmean

from django.utils.translation import gettext_lazy as _

from academy.growth.models import AssessmentStatus, Rating, SkillArea
from academy.reports.registry import figures


def _first_and_latest(ratings):
    """{person: (first assessment, latest assessment)} for people with two or more;
    `ratings` come in the order the assessments were submitted."""
    ends = {}
    for person, assessment, _skill, _area, _level in ratings:
        first, _latest = ends.get(person, (assessment, None))
        ends[person] = (first, assessment)
    return {person: pair for person, pair in ends.items() if pair[0] != pair[1]}


def changes_by_area(filters):
    """{area id or None: {person: their average change over the area's skills rated in
    both their first and their latest self-assessment}}. Only ids travel: the order of
    submission comes from the database, so no date is converted in Python."""
    ratings = (
        Rating.objects.filter(
            filters.in_region("assessment__person"),
            assessment__status=AssessmentStatus.SUBMITTED,
            assessment__submitted_at__gte=filters.since,
            assessment__submitted_at__lt=filters.until,
            level__isnull=False,
        )
        .order_by("assessment__submitted_at", "assessment")
        .values_list("assessment__person", "assessment", "skill", "skill__area", "level")
    )
    ratings = list(ratings)
    ends = _first_and_latest(ratings)
    first_levels = {}  # (person, skill) -> level in the first assessment
    latest = []
    for person, assessment, skill, area, level in ratings:
        if person not in ends:
            continue
        if assessment == ends[person][0]:
            first_levels[person, skill] = level
        elif assessment == ends[person][1]:
            latest.append((person, skill, area, level))
    steps = defaultdict(lambda: defaultdict(list))  # area -> person -> [change per skill]
    for person, skill, area, level in latest:
        if (person, skill) in first_levels:
            steps[area][person].append(level - first_levels[person, skill])
    return {
        area: {person: fmean(changes) for person, changes in people.items()}
        for area, people in steps.items()
    }


def skill_growth(filters):
    """Rows of (area name, [people, average change]), in the framework's order; the
    skills outside any area last."""
    changes = changes_by_area(filters)
    named = SkillArea.objects.filter(pk__in=[area for area in changes if area is not None])
    rows = [(area.name, changes[area.pk]) for area in named.order_by("position", "key")]
    if None in changes:
        rows.append((str(_("Other skills")), changes[None]))
    return [(name, [len(people), tenths(fmean(people.values()))]) for name, people in rows]


def tenths(number):
    """To one decimal place, halves away from zero, as a reader rounds."""
    return Decimal(repr(number)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


figures.register_table(
    "academy.skill_growth",
    _("Skill growth by area"),
    _("Skill area"),
    (_("People assessed at least twice"), _("Average change")),
    skill_growth,
    meaning=_(
        "For each person who submitted at least two self-assessments in the period: the "
        "change from their first to their latest, averaged over the skills of the area "
        "they rated in both, from 1 to 5; then the average over those people."
    ),
    narrowed_by={"region"},
    position=50,
    empty=_("Nobody assessed their skills twice in this period."),
    people_column=0,
)
