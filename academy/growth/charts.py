"""Each skill's ratings over time as an SVG line chart drawn on the server: no chart
script, nothing from another origin, and the same numbers in a table beside it.
Time runs along the reading direction, so in Arabic the first assessment is on the
right and the line grows leftwards."""

from dataclasses import dataclass, field

from babel.lists import format_list
from django.utils.translation import gettext as _

from academy.formats import cldr_locale, format_date

WIDTH = 360
HEIGHT = 180
INSET_START = 36  # room for the level labels, on the side where reading starts
INSET_END = 8
PADDING = 14  # between the ends of the gridlines and the first and last points
INSET_TOP = 12
INSET_BOTTOM = 34  # room for the date labels
LEVEL_MIN, LEVEL_MAX = 1, 5


@dataclass
class Point:
    when: object  # the assessment's submitted_at
    level: int
    evidence: str
    date_label: str = ""
    x: float = 0.0
    y: float = 0.0


@dataclass
class Gridline:
    level: int
    y: float
    label_x: float


@dataclass
class DateTick:
    x: float
    label: str
    anchor: str


@dataclass
class SkillChart:
    skill: object
    points: list = field(default_factory=list)
    gridlines: list = field(default_factory=list)
    ticks: list = field(default_factory=list)
    line: str = ""
    description: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    # Anchors are logical: the SVG inherits the page's direction, so "start" is the
    # reading start (left in English, right in Arabic) in either.
    level_anchor: str = "end"
    plot_start: float = 0.0
    plot_end: float = 0.0

    @property
    def latest(self):
        return self.points[-1] if self.points else None

    @property
    def has_evidence(self):
        return any(point.evidence for point in self.points)


def _x_for(fraction: float, rtl: bool, padding: int = PADDING) -> float:
    """Where a moment falls, `fraction` of the way from the first assessment to the
    last; mirrored in right-to-left languages."""
    start = INSET_START + padding
    span = WIDTH - INSET_END - padding - start
    if rtl:
        return round(WIDTH - start - fraction * span, 1)
    return round(start + fraction * span, 1)


def _y_for(level: int) -> float:
    span = HEIGHT - INSET_TOP - INSET_BOTTOM
    return round(INSET_TOP + (LEVEL_MAX - level) / (LEVEL_MAX - LEVEL_MIN) * span, 1)


def build_charts(skills, assessments, ratings, *, rtl: bool) -> list[SkillChart]:
    """One chart per skill rated at least once. `assessments` are submitted, oldest
    first; `ratings` are (assessment_id, skill_id, level, evidence) rows. Every chart
    shares one time axis, from the first assessment to the last."""
    when = {assessment.pk: assessment.submitted_at for assessment in assessments}
    labels = {pk: format_date(moment, "yMMMd") for pk, moment in when.items()}  # once each
    series: dict = {}
    for assessment_id, skill_id, level, evidence in ratings:
        if level is not None and assessment_id in when:
            point = Point(when[assessment_id], level, evidence, labels[assessment_id])
            series.setdefault(skill_id, []).append(point)
    times = [assessment.submitted_at for assessment in assessments]
    first, last = (min(times), max(times)) if times else (None, None)
    total = (last - first).total_seconds() if times else 0
    ticks = _ticks(first, last, rtl) if times else []
    charts = []
    for skill in skills:
        points = sorted(series.get(skill.pk, []), key=lambda point: point.when)
        if points:
            charts.append(_chart(skill, points, first, total, rtl))
            charts[-1].ticks = ticks
    return charts


def _ticks(first, last, rtl):
    """The first and the last assessment's dates at the ends of the shared time axis
    (every date is in the table beside it)."""
    if first == last:
        return [DateTick(_x_for(0.5, rtl), format_date(first, "yMMMd"), "middle")]
    return [
        DateTick(_x_for(0, rtl), format_date(first, "yMMMd"), "start"),
        DateTick(_x_for(1, rtl), format_date(last, "yMMMd"), "end"),
    ]


def _chart(skill, points, first, total, rtl) -> SkillChart:
    for point in points:
        fraction = (point.when - first).total_seconds() / total if total else 0.5
        point.x, point.y = _x_for(fraction, rtl), _y_for(point.level)
    level_x = (WIDTH - INSET_START + 8) if rtl else (INSET_START - 8)
    chart = SkillChart(
        skill=skill,
        points=points,
        gridlines=[Gridline(level, _y_for(level), level_x) for level in range(1, 6)],
        line=" ".join(f"{point.x},{point.y}" for point in points),
        plot_start=_x_for(0, rtl, padding=0),
        plot_end=_x_for(1, rtl, padding=0),
    )
    chart.description = _("%(skill)s, from 1 to 5: %(ratings)s.") % {
        "skill": skill.name,
        "ratings": format_list(
            [
                _("%(level)s on %(date)s") % {"level": point.level, "date": point.date_label}
                for point in points
            ],
            locale=cldr_locale(),
        ),
    }
    return chart
