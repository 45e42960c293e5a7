"""The mentor's dashboard and the coordinators' overview: what they show and who sees
them. What they cost is in test_query_budgets."""

from datetime import timedelta

import pytest
from django.utils import timezone

from mentoring.models import CheckIn, Pairing, SupportRequest
from mentoring.services import objectives
from tests.factories import MentorProfileFactory, SupportRequestFactory, UserFactory
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db


def _age(pairing, days):
    """Pretend the pairing started `days` ago."""
    Pairing.objects.filter(pk=pairing.pk).update(started_at=timezone.now() - timedelta(days=days))


def test_mentor_dashboard_rows(client, programme):
    mentor = MentorProfileFactory(capacity=3, quiet_after_days=10).person
    quiet = make_pairing(mentor, UserFactory(display_name="Bea"), programme)
    busy = make_pairing(mentor, UserFactory(display_name="Adam"), programme)
    starred = make_pairing(mentor, UserFactory(display_name="Zofia"), programme)
    for pairing in (quiet, busy, starred):
        _age(pairing, 40)
    first = busy.check_ins.first()
    first.met_at = timezone.now() - timedelta(days=2)
    first.save()
    objectives.set_objective(busy.mentee, statement="Run my first edit-a-thon", supporter=mentor)
    CheckIn.objects.filter(pk=quiet.check_ins.first().pk).update(
        due_at=timezone.now() - timedelta(days=5)
    )
    client.force_login(mentor)
    client.post(f"/en/mentoring/pairings/{starred.pk}/star/", {"starred": "on"})
    html = client.get("/en/mentoring/dashboard/").content.decode()
    assert html.index("Zofia") < html.index("Adam") < html.index("Bea")  # starred first
    assert html.count('class="starred"') == 1
    assert "Run my first edit-a-thon" in html
    assert html.count(">Quiet<") == 2  # Bea and Zofia; Adam met two days ago
    assert html.count("Check-in overdue") == 1
    assert "3 of 3 places taken" in html
    assert "more than 10 days" in html


def test_only_the_mentor_stars(client, programme):
    mentor = MentorProfileFactory().person
    pairing = make_pairing(mentor, UserFactory(), programme)
    for outsider in (pairing.mentee, UserFactory()):
        client.force_login(outsider)
        assert (
            client.post(f"/en/mentoring/pairings/{pairing.pk}/star/", {"starred": "on"}).status_code
            == 403
        )
    pairing.refresh_from_db()
    assert pairing.starred is False
    client.force_login(mentor)
    client.post(f"/en/mentoring/pairings/{pairing.pk}/star/", {"starred": "on"})
    pairing.refresh_from_db()
    assert pairing.starred is True
    client.logout()
    assert client.get("/en/mentoring/dashboard/")["Location"].startswith("/en/accounts/login/")


def test_dashboard_sends_non_mentors_to_the_offer(client, user):
    client.force_login(user)
    assert client.get("/en/mentoring/dashboard/")["Location"] == "/en/mentoring/offer/"


def test_overview_for_coordinators_only_and_without_private_notes(
    client, coordinator, programme, user
):
    near = MentorProfileFactory(person__display_name="Nadia", capacity=2).person
    pairing = make_pairing(near, UserFactory(display_name="Omar"), programme)
    late = pairing.check_ins.first()
    late.due_at = timezone.now() - timedelta(days=3)
    late.notes = "Omar is worried about his exams."
    late.save()
    waiting = UserFactory(display_name="Wiktor")
    SupportRequestFactory(person=waiting, languages=["pl"])
    client.force_login(coordinator)
    html = client.get("/en/mentoring/overview/").content.decode()
    assert "Omar is worried" not in html
    assert html.count(">Overdue<") == 1
    assert "1/2" in html  # Nadia, one place left
    assert "Wiktor" in html
    assert 'Active <span class="badge">1</span>' in html
    for outsider in (near, pairing.mentee, user):
        client.force_login(outsider)
        assert client.get("/en/mentoring/overview/").status_code == 403
    client.logout()
    assert client.get("/en/mentoring/overview/").status_code == 302


def test_waiting_learner_gets_a_pairing_proposed_by_a_coordinator(
    client, coordinator, programme, skill
):
    mentor = MentorProfileFactory(person__display_name="Kasia", skills=[skill]).person
    learner = UserFactory(display_name="Ola", spoken_languages=["pl"])
    client.force_login(learner)
    ask = {"skills": [skill.pk], "languages": ["pl"], "note": "Evenings only, please."}
    client.post("/en/mentoring/find/ask-for-help/", ask)
    client.post("/en/mentoring/find/ask-for-help/", ask)  # a second open request is refused
    wanted = SupportRequest.objects.get(person=learner)
    assert wanted.note == "Evenings only, please."
    assert client.get(f"/en/mentoring/overview/requests/{wanted.pk}/").status_code == 403
    client.force_login(coordinator)
    html = client.get(f"/en/mentoring/overview/requests/{wanted.pk}/").content.decode()
    assert "Kasia" in html
    assert "speaks Polish" in html
    client.post(
        f"/en/mentoring/overview/requests/{wanted.pk}/propose/{mentor.pk}/",
        {"programme": programme.pk, "message": "You both like evenings."},
    )
    pairing = Pairing.objects.get(mentee=learner)
    assert (pairing.mentor, pairing.proposed_by, pairing.status) == (
        mentor,
        coordinator,
        "proposed",
    )
    client.force_login(mentor)
    client.post(f"/en/mentoring/pairings/{pairing.pk}/answer/", {"decision": "accept"})
    wanted.refresh_from_db()
    assert wanted.closed_at is not None
