"""The academy's own badge rules (self-assessments), the rule registry, and the catch-up
command: each rule awards exactly once, on the event and when run twice."""

from datetime import date

import pytest
from django.core.management import call_command

from academy.growth import assessments
from academy.growth.assessments import RatingInput
from academy.growth.badges import growth_rules, services
from academy.growth.badges.models import Award
from academy.growth.badges.rules import badge_rules
from tests.academy.growth_support import assessed, framework
from tests.factories import UserFactory
from tests.factories.badges import BadgeFactory

pytestmark = pytest.mark.django_db


def awards(badge):
    return sorted(Award.objects.filter(badge=badge).values_list("person__display_name", flat=True))


def catch_up_twice():
    call_command("award_badges")
    call_command("award_badges")


def test_every_app_registers_its_rules():
    assert sorted(rule.key for rule in badge_rules) == [
        "academy.first_self_assessment",
        "academy.self_assessments_a_cycle_apart",
        "cohorts.session_facilitated",
        "cohorts.sessions_attended",
        "cohorts.track_completed",
        "mentoring.became_mentor",
        "mentoring.pairing_finished_as_mentee",
        "mentoring.pairing_finished_as_mentor",
    ]


def test_first_self_assessment_awards_once(django_capture_on_commit_callbacks):
    skills = framework()
    badge = BadgeFactory(rule=growth_rules.FIRST)
    person = UserFactory(display_name="Ife")
    for level in (2, 3):
        with django_capture_on_commit_callbacks(execute=True):
            assessments.submit(person, {skills["facilitation"]: RatingInput(level=level)})
        assert awards(badge) == ["Ife"]
    catch_up_twice()
    assert awards(badge) == ["Ife"]


@pytest.mark.parametrize(
    ("dates", "earned"),
    [
        ([date(2025, 1, 10), date(2025, 7, 10)], True),  # a cycle (6 months) apart
        ([date(2025, 1, 10), date(2025, 6, 12)], True),  # a few weeks early
        ([date(2025, 1, 10), date(2025, 5, 1)], False),  # too soon
        ([date(2025, 1, 10), date(2026, 3, 1)], False),  # a cycle skipped
        ([date(2024, 1, 10), date(2025, 3, 1), date(2025, 9, 2)], True),  # later, in a row
        ([date(2025, 1, 10)], False),
    ],
)
def test_two_in_a_row_a_cycle_apart(dates, earned):
    skills = framework()
    badge = BadgeFactory(rule=growth_rules.TWO_IN_A_ROW)
    person = UserFactory(display_name="Ife")
    for day in dates:
        assessed(person, day, {skills["speaking"]: 2})
    catch_up_twice()
    assert awards(badge) == (["Ife"] if earned else [])


def test_catch_up_leaves_badges_by_hand_and_unknown_rules_alone(coordinator):
    by_hand = BadgeFactory(key="by-hand")
    unknown = BadgeFactory(key="from-a-removed-app", rule="gone.rule")
    UserFactory()
    assert services.catch_up() == {}
    assert (awards(by_hand), awards(unknown)) == ([], [])


def test_rules_never_award_to_closed_accounts():
    skills = framework()
    badge = BadgeFactory(rule=growth_rules.FIRST)
    person = UserFactory(display_name="Gone", is_active=False)
    assessed(person, date(2025, 1, 10), {skills["speaking"]: 2})
    catch_up_twice()
    assert awards(badge) == []


def test_nobody_meets_a_rule_without_the_facts():
    person = UserFactory()
    for rule in badge_rules:
        assert list(rule.meets(1, type(person).objects.filter(pk=person.pk))) == [], rule.key
