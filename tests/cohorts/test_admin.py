"""Coordinators run cohorts and session rules in the admin; others cannot."""

import pytest

from cohorts.models import Cohort


def cohort_form(track):
    return {
        "track": track.pk,
        "name_en": "Winter cohort",
        "slug": "winter",
        "start_date": "2031-01-10",
        "end_date": "2031-03-10",
        "language": "en",
        "format": "online",
        "capacity": "12",
        "enrolment_opens": "2030-12-01 09:00",
        "enrolment_closes": "2031-01-05 09:00",
        "selection_mode": "application",
        "completion_min_sessions": "2",
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-text_en": "Why this track?",
        "questions-0-ORDER": "1",
        "questions-0-id": "",
        "questions-0-DELETE": "",
    }


@pytest.mark.django_db
def test_coordinator_creates_a_cohort_with_questions(client, coordinator, track):
    client.force_login(coordinator)
    assert client.get("/admin/snippets/cohorts/cohort/").status_code == 200
    response = client.post("/admin/snippets/cohorts/cohort/add/", cohort_form(track))
    assert response.status_code == 302, response.content.decode()[:2000]
    cohort = Cohort.objects.get(slug="winter")
    assert list(cohort.questions.values_list("text", flat=True)) == ["Why this track?"]


@pytest.mark.django_db
def test_member_cannot_manage_cohorts(client, user, track):
    client.force_login(user)
    response = client.post("/admin/snippets/cohorts/cohort/add/", cohort_form(track))
    assert (
        response.status_code == 403
    )  # signed in without admin rights: told so, not sent to sign in again
    assert not Cohort.objects.exists()
