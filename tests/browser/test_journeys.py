import re
from datetime import UTC, datetime

import pytest
from django.core import mail

from academy.models import User
from tests.factories import (
    HomePageFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def academy():
    home = HomePageFactory(title_ar="أكاديمية الأقران")
    school = SchoolPageFactory(parent=home, slug="peer-learning", title_de="Schule des Lernens")
    track = TrackPageFactory(
        parent=school,
        slug="great-workshops",
        title="Running great workshops",
        title_de="Gute Workshops gestalten",
        title_ar="إدارة ورش عمل ناجحة",
    )
    workshop = WorkshopPageFactory(
        parent=track, slug="feedback", title="Giving feedback that helps"
    )
    SessionFactory(workshop=workshop, start=datetime(2031, 3, 4, 9, 0, tzinfo=UTC))
    return {"home": home, "track": track, "workshop": workshop}


def test_arabic_home_is_right_to_left(page, academy):
    page.goto("/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    direction = page.evaluate("getComputedStyle(document.querySelector('.site-nav')).direction")
    assert direction == "rtl"
    assert page.locator("h1").inner_text() == "أكاديمية الأقران"


def test_switching_language_stays_on_the_track(page, academy):
    page.goto("/en/peer-learning/great-workshops/")
    assert page.locator("h1").inner_text() == "Running great workshops"
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/peer-learning/great-workshops/")
    assert page.locator("h1").inner_text() == "Gute Workshops gestalten"
    assert page.locator("html").get_attribute("lang") == "de"


def test_sign_up_confirm_and_sign_in(page, academy):
    page.goto("/en/accounts/signup/")
    page.fill("input[name=email]", "wanjiru@example.org")
    page.fill("input[name=password1]", "a long and unusual passphrase")
    page.fill("input[name=password2]", "a long and unusual passphrase")
    page.fill("input[name=display_name]", "Wanjiru")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/en/accounts/confirm-email/")
    assert User.objects.get(email="wanjiru@example.org").time_zone == "UTC"  # browser zone
    link = re.search(r"http://[^/]+(/en/accounts/confirm-email/\S+/)", mail.outbox[-1].body).group(
        1
    )
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.context.clear_cookies()
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", "wanjiru@example.org")
    page.fill("input[name=password]", "a long and unusual passphrase")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/en/dashboard/")
    assert page.locator(".account-nav a[href$='/accounts/profile/']").inner_text() == "Wanjiru"


def test_changing_time_zone_moves_session_time(page, academy):
    UserFactory(email="kofi@example.org", display_name="Kofi")
    page.goto("/en/accounts/login/")
    page.fill("input[name=login]", "kofi@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/dashboard/")
    page.goto("/en/peer-learning/great-workshops/feedback/")
    assert page.locator(".session-time").first.inner_text() == "09:00"
    page.goto("/en/accounts/profile/")
    page.select_option("select[name=time_zone]", "Asia/Tokyo")
    page.get_by_role("button", name="Save profile").click()
    page.wait_for_url("**/en/accounts/profile/")
    page.goto("/en/peer-learning/great-workshops/feedback/")
    assert page.locator(".session-time").first.inner_text() == "18:00"
    assert "Tokyo, Japan" in page.locator(".tz-note").inner_text()
