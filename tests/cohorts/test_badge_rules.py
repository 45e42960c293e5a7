"""The badge rules cohorts own: each awards exactly once, when the fact happens (after
its transaction commits) and through `manage.py award_badges`, run twice."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from academy.growth.badges.models import Award
from cohorts import badge_rules
from cohorts.models import EnrolmentStatus
from cohorts.services import attendance
from tests.factories import SessionFactory, UserFactory
from tests.factories.badges import BadgeFactory
from tests.factories.cohorts import EnrolmentFactory, RegistrationFactory, SessionAccessFactory

pytestmark = pytest.mark.django_db


def awards(badge):
    return sorted(Award.objects.filter(badge=badge).values_list("person__display_name", flat=True))


def catch_up_twice():
    call_command("award_badges")
    call_command("award_badges")


@pytest.fixture
def attended_session(workshop, cohort):
    session = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(hours=1))
    SessionAccessFactory(session=session, cohort=cohort)
    return session


def test_completing_a_track_awards_once(
    cohort, attended_session, coordinator, django_capture_on_commit_callbacks
):
    badge = BadgeFactory(rule=badge_rules.TRACK_COMPLETED)
    cohort.start_date = date.today()  # completion never comes before the cohort starts
    cohort.save(update_fields=["start_date"])
    person = UserFactory(display_name="Lin")
    EnrolmentFactory(cohort=cohort, person=person)
    registration = RegistrationFactory(session=attended_session, person=person)

    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark(coordinator, registration, "present")
    assert person.enrolments.get().status == EnrolmentStatus.COMPLETED
    assert awards(badge) == ["Lin"]

    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark(coordinator, registration, "late")
    catch_up_twice()
    assert awards(badge) == ["Lin"]


def test_two_tracks_for_a_badge_that_counts_two(cohort, django_capture_on_commit_callbacks):
    badge = BadgeFactory(rule=badge_rules.TRACK_COMPLETED, threshold=2)
    person = UserFactory(display_name="Lin")
    with django_capture_on_commit_callbacks(execute=True):
        EnrolmentFactory(cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED)
    assert awards(badge) == []
    catch_up_twice()
    assert awards(badge) == []


def test_attending_n_sessions(workshop, cohort, coordinator, django_capture_on_commit_callbacks):
    badge = BadgeFactory(rule=badge_rules.SESSIONS_ATTENDED, threshold=3)
    person = UserFactory(display_name="Ama")
    registrations = [
        RegistrationFactory(
            person=person,
            session=SessionFactory(workshop=workshop, start=timezone.now() - timedelta(days=n)),
        )
        for n in range(1, 4)
    ]
    for registration in registrations[:2]:
        with django_capture_on_commit_callbacks(execute=True):
            attendance.mark(coordinator, registration, "present")
    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark(coordinator, registrations[2], "absent")
    assert awards(badge) == []

    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark(coordinator, registrations[2], "late")
    assert awards(badge) == ["Ama"]
    catch_up_twice()
    assert awards(badge) == ["Ama"]


def test_facilitating_a_session_that_took_place(
    workshop, coordinator, django_capture_on_commit_callbacks
):
    badge = BadgeFactory(rule=badge_rules.SESSION_FACILITATED)
    host, later = UserFactory(display_name="Host"), UserFactory(display_name="Later")
    past = SessionAccessFactory(
        session=SessionFactory(workshop=workshop, start=timezone.now() - timedelta(hours=2))
    )
    upcoming = SessionAccessFactory(
        session=SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=2))
    )
    cancelled = SessionAccessFactory(
        session=SessionFactory(
            workshop=workshop, start=timezone.now() - timedelta(days=2), cancelled=True
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        past.facilitators.add(host)
        upcoming.facilitators.add(later)
        cancelled.facilitators.add(later)
    assert awards(badge) == ["Host"]
    catch_up_twice()
    assert awards(badge) == ["Host"]

    # Once the upcoming session has taken place and attendance is taken, "Later" earns it.
    upcoming.session.start = timezone.now() - timedelta(minutes=30)
    upcoming.session.save()
    registration = RegistrationFactory(session=upcoming.session)
    with django_capture_on_commit_callbacks(execute=True):
        attendance.mark(coordinator, registration, "present")
    assert awards(badge) == ["Host", "Later"]
    catch_up_twice()
    assert awards(badge) == ["Host", "Later"]


def test_catch_up_awards_facts_from_before_the_badge(cohort, capsys):
    for name in ("Bo", "Cy"):
        EnrolmentFactory(
            cohort=cohort,
            person=UserFactory(display_name=name),
            status=EnrolmentStatus.COMPLETED,
        )
    EnrolmentFactory(cohort=cohort, person=UserFactory(display_name="Still going"))
    badge = BadgeFactory(key="graduate", rule=badge_rules.TRACK_COMPLETED)
    call_command("award_badges")
    assert "graduate: 2" in capsys.readouterr().out
    call_command("award_badges")
    assert "graduate: 0" in capsys.readouterr().out
    assert awards(badge) == ["Bo", "Cy"]
