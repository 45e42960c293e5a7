"""Session pages: registering, access rules, roster, check-in, completion."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from academy.models import Role
from cohorts.models import Enrolment, Registration
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory, SessionAccessFactory

WORKSHOP_URL = "/en/peer-learning/great-workshops/feedback/"


@pytest.mark.django_db
def test_member_registers_from_the_workshop_page(client, user, small_session):
    client.force_login(user)
    page = client.get(WORKSHOP_URL).content.decode()
    assert f'action="/en/sessions/{small_session.pk}/register/"' in page
    response = client.post(f"/en/sessions/{small_session.pk}/register/", {"next": WORKSHOP_URL})
    assert response["Location"] == WORKSHOP_URL
    assert Registration.objects.get(person=user).status == "registered"
    assert "You have a seat" in client.get(WORKSHOP_URL).content.decode()


@pytest.mark.django_db
def test_outsider_is_asked_to_sign_in(client, small_session):
    assert "Sign in to register" in client.get(WORKSHOP_URL).content.decode()
    response = client.post(f"/en/sessions/{small_session.pk}/register/")
    assert response["Location"].startswith("/en/accounts/login/")
    assert Registration.objects.count() == 0


@pytest.mark.django_db
def test_cohort_session_is_for_enrolled_people(client, user, cohort, cohort_session):
    client.force_login(user)
    response = client.post(f"/en/sessions/{cohort_session.pk}/register/", follow=True)
    assert "This session is for the people enrolled in its cohort." in response.content.decode()
    Enrolment.objects.create(cohort=cohort, person=user, status="enrolled")
    client.post(f"/en/sessions/{cohort_session.pk}/register/")
    assert Registration.objects.get(person=user).status == "registered"


@pytest.mark.django_db
def test_workshop_may_open_cohort_session_to_members(client, user, cohort, cohort_session):
    cohort_session.access.open_to_members = True
    cohort_session.access.save()
    client.force_login(user)
    client.post(f"/en/sessions/{cohort_session.pk}/register/")
    assert Registration.objects.get(person=user).status == "registered"


@pytest.mark.django_db
def test_learning_days_first_day_only_for_one_role(client, user, other_user, small_session):
    """Day one of Learning Days is only for experienced people in a role."""
    experienced = Group.objects.create(name="Experienced")
    role = Role.objects.get(key="mentor")
    role.holders = experienced
    role.save()
    SessionAccessFactory(session=small_session, restricted_role=role)
    other_user.groups.add(experienced)
    client.force_login(user)
    response = client.post(f"/en/sessions/{small_session.pk}/register/", follow=True)
    assert "open only to people in a particular role" in response.content.decode()
    client.force_login(other_user)
    client.post(f"/en/sessions/{small_session.pk}/register/")
    assert list(Registration.objects.values_list("person", flat=True)) == [other_user.pk]


@pytest.mark.django_db
def test_registration_closes(client, user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=1))
    SessionAccessFactory(
        session=session, registration_closes_at=timezone.now() - timedelta(minutes=5)
    )
    client.force_login(user)
    response = client.post(f"/en/sessions/{session.pk}/register/", follow=True)
    assert "Registration for this session has closed." in response.content.decode()


@pytest.fixture
def running_session(workshop):
    session = SessionFactory(
        workshop=workshop, start=timezone.now() - timedelta(minutes=5), capacity=5
    )
    SessionAccessFactory(session=session, check_in_code="ABC234")
    return session


@pytest.mark.django_db
@pytest.mark.parametrize(("who", "status"), [("facilitator", 200), ("user", 403)])
def test_roster_permissions(client, request, running_session, who, status):
    person = UserFactory() if who == "facilitator" else request.getfixturevalue(who)
    if who == "facilitator":
        running_session.access.facilitators.add(person)
    client.force_login(person)
    assert client.get(f"/en/sessions/{running_session.pk}/roster/").status_code == status


@pytest.mark.django_db
def test_roster_refuses_outsider(client, running_session):
    response = client.get(f"/en/sessions/{running_session.pk}/roster/")
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.django_db
def test_facilitator_takes_attendance_and_completion_follows(client, track, running_session):

    cohort = CohortFactory(track=track, completion_min_sessions=1, start_date=date.today())
    running_session.access.cohort = cohort
    running_session.access.save()
    learner = UserFactory()
    Enrolment.objects.create(cohort=cohort, person=learner, status="enrolled")
    registration = Registration.objects.create(
        session=running_session, person=learner, status="registered"
    )
    facilitator = UserFactory()
    running_session.access.facilitators.add(facilitator)
    client.force_login(facilitator)
    client.post(
        f"/en/sessions/{running_session.pk}/roster/", {f"attendance-{registration.pk}": "late"}
    )
    registration.refresh_from_db()
    assert registration.attendance == "late"
    enrolment = Enrolment.objects.get(person=learner)
    assert enrolment.status == "completed"
    client.logout()
    page = client.get(f"/en/completion/{enrolment.completion_code}/")
    assert page.status_code == 200
    assert (
        f"<bdi>{learner.public_name}</bdi> completed “<bdi>Running great workshops</bdi>”"
        in page.content.decode()
    )


@pytest.mark.django_db
def test_self_check_in_with_code(client, user, running_session):
    Registration.objects.create(session=running_session, person=user, status="registered")
    client.force_login(user)
    wrong = client.post(
        f"/en/sessions/{running_session.pk}/check-in/", {"code": "ZZZ999"}, follow=True
    )
    assert "That code is not right." in wrong.content.decode()
    client.post(f"/en/sessions/{running_session.pk}/check-in/", {"code": "abc234"})
    registration = Registration.objects.get(person=user)
    assert registration.attendance == "present"
    assert registration.checked_in_at is not None


@pytest.mark.django_db
def test_check_in_only_while_running(client, user, small_session):
    SessionAccessFactory(session=small_session, check_in_code="ABC234")
    Registration.objects.create(session=small_session, person=user, status="registered")
    client.force_login(user)
    response = client.post(
        f"/en/sessions/{small_session.pk}/check-in/", {"code": "ABC234"}, follow=True
    )
    assert "Check-in is open only while the session is running." in response.content.decode()


@pytest.mark.django_db
def test_unknown_completion_code_is_404(client, home):
    assert client.get("/en/completion/6f1c3a52-2c1e-4a57-9b8d-1a2b3c4d5e6f/").status_code == 404
