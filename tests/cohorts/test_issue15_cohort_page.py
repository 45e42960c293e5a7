"""Issue 15, item 4 (the cohort page): the people who run a cohort are not offered to
apply to it, and an applicant withdraws their application rather than "leaving"."""

import pytest

from cohorts.models import Enrolment, EnrolmentEvent, EnrolmentStatus, SelectionMode
from tests.factories.cohorts import EnrolmentFactory

pytestmark = pytest.mark.django_db

APPLY = "Apply to join"
ENROL = 'action="/en/cohorts/{pk}/enrol/"'


@pytest.fixture
def by_application(cohort):
    cohort.selection_mode = SelectionMode.APPLICATION
    cohort.save(update_fields=["selection_mode"])
    return cohort


def page(client, cohort, person=None):
    if person is not None:
        client.force_login(person)
    return client.get(f"/en/cohorts/{cohort.pk}/").content.decode()


@pytest.mark.parametrize(
    ("who", "offered"),
    [("coordinator", False), ("cohort_coordinator", False), ("user", True)],
)
def test_apply_is_offered_only_to_people_who_could_join(
    client, request, by_application, who, offered
):
    content = page(client, by_application, request.getfixturevalue(who))
    assert (APPLY in content) is offered
    assert ("You run this cohort." in content) is not offered


def test_anonymous_is_asked_to_sign_in(client, by_application):
    content = page(client, by_application)
    assert "Sign in to join" in content
    assert APPLY not in content


@pytest.mark.parametrize(("who", "offered"), [("cohort_coordinator", False), ("user", True)])
def test_enrol_is_offered_only_to_people_who_could_join(client, request, cohort, who, offered):
    content = page(client, cohort, request.getfixturevalue(who))
    assert (ENROL.format(pk=cohort.pk) in content) is offered


def test_coordinator_sees_the_review_queue_link(client, by_application, cohort_coordinator):
    content = page(client, by_application, cohort_coordinator)
    assert f'href="/en/cohorts/{by_application.pk}/applications/"' in content


def test_applicant_is_offered_to_withdraw_the_application(client, user, by_application):
    EnrolmentFactory(cohort=by_application, person=user, status=EnrolmentStatus.APPLIED)
    content = page(client, by_application, user)
    assert "Withdraw application" in content
    assert "Leave this cohort" not in content
    assert APPLY not in content


def test_withdrawing_an_application(client, user, by_application):
    enrolment = EnrolmentFactory(cohort=by_application, person=user, status=EnrolmentStatus.APPLIED)
    client.force_login(user)
    response = client.post(f"/en/cohorts/{by_application.pk}/withdraw/", follow=True)
    assert "Your application is withdrawn." in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    assert list(EnrolmentEvent.objects.values_list("old_status", "new_status", "actor")) == [
        (EnrolmentStatus.APPLIED, EnrolmentStatus.WITHDRAWN, user.pk)
    ]


def test_waitlisted_person_leaves_the_waiting_list(client, user, cohort):
    EnrolmentFactory(cohort=cohort, person=user, status=EnrolmentStatus.WAITLISTED)
    client.force_login(user)
    assert "Leave the waiting list" in page(client, cohort)
    response = client.post(f"/en/cohorts/{cohort.pk}/withdraw/", follow=True)
    assert "You have left the waiting list." in response.content.decode()
    assert Enrolment.objects.get(person=user).status == EnrolmentStatus.WITHDRAWN


def test_enrolled_person_leaves_the_cohort(client, user, cohort):
    EnrolmentFactory(cohort=cohort, person=user)
    content = page(client, cohort, user)
    assert "Leave this cohort" in content
    assert "Withdraw application" not in content
    response = client.post(f"/en/cohorts/{cohort.pk}/withdraw/", follow=True)
    assert "You have left the cohort." in response.content.decode()


def test_outsider_cannot_withdraw_someone_else(client, other_user, user, by_application):
    enrolment = EnrolmentFactory(cohort=by_application, person=user, status=EnrolmentStatus.APPLIED)
    client.force_login(other_user)
    assert client.post(f"/en/cohorts/{by_application.pk}/withdraw/").status_code == 404
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.APPLIED


def test_anonymous_withdraw_goes_to_sign_in(client, by_application):
    response = client.post(f"/en/cohorts/{by_application.pk}/withdraw/")
    assert response["Location"].startswith("/en/accounts/login/")
