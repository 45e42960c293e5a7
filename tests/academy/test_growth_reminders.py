"""The self-assessment cycle and its reminder: configurable per site, sent when one is
due, in the person's language, and only once however often the command runs."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from academy.formats import format_date
from academy.growth.cycle import add_months, cycle_months, next_due
from academy.growth.models import AssessmentReminder, GrowthSettings
from academy.growth.reminders import due_reminders
from tests.academy.growth_support import assessed, framework
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills():
    return framework()


def months_ago(months, days=0):
    return add_months(timezone.now().date(), -months) - timedelta(days=days)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2026, 12, 1), 6, date(2027, 6, 1)),
        (date(2026, 3, 15), -6, date(2025, 9, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_cycle_is_six_months_unless_the_site_says_otherwise():
    site = Site.objects.get(is_default_site=True)
    assert cycle_months() == 6
    settings = GrowthSettings.for_site(site)
    settings.cycle_months = 3
    settings.save()
    assert cycle_months() == 3
    assert cycle_months(site) == 3


def test_next_due_is_a_cycle_after_the_last(skills):
    person = UserFactory()
    last = assessed(person, date(2026, 6, 1), {skills["facilitation"]: 2})
    assert next_due(last.submitted_at, 6) == date(2026, 12, 1)
    assert next_due(None, 6) is None


def test_reminder_is_sent_once_even_if_the_command_runs_twice(
    skills, django_capture_on_commit_callbacks
):
    due = UserFactory(preferred_language="pl", email="due@example.org")
    assessed(due, months_ago(12), {skills["facilitation"]: 1})
    assessed(due, months_ago(6, days=1), {skills["facilitation"]: 2})
    not_yet = UserFactory(email="later@example.org")
    assessed(not_yet, months_ago(5), {skills["facilitation"]: 2})
    UserFactory(email="never@example.org")  # never assessed: nothing to remind of

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_assessment_reminders")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_assessment_reminders")

    assert [message.to for message in mail.outbox] == [["due@example.org"]]
    reminder = AssessmentReminder.objects.get()
    assert (reminder.person, reminder.due_on) == (due, add_months(months_ago(6, days=1), 6))
    body = mail.outbox[0].body
    assert "/pl/growth/assess/" in body  # the link in the person's language
    assert format_date(reminder.due_on, language="pl") in body  # "1 czerwca 2027"


def test_a_shorter_cycle_makes_more_people_due(skills):
    person = UserFactory()
    assessed(person, months_ago(5), {skills["facilitation"]: 2})
    assert due_reminders() == []
    settings = GrowthSettings.for_site(Site.objects.get(is_default_site=True))
    settings.cycle_months = 3
    settings.save()
    assert due_reminders() == [(person.pk, add_months(months_ago(5), 3))]


def test_people_who_left_are_not_reminded(skills):
    person = UserFactory(is_active=False)
    assessed(person, months_ago(7), {skills["facilitation"]: 2})
    assert due_reminders() == []
