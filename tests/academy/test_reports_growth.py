"""Skill growth in the report: per skill area, the average change between each person's
first and latest self-assessment of the period, for people with at least two; hidden
per area when too few people are behind it."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from academy.growth.models import Assessment, AssessmentStatus, Rating, Skill, SkillArea
from academy.growth.report_figures import tenths
from academy.reports import report
from academy.reports.filters import Filters
from academy.reports.registry import figures
from tests.academy.growth_support import assessed, framework
from tests.factories import UserFactory

DAY = timedelta(days=1)


@pytest.fixture
def skills(db):
    skills = framework()  # facilitation and speaking, in "Practical skills"
    community = SkillArea.objects.create(key="community", name="Community", position=1)
    skills["welcoming"] = Skill.objects.create(key="welcoming", name="Welcoming", area=community)
    skills["other"] = Skill.objects.create(key="other", name="Writing")  # in no area
    return skills


@pytest.fixture
def assessments(skills):
    today = timezone.localdate()
    f, s, w, o = (skills[key] for key in ("facilitation", "speaking", "welcoming", "other"))
    p1 = UserFactory(time_zone="Europe/Berlin")
    assessed(p1, today - 50 * DAY, {f: 2, s: 3, w: 1})
    assessed(p1, today - 20 * DAY, {f: 3})  # neither first nor latest: not counted
    assessed(p1, today - 5 * DAY, {f: 4, s: 3, w: 2, o: 5})  # writing: not in the first
    p2 = UserFactory(time_zone="America/Lima")
    assessed(p2, today - 40 * DAY, {f: 3})
    assessed(p2, today - 10 * DAY, {f: 2, s: 4})
    p3 = UserFactory()  # one assessment in the period, one long before
    assessed(p3, today - 100 * DAY, {f: 1})
    assessed(p3, today - 10 * DAY, {f: 5})
    p4 = UserFactory()  # the second is a draft
    assessed(p4, today - 30 * DAY, {f: 1})
    draft = Assessment.objects.create(person=p4, status=AssessmentStatus.DRAFT)
    Rating.objects.create(assessment=draft, skill=f, level=5)
    p5 = UserFactory()
    assessed(p5, today - 30 * DAY, {o: 1})
    assessed(p5, today - 3 * DAY, {o: 4, f: 2})


def period(**kwargs):
    today = timezone.localdate()
    return Filters(start=today - 60 * DAY, end=today, **kwargs)


def test_skill_growth_per_area(assessments):
    rows = figures.table("academy.skill_growth").compute(period())
    # Practical: p1 moved +2 and 0 (mean +1), p2 -1; Community: p1 +1; Other: p5 +3.
    assert rows == [
        ("Practical skills", [2, Decimal("0.0")]),
        ("Community", [1, Decimal("1.0")]),
        ("Other skills", [1, Decimal("3.0")]),
    ]


def test_skill_growth_for_a_region(assessments):
    rows = figures.table("academy.skill_growth").compute(period(region="Europe"))
    assert rows == [("Practical skills", [1, Decimal("1.0")]), ("Community", [1, Decimal("1.0")])]
    assert figures.table("academy.skill_growth").compute(period(region="Asia")) == []


def test_skill_growth_area_names_follow_the_language(assessments):
    with translation.override("ar"):
        rows = figures.table("academy.skill_growth").compute(period())
    assert rows[0][0] == "مهارات عملية"


def test_skill_growth_hides_areas_of_too_few_people(assessments):
    table = report.breakdown(period(), 2, "academy.skill_growth")
    assert table.header == ["Skill area", "People assessed at least twice", "Average change"]
    assert table.rows == [
        ("Practical skills", ["2", "+0.0"]),
        ("Community", ["fewer than 2", "fewer than 2"]),
        ("Other skills", ["fewer than 2", "fewer than 2"]),
    ]
    assert table.total is None
    assert table.complemented is False


def test_skill_growth_in_csv_terms(assessments):
    table = report.breakdown(period(), 1, "academy.skill_growth", plain=True)
    assert table.rows == [
        ("Practical skills", ["2", "+0.0"]),
        ("Community", ["1", "+1.0"]),
        ("Other skills", ["1", "+3.0"]),
    ]


def test_skill_growth_without_anyone_assessed_twice(skills):
    table = report.breakdown(period(), 5, "academy.skill_growth")
    assert table.rows == []
    assert table.chart is None
    assert table.empty == "Nobody assessed their skills twice in this period."


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0.25, "0.3"), (-0.25, "-0.3"), (1 / 3, "0.3"), (2 / 3, "0.7"), (-1.05, "-1.1"), (0, "0.0")],
)
def test_tenths_round_halves_away_from_zero(number, expected):
    assert tenths(number) == Decimal(expected)


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [("en", "1.5", "+1.5"), ("de", "-1.5", "-1,5"), ("ar", "0.5", "\u2066+0.5\u2069")],
)
def test_average_change_is_signed_in_the_readers_way(language, value, expected):
    with translation.override(language):
        assert report.show_average(Decimal(value)) == expected
    assert report.show_average(Decimal("-1.5"), plain=True) == "-1.5"
    assert report.show_average(Decimal("0.0"), plain=True) == "+0.0"
