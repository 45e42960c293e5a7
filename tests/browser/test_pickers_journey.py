"""The language picker with the keyboard alone, right to left on a narrow screen, and
without script."""

import pytest

from academy.models import User
from tests.browser.test_cohort_journey import sign_in
from tests.factories import HomePageFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ola():
    HomePageFactory()
    return UserFactory(email="ola@example.org", display_name="Ola", spoken_languages=[])


def test_choose_polish_with_the_keyboard_and_save(page, ola):
    sign_in(page, "ola@example.org")
    page.goto("/en/accounts/profile/")
    assert page.locator("select[name=spoken_languages]").is_hidden()
    box = page.get_by_role("combobox", name="Languages I speak")
    assert box.get_attribute("aria-expanded") == "false"
    box.focus()
    page.keyboard.type("pol")
    assert box.get_attribute("aria-expanded") == "true"
    listbox = page.get_by_role("listbox", name="Languages I speak")
    assert listbox.get_attribute("aria-multiselectable") == "true"
    assert listbox.get_by_role("option").first.inner_text() == "Polish"
    page.keyboard.press("ArrowDown")
    polish = listbox.get_by_role("option", name="Polish", exact=True)
    assert box.get_attribute("aria-activedescendant") == polish.get_attribute("id")
    page.keyboard.press("Enter")
    assert polish.get_attribute("aria-selected") == "true"
    assert page.get_by_role("button", name="Remove Polish").is_visible()
    page.wait_for_function(
        "document.querySelector('.picker [role=status]').textContent === 'Polish chosen.'"
    )
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    with page.expect_navigation():
        page.keyboard.press("Enter")  # with the list closed, Enter submits the form
    assert "Your profile has been saved." in page.locator(".messages").inner_text()
    assert User.objects.get(pk=ola.pk).spoken_languages == ["pl"]
    assert page.get_by_role("button", name="Remove Polish").is_visible()


def test_space_toggles_and_backspace_removes_the_last_choice(page, ola):
    sign_in(page, "ola@example.org")
    page.goto("/en/accounts/profile/")
    page.get_by_role("combobox", name="Languages I speak").focus()
    page.keyboard.type("germ")
    page.keyboard.press("ArrowDown")
    page.keyboard.press(" ")
    assert page.get_by_role("button", name="Remove German").is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")  # a second Escape empties the box
    page.keyboard.press("Backspace")
    assert page.get_by_role("button", name="Remove German").count() == 0
    assert page.locator("select[name=spoken_languages] option:checked").count() == 0


def test_remove_a_chip_with_the_keyboard(page, ola):
    ola.spoken_languages = ["de", "pl"]
    ola.save()
    sign_in(page, "ola@example.org")
    page.goto("/en/accounts/profile/")
    page.get_by_role("button", name="Remove German").focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("button", name="Remove German").count() == 0
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Remove Polish"
    values = page.eval_on_selector_all(
        "select[name=spoken_languages] option:checked", "options => options.map(o => o.value)"
    )
    assert values == ["pl"]


def test_arabic_picker_is_right_to_left_and_fits_a_phone(browser, live_server, ola):
    ola.preferred_language = "ar"
    ola.save()
    context = browser.new_context(
        base_url=live_server.url, locale="ar", viewport={"width": 375, "height": 740}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, "ola@example.org")
    page.goto("/ar/accounts/profile/")
    box = page.locator(".picker__input")
    box.focus()
    page.keyboard.type("بول")  # inside the word: "البولندية"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.locator(".picker__chip").inner_text().startswith("البولندية")
    listbox = page.locator(".picker__listbox")
    assert listbox.evaluate("element => getComputedStyle(element).direction") == "rtl"
    for element in (box, listbox, page.locator(".picker__chips")):
        area = element.bounding_box()
        assert area["x"] >= 0
        assert area["x"] + area["width"] <= 375
    context.close()


def test_without_script_the_plain_select_saves(browser, live_server, ola):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, "ola@example.org")
    page.goto("/en/accounts/profile/")
    assert page.locator(".picker__input").count() == 0
    page.select_option("select[name=spoken_languages]", ["pl", "sw"])
    with page.expect_navigation():
        page.get_by_role("button", name="Save profile").click()
    assert User.objects.get(pk=ola.pk).spoken_languages == ["pl", "sw"]
    context.close()
