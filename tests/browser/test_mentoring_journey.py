"""A learner asks for a mentor, the mentor accepts, and both record a check-in."""

import pytest
from django.apps import apps
from django.utils import timezone

from academy.models import Skill
from academy.terminology.builtin import seed as seed_builtin_roles
from mentoring.models import CheckIn, Feedback, Pairing
from tests.browser.test_cohort_journey import sign_in
from tests.factories import (
    HomePageFactory,
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def mentoring_setting():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    HomePageFactory()
    facilitation = Skill.objects.create(key="facilitation", name="Facilitation")
    Skill.objects.create(key="wikidata", name="Wikidata queries")
    ProgrammeTemplateFactory(name="9 months, 3 feedback sessions", months=9, check_ins=3)
    mentor = MentorProfileFactory(
        person__email="kasia@example.org",
        person__display_name="Kasia",
        person__time_zone="Europe/Warsaw",
        person__spoken_languages=["pl", "en"],
        organisation="WMPL",
        skills=[facilitation],
    ).person
    UserFactory(
        email="ola@example.org",
        display_name="Ola",
        time_zone="Europe/Warsaw",
        spoken_languages=["pl"],
    )
    return {"mentor": mentor}


def test_request_accept_and_check_in_from_both_sides(browser, live_server, mentoring_setting):
    learner_context = browser.new_context(base_url=live_server.url, locale="en-GB")
    learner = learner_context.new_page()
    learner.set_default_timeout(15_000)
    sign_in(learner, "ola@example.org")
    learner.goto("/en/mentoring/find/")
    learner.get_by_label("Facilitation").check()
    # Her own languages come chosen; the picker shows them as chips.
    assert learner.get_by_role("button", name="Remove Polish").is_visible()
    learner.get_by_role("button", name="Suggest").click()
    suggestion = learner.locator(".suggestion-list > li").first
    assert "Kasia" in suggestion.inner_text()
    assert "speaks Polish; offers Facilitation; same time zone; 2 of 2 places free" in (
        suggestion.locator(".explanation").inner_text()
    )
    suggestion.get_by_label("Message").fill("Could you help me run my first workshop?")
    suggestion.get_by_role("button", name="Ask").click()
    assert "Your request has been sent." in learner.locator(".messages").inner_text()
    pairing = Pairing.objects.get()
    assert pairing.status == "proposed"

    mentor_context = browser.new_context(base_url=live_server.url, locale="en-GB")
    mentor = mentor_context.new_page()
    mentor.set_default_timeout(15_000)
    sign_in(mentor, "kasia@example.org")
    mentor.goto("/en/mentoring/dashboard/")
    mentor.get_by_role("link", name="Ola").click()
    mentor.get_by_label("Accept").check()
    mentor.get_by_label("Message").fill("Gladly! Let us start next week.")
    mentor.get_by_role("button", name="Send").click()
    pairing.refresh_from_db()
    assert pairing.status == "active"
    assert mentor.locator("#checkins-heading + ol > li").count() == 3
    # A check-in is recorded from its day on: the day of the first one comes.
    CheckIn.objects.filter(pk=pairing.check_ins.order_by("due_at").first().pk).update(
        due_at=timezone.now()
    )

    for tab, rating, words in (
        (mentor, "4 Working well", "Ola comes prepared."),
        (learner, "5 Working very well", "Clear advice."),
    ):
        tab.goto(f"/en/mentoring/pairings/{pairing.pk}/")
        first = tab.locator("#checkins-heading + ol > li").first
        first.get_by_role("radio", name=rating).check()
        first.get_by_label("What works well").fill(words)
        first.get_by_role("button", name="Record this check-in").click()
        assert "Check-in recorded." in tab.locator(".messages").inner_text()

    check_in = CheckIn.objects.filter(pairing=pairing).order_by("due_at").first()
    assert check_in.met_at is not None
    assert sorted(Feedback.objects.values_list("author__display_name", "rating")) == [
        ("Kasia", 4),
        ("Ola", 5),
    ]
    learner.reload()
    assert "Kasia: 4/5, Working well · Ola comes prepared." in (
        learner.locator(".feedback").all_inner_texts()
    )
    learner_context.close()
    mentor_context.close()
