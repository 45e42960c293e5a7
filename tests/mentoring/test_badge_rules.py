"""The badge rules mentoring owns: a pairing finished, as the one offering support and as
the one receiving it, and beginning to offer support. Each awards exactly once, on the
event and through `manage.py award_badges`, run twice."""

import pytest
from django.core.management import call_command

from academy.growth.badges.models import Award
from mentoring import badge_rules
from mentoring.services import pairings
from tests.factories import MentorProfileFactory, UserFactory
from tests.factories.badges import BadgeFactory
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db


def awards(badge):
    return sorted(Award.objects.filter(badge=badge).values_list("person__display_name", flat=True))


def catch_up_twice():
    call_command("award_badges")
    call_command("award_badges")


def test_finishing_a_pairing_awards_both_people_once(programme, django_capture_on_commit_callbacks):
    as_mentor = BadgeFactory(rule=badge_rules.FINISHED_AS_MENTOR)
    as_mentee = BadgeFactory(rule=badge_rules.FINISHED_AS_MENTEE)
    mentor = MentorProfileFactory(person__display_name="Guide").person
    mentee = UserFactory(display_name="Newcomer")
    pairing = make_pairing(mentor, mentee, programme)
    ended = make_pairing(mentor, UserFactory(display_name="Left early"), programme)
    with django_capture_on_commit_callbacks(execute=True):
        pairings.end_early(actor=ended.mentee, pairing=ended, reason="Moved away")
    assert (awards(as_mentor), awards(as_mentee)) == ([], [])

    with django_capture_on_commit_callbacks(execute=True):
        pairings.complete(actor=mentee, pairing=pairing)
    assert (awards(as_mentor), awards(as_mentee)) == (["Guide"], ["Newcomer"])
    catch_up_twice()
    assert (awards(as_mentor), awards(as_mentee)) == (["Guide"], ["Newcomer"])


def test_a_count_of_finished_pairings(programme, django_capture_on_commit_callbacks):
    badge = BadgeFactory(rule=badge_rules.FINISHED_AS_MENTOR, threshold=2)
    mentor = MentorProfileFactory(person__display_name="Guide", capacity=3).person
    first, second = (make_pairing(mentor, UserFactory(), programme) for _ in range(2))
    with django_capture_on_commit_callbacks(execute=True):
        pairings.complete(actor=mentor, pairing=first)
    assert awards(badge) == []
    with django_capture_on_commit_callbacks(execute=True):
        pairings.complete(actor=mentor, pairing=second)
    assert awards(badge) == ["Guide"]
    catch_up_twice()
    assert awards(badge) == ["Guide"]


def test_beginning_to_offer_support(django_capture_on_commit_callbacks):
    badge = BadgeFactory(rule=badge_rules.BECAME_MENTOR)
    earlier = MentorProfileFactory(person__display_name="Earlier")  # no commit: no event
    with django_capture_on_commit_callbacks(execute=True):
        profile = MentorProfileFactory(person__display_name="New")
        profile.save()  # saving again changes nothing
    assert awards(badge) == ["New"]
    catch_up_twice()
    assert awards(badge) == ["Earlier", "New"]
    assert earlier.person.badge_awards.get().awarded_by is None
