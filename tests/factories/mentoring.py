"""Mentoring test data: offers of support, programmes, pairings, check-ins, objectives and
requests for support; and the helpers that go through the services or build a history."""

from datetime import timedelta

import factory
from django.utils import timezone

from cohorts.models import Enrolment, EnrolmentEvent, EnrolmentStatus
from mentoring.models import (
    CheckIn,
    Feedback,
    LearningObjective,
    MentorProfile,
    ObjectiveStatus,
    Pairing,
    PairingStatus,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services import pairings
from tests.factories.cohorts import CohortFactory
from tests.factories.users import UserFactory


class MentorProfileFactory(factory.django.DjangoModelFactory):
    """A person offering support. They speak English and Polish, so the matcher finds
    them for a learner in either language."""

    class Meta:
        model = MentorProfile
        skip_postgeneration_save = True

    person = factory.SubFactory(UserFactory, spoken_languages=["en", "pl"])
    capacity = 2

    @factory.post_generation
    def skills(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.skills.set(extracted)


class ProgrammeTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeTemplate

    name = "9 months, 3 feedback sessions"
    months = 9
    check_ins = 3


class PairingFactory(factory.django.DjangoModelFactory):
    """A pairing row as it is stored; to go through proposing and accepting (events,
    scheduled check-ins, emails) use `make_pairing`."""

    class Meta:
        model = Pairing

    mentor = factory.LazyFunction(lambda: MentorProfileFactory().person)
    mentee = factory.SubFactory(UserFactory)
    programme = factory.SubFactory(ProgrammeTemplateFactory)
    status = PairingStatus.ACTIVE
    started_at = factory.LazyFunction(timezone.now)


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CheckIn

    pairing = factory.SubFactory(PairingFactory)
    due_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    check_in = factory.SubFactory(CheckInFactory)
    author = factory.LazyAttribute(lambda o: o.check_in.pairing.mentor)
    rating = 4


class LearningObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningObjective

    person = factory.SubFactory(UserFactory)
    statement = factory.Sequence(lambda n: f"Objective {n}")
    status = ObjectiveStatus.ACTIVE

    class Params:
        completed = factory.Trait(
            status=ObjectiveStatus.COMPLETED,
            reflection="Learned a lot.",
            closed_at=factory.LazyFunction(timezone.now),
        )


class SupportRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupportRequest
        skip_postgeneration_save = True

    person = factory.SubFactory(UserFactory)
    languages = factory.LazyFunction(lambda: ["en"])

    @factory.post_generation
    def skills(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.skills.set(extracted)


def make_pairing(mentor, mentee, programme, *, active=True):
    """A pairing proposed by the mentee and, when `active`, accepted by the mentor,
    through the services: with its history and its scheduled check-ins."""
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    if active:
        pairings.accept(actor=mentor, pairing=pairing)
    return pairing


def graduate(person, track, when=None):
    """The person completed a cohort of the track, with the event the pathway reads."""
    enrolment = Enrolment.objects.create(
        cohort=CohortFactory(track=track), person=person, status=EnrolmentStatus.COMPLETED
    )
    EnrolmentEvent.objects.create(enrolment=enrolment, new_status=EnrolmentStatus.ENROLLED)
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        old_status=EnrolmentStatus.ENROLLED,
        new_status=EnrolmentStatus.COMPLETED,
        created_at=when or timezone.now(),
    )
    return enrolment
