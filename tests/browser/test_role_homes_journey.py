"""A home for each role, in a browser: a coordinator signs in, sees the applications
waiting on the dashboard and decides one; a facilitator signs in, opens the roster from
the dashboard and takes attendance once the session has started; a translator signs in
and reaches their language's work in one click."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone

from academy.terminology.builtin import seed as seed_builtin_roles
from cohorts.models import Enrolment, EnrolmentStatus, Registration, SelectionMode
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
    seed_builtin_roles(apps)  # a transactional test's flush removed the migrations' rows
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    track = TrackPageFactory(
        parent=SchoolPageFactory(parent=HomePageFactory(), slug="peer-learning"),
        slug="great-workshops",
    )
    workshop = WorkshopPageFactory(parent=track, slug="feedback", title="Giving feedback")
    cohort = CohortFactory(
        track=track, name="Autumn circle", selection_mode=SelectionMode.APPLICATION, capacity=5
    )
    return {"coordinators": coordinators, "track": track, "workshop": workshop, "cohort": cohort}


def test_a_coordinator_decides_an_application_from_the_dashboard(page, academy):
    coordinator = UserFactory(email="camille@example.org")
    coordinator.groups.add(academy["coordinators"])
    applicant = UserFactory(display_name="Amara")
    EnrolmentFactory(cohort=academy["cohort"], person=applicant, status=EnrolmentStatus.APPLIED)
    sign_in(page, "camille@example.org")
    page.goto("/en/dashboard/")
    section = page.locator("#coordinating")
    assert "1 application is waiting for a decision." in section.inner_text()
    section.get_by_role("link", name="Decide 1 application").click()
    page.wait_for_url(f"**/en/cohorts/{academy['cohort'].pk}/applications/")
    page.get_by_label("Accept").check()
    page.get_by_role("button", name="Record").click()
    assert "Decision recorded" in page.locator(".messages").inner_text()
    assert Enrolment.objects.get(person=applicant).status == EnrolmentStatus.ENROLLED
    page.goto("/en/dashboard/")
    assert "waiting for a decision" not in page.locator("#coordinating").inner_text()


def test_a_facilitator_takes_attendance_from_the_dashboard(page, academy):
    facilitator = UserFactory(email="host@example.org")
    session = SessionFactory(
        workshop=academy["workshop"], start=timezone.now() - timedelta(hours=1), capacity=10
    )
    SessionAccessFactory(session=session, cohort=academy["cohort"]).facilitators.add(facilitator)
    learner = UserFactory(display_name="Lucía")
    RegistrationFactory(session=session, person=learner)
    sign_in(page, "host@example.org")
    page.goto("/en/dashboard/")
    section = page.locator("#facilitating")
    assert "Attendance is still to be taken for 1 person." in section.inner_text()
    section.get_by_role("link", name="Take attendance").click()
    page.wait_for_url(f"**/en/sessions/{session.pk}/roster/")
    page.get_by_label("Present").first.check()
    page.get_by_role("button", name="Save attendance").click()
    assert "Attendance saved." in page.locator(".messages").inner_text()
    assert Registration.objects.get(person=learner).attendance == "present"
    page.goto("/en/dashboard/")
    assert "still to be taken" not in page.locator("#facilitating").inner_text()


def test_a_translator_reaches_their_language_in_one_click(page, academy):
    translator = UserFactory(email="ola@example.org", preferred_language="pl")
    translator.groups.add(Group.objects.get_or_create(name="Translators (pl)")[0])
    from academy.terminology.models import TermLocale

    locale, _created = TermLocale.objects.get_or_create(code="pl")
    locale.translators = Group.objects.get(name="Translators (pl)")
    locale.save()
    sign_in(page, "ola@example.org")
    page.goto("/pl/dashboard/")
    page.locator("#translating").get_by_role("link", name="Przetłumacz").first.click()
    page.wait_for_url("**/pl/translate/pl/")
    assert page.locator("h1").inner_text() != ""
