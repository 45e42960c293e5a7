from datetime import date, timedelta

import factory
from django.utils import timezone

from cohorts.models import (
    Cohort,
    Enrolment,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
    SessionAccess,
)
from tests.factories.users import UserFactory


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort

    name = factory.Sequence(lambda n: f"Spring cohort {n}")
    slug = factory.Sequence(lambda n: f"cohort-{n}")
    start_date = factory.LazyFunction(lambda: date.today() + timedelta(days=7))
    end_date = factory.LazyFunction(lambda: date.today() + timedelta(days=90))
    language = "en"
    format = "online"
    capacity = 2
    enrolment_opens = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    enrolment_closes = factory.LazyFunction(lambda: timezone.now() + timedelta(days=6))
    completion_min_sessions = 1


class SessionAccessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionAccess


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    cohort = factory.SubFactory(CohortFactory)
    person = factory.SubFactory(UserFactory)
    status = EnrolmentStatus.ENROLLED


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    person = factory.SubFactory(UserFactory)
    status = RegistrationStatus.REGISTERED

    class Params:
        waitlisted = factory.Trait(
            status=RegistrationStatus.WAITLISTED, waitlisted_at=factory.LazyFunction(timezone.now)
        )
