"""The dashboard's figures, at the service level."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cohorts.models import Attendance, Enrolment, EnrolmentStatus, Registration, RegistrationStatus
from cohorts.services import dashboard
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory, SessionAccessFactory


@pytest.mark.django_db
def test_cohorts_with_progress_counts_attended_sessions_per_cohort(track, workshop):
    person = UserFactory()
    mine, left = CohortFactory(track=track, completion_min_sessions=3), CohortFactory(track=track)
    Enrolment.objects.create(cohort=mine, person=person, status=EnrolmentStatus.ENROLLED)
    Enrolment.objects.create(cohort=left, person=person, status=EnrolmentStatus.WITHDRAWN)
    past = timezone.now() - timedelta(days=3)
    for attendance in (Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT):
        session = SessionFactory(workshop=workshop, start=past)
        SessionAccessFactory(session=session, cohort=mine)
        Registration.objects.create(
            session=session,
            person=person,
            status=RegistrationStatus.REGISTERED,
            attendance=attendance,
        )

    rows = dashboard.cohorts_with_progress(person)

    assert [(row.cohort, row.attended, row.needed) for row in rows] == [(mine, 2, 3)]


@pytest.mark.django_db
def test_coming_sessions_are_soonest_first_with_waiting_list_positions(workshop):
    person, ahead = UserFactory(), UserFactory()
    soon = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=1))
    later = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=5))
    gone = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(days=1))
    queued = timezone.now() - timedelta(hours=2)
    for who, when in ((ahead, queued), (person, queued + timedelta(minutes=5))):
        Registration.objects.create(
            session=later, person=who, status=RegistrationStatus.WAITLISTED, waitlisted_at=when
        )
    Registration.objects.create(session=soon, person=person, status=RegistrationStatus.REGISTERED)
    Registration.objects.create(session=gone, person=person, status=RegistrationStatus.REGISTERED)

    rows = dashboard.coming_sessions(person)

    assert [(row.session, row.status, row.position) for row in rows] == [
        (soon, RegistrationStatus.REGISTERED, None),
        (later, RegistrationStatus.WAITLISTED, 2),
    ]


@pytest.mark.django_db
def test_calendar_token_is_made_once_per_person():
    person = UserFactory()
    assert dashboard.calendar_token(person).token == dashboard.calendar_token(person).token
