"""Enrolment: open cohorts with a waiting list, applications, review, withdrawal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from cohorts.models import ApplicationQuestion, Enrolment, EnrolmentEvent
from tests.factories import UserFactory
from tests.factories.cohorts import CohortFactory


@pytest.mark.django_db
def test_open_cohort_enrols_then_waitlists(client, cohort):
    people = [UserFactory() for _ in range(3)]
    for person in people:
        client.force_login(person)
        client.post(f"/en/cohorts/{cohort.pk}/enrol/")
    statuses = [Enrolment.objects.get(person=p).status for p in people]
    assert statuses == ["enrolled", "enrolled", "waitlisted"]


@pytest.mark.django_db
def test_withdrawing_promotes_first_waiting_and_keeps_history(
    client, cohort, django_capture_on_commit_callbacks
):
    people = [UserFactory() for _ in range(4)]
    for person in people:
        client.force_login(person)
        client.post(f"/en/cohorts/{cohort.pk}/enrol/")
    client.force_login(people[0])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/cohorts/{cohort.pk}/withdraw/")
    assert [Enrolment.objects.get(person=p).status for p in people] == [
        "withdrawn",
        "enrolled",
        "enrolled",
        "waitlisted",
    ]
    promoted = Enrolment.objects.get(person=people[2])
    assert list(promoted.events.values_list("old_status", "new_status")) == [
        ("", "waitlisted"),
        ("waitlisted", "enrolled"),
    ]
    assert mail.outbox[-1].to == [people[2].email]


@pytest.mark.django_db
def test_outsider_must_sign_in_to_enrol(client, cohort):
    response = client.post(f"/en/cohorts/{cohort.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_enrolling_outside_the_window_is_refused(client, track, user):

    closed = CohortFactory(track=track, enrolment_closes=timezone.now() - timedelta(minutes=1))
    client.force_login(user)
    response = client.post(f"/en/cohorts/{closed.pk}/enrol/", follow=True)
    assert "Enrolment for this cohort is not open." in response.content.decode()
    assert Enrolment.objects.count() == 0


@pytest.fixture
def application_cohort(track):
    cohort = CohortFactory(track=track, selection_mode="application", capacity=1)
    ApplicationQuestion.objects.create(cohort=cohort, text="Why do you want to join?", position=1)
    return cohort


@pytest.mark.django_db
def test_application_needs_every_answer_and_keeps_input(client, user, application_cohort):
    client.force_login(user)
    question = application_cohort.questions.get()
    response = client.post(f"/en/cohorts/{application_cohort.pk}/apply/", {f"q{question.pk}": ""})
    assert response.status_code == 200
    assert response.context["form"].errors == {f"q{question.pk}": ["This field is required."]}
    client.post(
        f"/en/cohorts/{application_cohort.pk}/apply/", {f"q{question.pk}": "To help my wiki."}
    )
    enrolment = Enrolment.objects.get(person=user)
    assert (enrolment.status, enrolment.answers) == (
        "applied",
        {str(question.pk): "To help my wiki."},
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "status"), [("cohort_coordinator", 200), ("user", 403), ("other_user", 403)]
)
def test_review_queue_permissions(client, request, application_cohort, who, status):
    if who == "cohort_coordinator":
        person = UserFactory()
        application_cohort.coordinators.add(person)
    else:
        person = request.getfixturevalue(who)
    client.force_login(person)
    assert client.get(f"/en/cohorts/{application_cohort.pk}/applications/").status_code == status


@pytest.mark.django_db
def test_coordinator_accepts_with_message_in_applicants_language(
    client, application_cohort, django_capture_on_commit_callbacks
):
    coordinator = UserFactory()
    application_cohort.coordinators.add(coordinator)
    applicant = UserFactory(preferred_language="en")
    enrolment = Enrolment.objects.create(
        cohort=application_cohort, person=applicant, status="applied"
    )
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/cohorts/applications/{enrolment.pk}/decide/",
            {"decision": "accept", "message": "Welcome!"},
        )
    enrolment.refresh_from_db()
    assert enrolment.status == "enrolled"
    assert EnrolmentEvent.objects.get(enrolment=enrolment).message == "Welcome!"
    body = mail.outbox[0].body
    assert "The coordinators of “" in body
    assert "Welcome!" in body


@pytest.mark.django_db
def test_member_cannot_decide_applications(client, user, application_cohort):
    applicant = UserFactory()
    enrolment = Enrolment.objects.create(
        cohort=application_cohort, person=applicant, status="applied"
    )
    client.force_login(user)
    assert (
        client.post(
            f"/en/cohorts/applications/{enrolment.pk}/decide/", {"decision": "accept"}
        ).status_code
        == 403
    )
    enrolment.refresh_from_db()
    assert enrolment.status == "applied"


@pytest.mark.django_db
def test_accepting_into_a_full_cohort_is_refused(client, application_cohort):
    coordinator = UserFactory()
    application_cohort.coordinators.add(coordinator)
    Enrolment.objects.create(cohort=application_cohort, person=UserFactory(), status="enrolled")
    waiting = Enrolment.objects.create(
        cohort=application_cohort, person=UserFactory(), status="applied"
    )
    client.force_login(coordinator)
    response = client.post(
        f"/en/cohorts/applications/{waiting.pk}/decide/", {"decision": "accept"}, follow=True
    )
    assert "The cohort is full." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "applied"
