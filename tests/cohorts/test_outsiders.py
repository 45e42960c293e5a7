"""Every personal or state-changing view sends a visitor who is not signed in to sign in,
and changes nothing."""

import pytest

from cohorts.models import CalendarToken, Enrolment, Registration
from cohorts.services import seats
from tests.factories import UserFactory


@pytest.fixture
def urls(cohort, small_session):
    enrolment = Enrolment.objects.create(cohort=cohort, person=cohort_owner(), status="applied")
    return [
        ("post", f"/en/cohorts/{cohort.pk}/enrol/"),
        ("get", f"/en/cohorts/{cohort.pk}/apply/"),
        ("post", f"/en/cohorts/{cohort.pk}/withdraw/"),
        ("get", f"/en/cohorts/{cohort.pk}/applications/"),
        ("post", f"/en/cohorts/applications/{enrolment.pk}/decide/"),
        ("post", f"/en/sessions/{small_session.pk}/register/"),
        ("post", f"/en/sessions/{small_session.pk}/cancel/"),
        ("get", f"/en/sessions/{small_session.pk}/roster/"),
        ("post", f"/en/sessions/{small_session.pk}/check-in/"),
        ("get", "/en/dashboard/"),
        ("post", "/en/dashboard/calendar/reset/"),
    ]


def cohort_owner():

    return UserFactory()


@pytest.mark.django_db
def test_outsider_is_sent_to_sign_in_everywhere(client, urls):
    for method, url in urls:
        response = getattr(client, method)(url, {"decision": "accept"} if "decide" in url else {})
        assert response.status_code == 302, url
        assert response["Location"].startswith("/en/accounts/login/?next="), url
    assert Registration.objects.count() == 0
    assert CalendarToken.objects.count() == 0
    assert list(Enrolment.objects.values_list("status", flat=True)) == ["applied"]


@pytest.mark.django_db
def test_member_cannot_withdraw_someone_else(client, cohort, user, other_user):
    Enrolment.objects.create(cohort=cohort, person=other_user, status="enrolled")
    client.force_login(user)
    assert client.post(f"/en/cohorts/{cohort.pk}/withdraw/").status_code == 404
    assert Enrolment.objects.get(person=other_user).status == "enrolled"


@pytest.mark.django_db
def test_member_cancels_only_their_own_seat(client, user, other_user, small_session):

    seats.register(other_user, small_session)
    client.force_login(user)
    client.post(f"/en/sessions/{small_session.pk}/cancel/")
    assert Registration.objects.get(person=other_user).status == "registered"


@pytest.mark.django_db
def test_dashboard_shows_only_my_own_registrations(client, user, other_user, small_session):

    seats.register(other_user, small_session)
    client.force_login(user)
    response = client.get("/en/dashboard/")
    assert response.context["registrations"] == []
    assert "No upcoming sessions." in response.content.decode()
