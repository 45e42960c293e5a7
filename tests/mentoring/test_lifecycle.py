"""Pairing lifecycle, check-in scheduling across time zones and DST, objectives."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError

from academy.errors import Refused
from mentoring.models import LearningObjective, MentorProfile, Pairing, PairingStatus
from mentoring.services import objectives, pairings
from tests.factories import LearningObjectiveFactory, MentorProfileFactory, UserFactory


@pytest.mark.django_db
def test_lifecycle_with_history(programme):
    mentor, mentee = MentorProfileFactory().person, UserFactory(time_zone="Europe/Berlin")
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    with pytest.raises(PermissionDenied):
        pairings.accept(actor=mentee, pairing=pairing)
    pairings.accept(actor=mentor, pairing=pairing, message="Gerne!")
    assert pairing.check_ins.count() == 3
    with pytest.raises(Refused):
        pairings.accept(actor=mentor, pairing=pairing)
    pairings.end_early(actor=mentee, pairing=pairing, reason="Not the right time for me.")
    assert pairing.status == PairingStatus.ENDED
    assert list(pairing.events.values_list("old_status", "new_status", "message")) == [
        ("", "proposed", ""),
        ("proposed", "active", "Gerne!"),
        ("active", "ended", "Not the right time for me."),
    ]


@pytest.mark.django_db
def test_outsider_cannot_end_a_pairing(programme):
    mentor, mentee, outsider = MentorProfileFactory().person, UserFactory(), UserFactory()
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    pairings.accept(actor=mentor, pairing=pairing)
    with pytest.raises(PermissionDenied):
        pairings.end_early(actor=outsider, pairing=pairing, reason="x")


@pytest.mark.django_db
def test_member_cannot_propose_for_someone_else(programme):
    with pytest.raises(PermissionDenied):
        pairings.propose(
            actor=UserFactory(), mentor=UserFactory(), mentee=UserFactory(), programme=programme
        )


def test_check_ins_keep_local_time_across_daylight_saving():
    start = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
    due = pairings.check_in_dates(start, months=9, count=3, zone_name="Europe/Berlin")
    assert [d.astimezone(UTC).isoformat() for d in due] == [
        "2027-04-15T15:00:00+00:00",  # summer time: 17:00 in Berlin is 15:00 UTC
        "2027-07-15T15:00:00+00:00",
        "2027-10-15T15:00:00+00:00",
    ]
    winter = pairings.check_in_dates(start, months=12, count=4, zone_name="Europe/Berlin")
    assert winter[-1].astimezone(UTC).isoformat() == "2028-01-15T16:00:00+00:00"


def test_check_ins_follow_the_mentees_zone():
    start = datetime(2027, 1, 31, 23, 30, tzinfo=UTC)  # already 1 February in Auckland
    due = pairings.check_in_dates(start, months=3, count=3, zone_name="Pacific/Auckland")
    assert [d.date().isoformat() for d in due] == ["2027-03-01", "2027-04-01", "2027-05-01"]


@pytest.mark.django_db
def test_database_allows_one_active_objective():
    person = UserFactory()
    LearningObjectiveFactory(person=person, statement="Run my first meeting")
    with pytest.raises(IntegrityError):
        LearningObjectiveFactory(person=person, statement="A second one")


@pytest.mark.django_db
def test_closing_an_objective_opens_the_way_to_the_next():
    person = UserFactory()
    first = objectives.set_objective(person, statement="Run my first meeting")
    with pytest.raises(Refused, match="already have an active objective"):
        objectives.set_objective(person, statement="Too soon")
    with pytest.raises(Refused, match="reflection"):
        objectives.close_objective(first, completed=True, reflection=" ")
    objectives.close_objective(first, completed=True, reflection="It went well.")
    second = objectives.set_objective(person, statement="Welcome five newcomers")
    assert list(LearningObjective.objects.values_list("statement", "status")) == [
        (second.statement, "active"),
        (first.statement, "completed"),
    ]


@pytest.mark.django_db
def test_away_paused_full_and_inactive_people_cannot_be_asked_or_overfilled(programme):

    def offering(**fields):
        return MentorProfileFactory(capacity=1, **fields).person

    away = offering(away_until=date.today() + timedelta(days=3))
    paused = offering(paused=True)
    gone = offering()
    gone.is_active = False
    gone.save()
    for mentor, code in ((away, "away"), (paused, "away"), (gone, "away"), (UserFactory(), "away")):
        mentee = UserFactory()
        with pytest.raises(Refused) as refusal:
            pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
        assert refusal.value.code == code
    busy = offering()
    first, second = UserFactory(), UserFactory()
    waiting = pairings.propose(actor=first, mentor=busy, mentee=first, programme=programme)
    later = pairings.propose(actor=second, mentor=busy, mentee=second, programme=programme)
    pairings.accept(actor=busy, pairing=waiting)
    with pytest.raises(Refused) as refusal:
        pairings.accept(actor=busy, pairing=later)
    assert refusal.value.code == "full"
    later.refresh_from_db()
    assert later.status == "proposed"
    third = UserFactory()
    with pytest.raises(Refused) as refusal:
        pairings.propose(actor=third, mentor=busy, mentee=third, programme=programme)
    assert refusal.value.code == "full"


@pytest.mark.django_db
def test_a_double_click_or_a_race_cannot_apply_a_change_twice(programme):

    mentor, mentee = MentorProfileFactory(capacity=3).person, UserFactory()
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    stale = Pairing.objects.get(pk=pairing.pk)  # loaded by a second request, still "proposed"
    pairings.accept(actor=mentor, pairing=pairing)
    with pytest.raises(Refused) as refusal:
        pairings.accept(actor=mentor, pairing=stale)
    assert refusal.value.code == "transition"
    with pytest.raises(Refused):
        pairings.decline(actor=mentor, pairing=stale)  # a decline racing the accept
    assert pairing.check_ins.count() == 3
    assert list(pairing.events.values_list("new_status", flat=True)) == ["proposed", "active"]


@pytest.mark.django_db
def test_a_mentor_who_is_away_is_told_what_to_change(programme):

    mentor, mentee = MentorProfileFactory().person, UserFactory()
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    MentorProfile.objects.filter(person=mentor).update(away_until=date.today() + timedelta(days=2))
    with pytest.raises(Refused) as refusal:
        pairings.accept(actor=mentor, pairing=pairing)
    assert refusal.value.messages == [
        "You are away or paused. Change your offer of support to accept."
    ]
