"""Enrol, register, land on a waiting list, get promoted, download the calendar file."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from cohorts.models import Enrolment, Registration
from cohorts.services import seats
from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.cohorts import CohortFactory, SessionAccessFactory
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)
WORKSHOP = "/en/peer-learning/great-workshops/feedback/"


@pytest.fixture
def setting():
    home = HomePageFactory()
    track = TrackPageFactory(
        parent=SchoolPageFactory(parent=home, slug="peer-learning"), slug="great-workshops"
    )
    workshop = WorkshopPageFactory(
        parent=track, slug="feedback", title="Giving feedback that helps"
    )
    cohort = CohortFactory(track=track, name="Autumn cohort", capacity=5)
    roomy = SessionFactory(workshop=workshop, capacity=10, start=timezone.now() + timedelta(days=3))
    full = SessionFactory(workshop=workshop, capacity=1, start=timezone.now() + timedelta(days=5))
    for session in (roomy, full):
        SessionAccessFactory(session=session, cohort=cohort)
    first = UserFactory(email="first@example.org")
    return {"cohort": cohort, "roomy": roomy, "full": full, "first": first}


def sign_in(page, email):
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/dashboard/")


def test_enrol_register_wait_promote_and_download(page, setting):

    UserFactory(email="amara@example.org", display_name="Amara")
    sign_in(page, "amara@example.org")
    page.goto(f"/en/cohorts/{setting['cohort'].pk}/")
    page.get_by_role("button", name="Enrol").click()
    assert "You are enrolled. Welcome!" in page.locator(".messages").inner_text()

    # someone else already holds the only seat of the second session
    Enrolment.objects.create(cohort=setting["cohort"], person=setting["first"], status="enrolled")
    seats.register(setting["first"], setting["full"])

    page.goto(WORKSHOP)
    page.locator(".session-actions").nth(0).get_by_role("button", name="Register").click()
    assert "You have a seat." in page.locator(".messages").inner_text()
    page.locator(".session-actions").nth(1).get_by_role(
        "button", name="Join the waiting list"
    ).click()
    assert "you are on the waiting list" in page.locator(".messages").inner_text()

    page.goto("/en/dashboard/")
    assert page.locator(".badge--warning").inner_text() == "Waiting list: number 1"

    seats.cancel(setting["first"], setting["full"])  # the seat frees up
    page.reload()
    assert page.locator(".badge--warning").count() == 0
    assert page.locator(".badge--open").count() == 2
    amara = Registration.objects.filter(person__email="amara@example.org", status="registered")
    assert amara.count() == 2

    with page.expect_download() as download:
        page.locator(f"a[href='/en/sessions/{setting['full'].pk}/calendar.ics']").first.click()
    content = Path(download.value.path()).read_text()
    assert f"UID:session-{setting['full'].pk}@" in content
