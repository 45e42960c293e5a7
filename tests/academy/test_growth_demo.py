"""The demo's growth: the framework from the consultation's five trait areas plus the
practical skills, tagged workshops, and two people assessed 12, 6 and 0 months ago."""

import pytest
from django.utils import timezone

from academy.demo.files import read_toml
from academy.demo.loader import DATA
from academy.growth.assessments import submitted_assessments
from academy.growth.cycle import add_months
from academy.growth.demo import load_assessments, load_growth
from academy.growth.models import GrowthSharing, Skill, SkillArea, SkillLevel
from tests.factories import UserFactory, WorkshopPageFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "de", "es", "fr", "pl", "ar")


@pytest.fixture
def people():
    return {"learner": UserFactory(), "translator_pl": UserFactory()}


def test_demo_growth(people, track):
    workshop = WorkshopPageFactory(parent=track, slug="hosting-learning-days")
    logged = []
    load_growth(read_toml(DATA / "skills.toml"), people, log=logged.append)
    assert logged == ["Skills framework: 6 areas, 15 skills, 6 self-assessments."]
    assert list(SkillArea.objects.values_list("key", flat=True)) == [
        "inclusive-environments",
        "empowering-others",
        "sustaining-roles",
        "engaging-new-people",
        "cooperation",
        "practical",
    ]
    # The skills mentoring's demo offers and asks for are among them: one list.
    assert {"facilitation", "public-speaking", "conflict", "newcomers", "wikidata"} <= set(
        Skill.objects.values_list("key", flat=True)
    )
    for model, fields in (
        (SkillArea, ("name", "description")),
        (Skill, ("name", "description")),
        (SkillLevel, ("description",)),
    ):
        for item in model.objects.all():
            for name in fields:
                values = [getattr(item, f"{name}_{code}") for code in LANGUAGES]
                assert all(values), (item, name)
                assert len(set(values)) >= 5, (item, name)  # translated, not copied
    assert SkillLevel.objects.filter(skill__key="facilitation").count() == 5
    workshop.refresh_from_db()
    assert sorted(workshop.skills.values_list("key", flat=True)) == [
        "events",
        "facilitation",
        "public-speaking",
    ]

    today = timezone.now().date()
    expected = [add_months(today, -12), add_months(today, -6), today]
    for person in people.values():
        dates = [a.submitted_at.date() for a in submitted_assessments(person)]
        assert dates == expected
    learner = [
        {r.skill.key: r.level for r in a.ratings.select_related("skill") if r.level}
        for a in submitted_assessments(people["learner"])
    ]
    assert [levels["facilitation"] for levels in learner] == [1, 2, 3]
    assert dict(GrowthSharing.objects.values_list("person", "mentors_may_see")) == {
        people["learner"].pk: True,
        people["translator_pl"].pk: False,
    }

    logged.clear()
    load_growth(read_toml(DATA / "skills.toml"), people, log=logged.append)  # idempotent
    assert logged == ["Skills framework: 6 areas, 15 skills, 0 self-assessments."]
    assert len(submitted_assessments(people["learner"])) == 3


def test_demo_assessments_of_people_the_academy_data_does_not_name(people, track):
    load_growth(read_toml(DATA / "skills.toml"), people, log=None)
    cohort_people = {"amara": UserFactory()}
    specs = [
        {"person": "amara", "months_ago": 5, "levels": {"facilitation": 2}, "grow": ["events"]},
        {"person": "amara", "months_ago": 1, "levels": {"facilitation": 3}, "grow": []},
    ]
    assert load_assessments(specs, cohort_people) == 2
    assert load_assessments(specs, cohort_people) == 0  # idempotent
    today = timezone.now().date()
    assessments = submitted_assessments(cohort_people["amara"])
    assert [a.submitted_at.date() for a in assessments] == [
        add_months(today, -5),
        add_months(today, -1),
    ]
    assert [
        sorted((r.skill.key, r.level, r.focus) for r in a.ratings.select_related("skill"))
        for a in assessments
    ] == [[("events", None, 1), ("facilitation", 2, None)], [("facilitation", 3, None)]]
