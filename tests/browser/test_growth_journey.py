"""Growth made visible: a learner rates her skills and sees the chart; the facilitator
takes attendance, which completes the track; the learner finds the badge, opens its
verification page and downloads the signed credential."""

import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone

from academy.growth.badges.models import Badge
from academy.terminology.builtin import seed as seed_builtin_roles
from cohorts.badge_rules import TRACK_COMPLETED
from tests.academy.growth_support import framework
from tests.browser.test_cohort_journey import sign_in
from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.cohorts import (
    CohortFactory,
    EnrolmentFactory,
    RegistrationFactory,
    SessionAccessFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def academy():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    Group.objects.get_or_create(name="Coordinators")
    skills = framework()
    home = HomePageFactory()
    track = TrackPageFactory(
        parent=SchoolPageFactory(parent=home, slug="peer-learning"), slug="great-workshops"
    )
    workshop = WorkshopPageFactory(parent=track, slug="feedback", title="Giving feedback")
    cohort = CohortFactory(  # under way: completion never comes before a cohort starts
        track=track,
        name="Autumn cohort",
        completion_min_sessions=1,
        start_date=timezone.localdate() - timedelta(days=7),
    )
    session = SessionFactory(
        workshop=workshop, capacity=10, start=timezone.now() - timedelta(hours=3)
    )
    facilitator = UserFactory(email="host@example.org")
    access = SessionAccessFactory(session=session, cohort=cohort)
    access.facilitators.add(facilitator)
    learner = UserFactory(email="lucia@example.org", display_name="Lucía")
    EnrolmentFactory(cohort=cohort, person=learner)
    RegistrationFactory(session=session, person=learner)
    badge = Badge.objects.create(
        key="first-track",
        name="First track completed",
        description="Completed a whole track with a cohort.",
        criteria="Complete one track.",
        rule=TRACK_COMPLETED,
        threshold=1,
    )
    badge.skills.add(skills["facilitation"])
    return {"skills": skills, "session": session}


def test_assess_see_the_chart_complete_a_track_and_download_the_badge(page, academy):
    facilitation = academy["skills"]["facilitation"]
    sign_in(page, "lucia@example.org")
    page.goto("/en/growth/assess/")
    page.locator(f"input[name=level_{facilitation.pk}][value='3']").check()
    page.fill(f"input[name=evidence_{facilitation.pk}]", "I ran our first online meeting.")
    page.locator(f"input[name=grow_{facilitation.pk}]").check()
    page.get_by_role("button", name="Submit my self-assessment").click()
    page.wait_for_url("**/en/growth/")
    chart = page.locator("svg[role=img]").first
    assert "Facilitation" in chart.locator("title").text_content()
    assert "3" in page.locator("table").first.inner_text()

    page.context.clear_cookies()
    sign_in(page, "host@example.org")
    page.goto(f"/en/sessions/{academy['session'].pk}/roster/")
    page.locator("input[type=radio][value=present]").check()
    page.get_by_role("button", name="Save attendance").click()

    page.context.clear_cookies()
    sign_in(page, "lucia@example.org")
    page.goto("/en/badges/")
    badge = page.locator("li", has_text="First track completed")
    badge.get_by_role("link", name="Verification page").click()
    page.wait_for_url("**/en/badges/awards/*/")
    assert "First track completed" in page.locator("h1").inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download").first.click()
    credential = json.loads(download_info.value.path().read_text())
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["credentialSubject"]["achievement"]["name"] == "First track completed"
    assert credential["proof"][0]["jwt"].count(".") == 2
