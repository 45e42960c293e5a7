"""A member shares an invitation link; a newcomer signs up with it and attends a
session; the member's page acknowledges it; a coordinator opens the network view and
the list beside it."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from academy.models import User
from cohorts.models import Attendance, Registration, RegistrationStatus
from tests.browser.test_journeys import academy  # noqa: F401  the fixture
from tests.factories import SessionFactory, UserFactory
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, email, password=PASSWORD):
    page.context.clear_cookies()
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/dashboard/")


def test_an_invitation_is_acknowledged_and_the_network_shows_it(page, academy):  # noqa: F811
    ana = UserFactory(
        email="ana@example.org", display_name="Ana", home_community="Wikimedia Levant"
    )
    coordinator = UserFactory(email="co@example.org", display_name="Coordinator")
    coordinator.groups.add(Group.objects.get_or_create(name="Coordinators")[0])
    sign_in(page, ana.email)
    page.goto("/en/engagement/")
    link = page.locator("#invite-url").input_value()
    assert re.fullmatch(r"http://[^/]+/en/invite/[\w-]{24}/", link)
    page.context.clear_cookies()

    page.goto(urlsplit(link).path)  # the address is on the site's base URL
    assert page.locator("h1").inner_text() == "Ana invites you to the academy"
    page.get_by_role("link", name="Create my account").click()
    page.fill("input[name=email]", "cy@example.org")
    page.fill("input[name=password1]", "a long and unusual passphrase")
    page.fill("input[name=password2]", "a long and unusual passphrase")
    page.fill("input[name=display_name]", "Cy")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/en/accounts/confirm-email/")
    confirm = re.search(r"http://[^/]+(/en/accounts/confirm-email/\S+/)", mail.outbox[-1].body)
    page.goto(confirm.group(1))
    page.locator("main form button[type=submit]").click()
    cy = User.objects.get(email="cy@example.org")
    assert cy.welcomed_by.inviter == ana
    # Cy attends a session; the facilitator's roster marks her present.
    session = SessionFactory(
        workshop=academy["workshop"], start=timezone.now() - timedelta(hours=3)
    )
    Registration.objects.create(
        session=session,
        person=cy,
        status=RegistrationStatus.REGISTERED,
        attendance=Attendance.PRESENT,
    )

    sign_in(page, ana.email)
    page.goto("/en/engagement/")
    welcomed = page.locator(".ack-list__item")
    assert welcomed.count() == 1
    assert welcomed.first.inner_text() == "Cy (Invitation)\nWent on to: Taking part: 1"
    assert page.locator(".invite-link + p").inner_text() == "1 person joined through your link."

    sign_in(page, coordinator.email)
    page.goto("/en/engagement/network/")
    figures = page.locator(".impact-figure")
    assert figures.nth(0).inner_text().split("\n") == ["2", "People with at least one tie"]
    assert figures.nth(5).inner_text().split("\n") == ["1", "Newcomers who arrived through a peer"]
    assert page.locator(".network__svg title").text_content() == "Network of who helped whom"
    page.get_by_role("link", name="List of people").click()
    page.wait_for_url("**view=list**")
    rows = page.locator("main table tbody tr")
    assert [rows.nth(i).inner_text().split("\t")[0] for i in range(rows.count())] == ["Ana", "Cy"]
