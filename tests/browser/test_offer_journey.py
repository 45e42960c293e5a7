"""A graduate offers support, a coordinator approves, and the pathway shows it."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from academy.models import Skill
from academy.terminology.builtin import seed as seed_builtin_roles
from mentoring.models import MentorProfile
from tests.browser.test_cohort_journey import sign_in
from tests.factories import HomePageFactory, SchoolPageFactory, TrackPageFactory, UserFactory
from tests.factories.mentoring import graduate

pytestmark = pytest.mark.django_db(transaction=True)


def test_graduate_offers_support_and_a_coordinator_approves(browser, live_server):
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    Group.objects.get_or_create(name="Coordinators")
    track = TrackPageFactory(parent=SchoolPageFactory(parent=HomePageFactory()))
    Skill.objects.create(key="wikidata", name="Wikidata queries")
    amal = UserFactory(email="amal@example.org", display_name="Amal")
    graduate(amal, track)
    coordinator = UserFactory(email="coord@example.org", display_name="Coord")
    coordinator.groups.add(Group.objects.get(name="Coordinators"))

    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, "amal@example.org")
    page.goto("/en/mentoring/")
    page.get_by_role("link", name="Offer support").first.click()
    page.get_by_role("button", name="Send my offer").click()  # nothing chosen: kept, explained
    assert "This field is required." in page.locator("main").inner_text()
    page.get_by_label("Wikidata queries").check()
    page.get_by_label("Why you want to support others").fill("I teach SPARQL at meetups.")
    page.get_by_role("button", name="Send my offer").click()
    assert "Waiting for a decision" in page.locator("main").inner_text()

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "coord@example.org")
    page.goto("/en/mentoring/overview/")
    page.get_by_role("link", name="1 offer of support waiting for a decision").click()
    offer = page.locator("main li.card").first
    assert "Completed a track" in offer.inner_text()
    offer.get_by_label("Approve").check()
    offer.get_by_role("button", name="Save decision").click()
    assert "Decision saved." in page.locator(".messages").inner_text()
    assert list(MentorProfile.objects.get(person=amal).skills.values_list("key", flat=True)) == [
        "wikidata"
    ]

    page.goto("/en/mentoring/people/")
    assert "Amal" in page.locator(".offer-list").inner_text()
    page.get_by_role("link", name="Amal").click()
    assert page.locator(".pathway__step--reached").count() == 3
    context.close()
