"""Many people at once for the report's query budgets: rows written with bulk_create, so
that 500 people take a moment, not a minute."""

from datetime import UTC, timedelta

from django.utils import timezone

from academy.growth.models import Assessment, AssessmentStatus, Rating
from academy.models import User
from cohorts.models import (
    Attendance,
    Enrolment,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
)
from mentoring.models import Pairing, PairingStatus

ZONES = ("Europe/Berlin", "America/Lima", "Asia/Tokyo", "Africa/Nairobi")


def bulk_people(count, *, prefix="bulk"):
    """`count` people spread over four regions."""
    return User.objects.bulk_create(
        User(
            username=f"{prefix}-{number}",
            email=f"{prefix}-{number}@example.org",
            display_name=f"Person {number}",
            time_zone=ZONES[number % len(ZONES)],
        )
        for number in range(count)
    )


def bulk_take_part(people, *, cohort, session, skill=None):
    """Each person completes `cohort`, attends `session` and, with a skill, assesses it
    twice (two levels apart) in the fortnight before now."""
    Enrolment.objects.bulk_create(
        Enrolment(cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED)
        for person in people
    )
    Registration.objects.bulk_create(
        Registration(
            session=session,
            person=person,
            status=RegistrationStatus.REGISTERED,
            attendance=Attendance.PRESENT,
        )
        for person in people
    )
    if skill is None:
        return
    now = timezone.now().astimezone(UTC).replace(microsecond=0)
    moments = (now - timedelta(days=14), now - timedelta(days=1))
    assessments = Assessment.objects.bulk_create(
        Assessment(
            person=person, status=AssessmentStatus.SUBMITTED, created_at=when, submitted_at=when
        )
        for person in people
        for when in moments
    )
    Rating.objects.bulk_create(
        Rating(assessment=assessment, skill=skill, level=2 + 2 * (index % 2))
        for index, assessment in enumerate(assessments)
    )


def bulk_pairings(people, *, programme):
    """Each person of an even place supports the next one, since yesterday."""
    started = timezone.now() - timedelta(days=1)
    return Pairing.objects.bulk_create(
        Pairing(
            mentor=mentor,
            mentee=mentee,
            programme=programme,
            status=PairingStatus.ACTIVE,
            started_at=started,
        )
        for mentor, mentee in zip(people[::2], people[1::2], strict=False)
    )
