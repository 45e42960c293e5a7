"""Mentoring test data: people who offer support, pairings, graduates."""

from django.utils import timezone

from cohorts.models import Enrolment, EnrolmentEvent
from mentoring.models import MentorProfile
from mentoring.services import pairings
from tests.factories.cohorts import CohortFactory
from tests.factories.users import UserFactory


def make_mentor(name="Kasia", capacity=2, skills=(), **fields):
    person = UserFactory(display_name=name, spoken_languages=["en", "pl"])
    profile = MentorProfile.objects.create(person=person, capacity=capacity, **fields)
    profile.skills.set(skills)
    return person


def make_pairing(mentor, mentee, programme, *, active=True):
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    if active:
        pairings.accept(actor=mentor, pairing=pairing)
    return pairing


def graduate(person, track, when=None):
    """The person completed a cohort of the track, with the event the pathway reads."""
    enrolment = Enrolment.objects.create(
        cohort=CohortFactory(track=track), person=person, status="completed"
    )
    EnrolmentEvent.objects.create(enrolment=enrolment, new_status="enrolled")
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        old_status="enrolled",
        new_status="completed",
        created_at=when or timezone.now(),
    )
    return enrolment
