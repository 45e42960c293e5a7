"""Issue 15, item 3: the roster and track authors are linked from where people look, and
attendance and completion follow the calendar (attendance opens at the start, may be
corrected for 14 days, and completes nobody before the cohort starts)."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from academy.errors import Refused
from cohorts.models import EnrolmentStatus, Registration
from cohorts.services import attendance
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import (
    CohortFactory,
    EnrolmentFactory,
    RegistrationFactory,
    SessionAccessFactory,
)

pytestmark = pytest.mark.django_db

WORKSHOP_URL = "/en/peer-learning/great-workshops/feedback/"
TRACK_URL = "/en/peer-learning/great-workshops/"


def session_starting(workshop, delta, **access):
    session = SessionFactory(workshop=workshop, start=timezone.now() + delta, capacity=5)
    SessionAccessFactory(session=session, check_in_code="ABC234", **access)
    return session


@pytest.fixture
def personas(request, coordinator, user, other_user, cohort):
    """facilitator, cohort coordinator, academy coordinator, learner (registered),
    outsider (another member), anonymous."""
    facilitator = UserFactory(display_name="Facilitator")
    runs_cohort = UserFactory(display_name="Runs the cohort")
    cohort.coordinators.add(runs_cohort)
    return {
        "facilitator": facilitator,
        "cohort_coordinator": runs_cohort,
        "coordinator": coordinator,
        "learner": user,
        "outsider": other_user,
        "anonymous": None,
    }


@pytest.fixture
def upcoming(workshop, cohort, personas):
    session = session_starting(workshop, timedelta(days=2), cohort=cohort, open_to_members=True)
    session.access.facilitators.add(personas["facilitator"])
    RegistrationFactory(session=session, person=personas["learner"])
    return session


# The roster link on the session card


@pytest.mark.parametrize(
    ("who", "sees_link"),
    [
        ("facilitator", True),
        ("cohort_coordinator", True),
        ("coordinator", True),
        ("learner", False),
        ("outsider", False),
        ("anonymous", False),
    ],
)
def test_roster_link_on_the_session_card(client, personas, upcoming, who, sees_link):
    if personas[who] is not None:
        client.force_login(personas[who])
    page = client.get(WORKSHOP_URL).content.decode()
    assert (f'href="/en/sessions/{upcoming.pk}/roster/"' in page) is sees_link
    assert page.count('class="session-actions__roster"') == (1 if sees_link else 0)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("facilitator", 200),
        ("cohort_coordinator", 200),
        ("coordinator", 200),
        ("learner", 403),
        ("outsider", 403),
    ],
)
def test_roster_is_for_the_people_the_card_links(client, personas, upcoming, who, status):
    client.force_login(personas[who])
    assert client.get(f"/en/sessions/{upcoming.pk}/roster/").status_code == status


def test_anonymous_roster_goes_to_sign_in(client, upcoming):
    response = client.get(f"/en/sessions/{upcoming.pk}/roster/")
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next=/en/sessions/{upcoming.pk}/roster/"


# The track authors link on the track page


@pytest.mark.parametrize(
    ("who", "sees_link"),
    [
        ("coordinator", True),
        ("cohort_coordinator", False),
        ("facilitator", False),
        ("learner", False),
        ("anonymous", False),
    ],
)
def test_track_authors_link_only_for_coordinators(client, track, personas, who, sees_link):
    if personas[who] is not None:
        client.force_login(personas[who])
    page = client.get(TRACK_URL).content.decode()
    assert (f'href="/en/tracks/{track.pk}/authors/"' in page) is sees_link
    if sees_link:
        assert client.get(f"/en/tracks/{track.pk}/authors/").status_code == 200


# When attendance can be taken


@pytest.mark.parametrize(
    ("offset", "code"),
    [
        (timedelta(days=-2), "not_started"),
        (timedelta(seconds=-1), "not_started"),
        (timedelta(0), None),
        (timedelta(days=14), None),
        (timedelta(days=14, seconds=1), "too_late"),
    ],
)
def test_attendance_window(workshop, offset, code):
    session = SessionFactory(workshop=workshop, start=timezone.now())
    refusal = attendance.attendance_refusal(session, now=session.start + offset)
    assert (refusal.code if refusal else None) == code


def test_attendance_refusal_messages(workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now())
    early = attendance.attendance_refusal(session, now=session.start - timedelta(minutes=1))
    late = attendance.attendance_refusal(session, now=session.start + timedelta(days=15))
    assert early.message == "Attendance opens when the session starts."
    assert late.message == (
        "Attendance can be corrected only for 14 days after the session starts."
    )


def test_marking_before_the_start_is_refused(workshop, coordinator):
    registration = RegistrationFactory(session=session_starting(workshop, timedelta(days=2)))
    with pytest.raises(Refused) as refused:
        attendance.mark(coordinator, registration, "present")
    assert refused.value.code == "not_started"
    registration.refresh_from_db()
    assert registration.attendance == ""


def test_correcting_within_fourteen_days(workshop, coordinator):
    registration = RegistrationFactory(
        session=session_starting(workshop, -timedelta(days=13, hours=23)), attendance="absent"
    )
    attendance.mark(coordinator, registration, "excused")
    registration.refresh_from_db()
    assert registration.attendance == "excused"


def test_correcting_after_fourteen_days_is_refused(workshop, coordinator):
    registration = RegistrationFactory(
        session=session_starting(workshop, -timedelta(days=14, minutes=1)), attendance="absent"
    )
    with pytest.raises(Refused) as refused:
        attendance.mark(coordinator, registration, "present")
    assert refused.value.code == "too_late"
    registration.refresh_from_db()
    assert registration.attendance == "absent"


def test_outsider_cannot_mark_even_while_open(workshop, other_user):
    registration = RegistrationFactory(session=session_starting(workshop, -timedelta(hours=1)))
    with pytest.raises(PermissionDenied):
        attendance.mark(other_user, registration, "present")


def test_roster_hides_the_controls_before_the_start(client, personas, upcoming):
    client.force_login(personas["facilitator"])
    page = client.get(f"/en/sessions/{upcoming.pk}/roster/").content.decode()
    assert "Attendance opens when the session starts." in page
    assert 'type="radio"' not in page
    assert "Save attendance" not in page
    assert f"<bdi>{personas['learner'].public_name}</bdi>" in page


def test_roster_post_before_the_start_changes_nothing(client, personas, upcoming):
    registration = Registration.objects.get(session=upcoming)
    client.force_login(personas["facilitator"])
    response = client.post(
        f"/en/sessions/{upcoming.pk}/roster/",
        {f"attendance-{registration.pk}": "present"},
        follow=True,
    )
    page = response.content.decode()
    assert "Attendance opens when the session starts." in page
    assert "Attendance saved." not in page
    registration.refresh_from_db()
    assert registration.attendance == ""


def test_roster_opens_at_the_start(client, workshop, personas):
    session = session_starting(workshop, -timedelta(minutes=1))
    session.access.facilitators.add(personas["facilitator"])
    registration = RegistrationFactory(session=session, person=personas["learner"])
    client.force_login(personas["facilitator"])
    page = client.get(f"/en/sessions/{session.pk}/roster/").content.decode()
    assert page.count('type="radio"') == 4
    client.post(f"/en/sessions/{session.pk}/roster/", {f"attendance-{registration.pk}": "late"})
    registration.refresh_from_db()
    assert registration.attendance == "late"


def test_roster_is_read_only_after_fourteen_days(client, workshop, personas):
    session = session_starting(workshop, -timedelta(days=15))
    session.access.facilitators.add(personas["facilitator"])
    registration = RegistrationFactory(
        session=session, person=personas["learner"], attendance="late"
    )
    client.force_login(personas["facilitator"])
    page = client.get(f"/en/sessions/{session.pk}/roster/").content.decode()
    assert "Attendance can be corrected only for 14 days after the session starts." in page
    assert 'type="radio"' not in page
    assert "<td>Late</td>" in page
    client.post(f"/en/sessions/{session.pk}/roster/", {f"attendance-{registration.pk}": "absent"})
    registration.refresh_from_db()
    assert registration.attendance == "late"


# Completion never before the cohort starts


@pytest.mark.parametrize(
    ("starts", "status"),
    [
        (date.today() + timedelta(days=1), EnrolmentStatus.ENROLLED),
        (date.today(), EnrolmentStatus.COMPLETED),
        (date.today() - timedelta(days=3), EnrolmentStatus.COMPLETED),
    ],
)
def test_completion_waits_for_the_cohort_start(track, workshop, coordinator, starts, status):
    cohort = CohortFactory(track=track, start_date=starts, completion_min_sessions=1)
    session = session_starting(workshop, -timedelta(minutes=20), cohort=cohort)
    enrolment = EnrolmentFactory(cohort=cohort)
    registration = RegistrationFactory(session=session, person=enrolment.person)
    attendance.mark(coordinator, registration, "present")
    enrolment.refresh_from_db()
    assert enrolment.status == status


def test_self_check_in_before_the_cohort_starts_completes_nobody(track, workshop):
    cohort = CohortFactory(track=track, start_date=date.today() + timedelta(days=1))
    session = session_starting(workshop, timedelta(minutes=5), cohort=cohort)
    enrolment = EnrolmentFactory(cohort=cohort)
    RegistrationFactory(session=session, person=enrolment.person)
    registration = attendance.check_in(enrolment.person, session, "ABC234")
    assert registration.attendance == "present"
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ENROLLED
