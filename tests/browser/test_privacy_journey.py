"""A person downloads their data, then deletes their account, and can no longer sign in."""

import json

import pytest
from django.apps import apps

from academy.models import User
from academy.terminology.builtin import seed as seed_builtin_roles
from tests.browser.test_cohort_journey import sign_in
from tests.factories import HomePageFactory, UserFactory
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_download_then_delete_then_no_way_back_in(browser, live_server):
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    HomePageFactory()
    UserFactory(email="leila@example.org", display_name="Leila", home_community="Wikimedia Levant")
    context = browser.new_context(base_url=live_server.url, locale="en-GB", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, "leila@example.org")

    page.goto("/en/accounts/profile/")
    page.get_by_role("link", name="Your data: download it or delete your account").click()
    page.get_by_role("button", name="Prepare my download").click()
    assert "Your data is being gathered." in page.locator(".messages").inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download (JSON)").click()
    data = json.loads(download_info.value.path().read_text())
    profile = data["sections"][0]
    assert profile["items"][0]["display_name"] == "Leila"
    assert profile["labels"]["home_community"] == "Home community or wiki"

    page.get_by_role("link", name="Delete my account").click()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_label("I understand that this cannot be undone.").check()
    page.get_by_role("button", name="Delete my account for good").click()
    assert "That is not your password." in page.locator("main").inner_text()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand that this cannot be undone.").check()
    page.get_by_role("button", name="Delete my account for good").click()
    assert page.get_by_role("heading", name="Your account has been deleted").is_visible()
    assert not User.objects.filter(email="leila@example.org").exists()

    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill("leila@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert "The email address and/or password you specified are not correct." in (
        page.locator("main").inner_text()
    )
    context.close()
