"""Most Significant Change in a browser: the coordinator opens a round; a learner writes
a story in Polish that may be published with her name; the coordinator moves it to the
domain it belongs in and selects it with a reason; anyone reads it on the public stories
page in English and in Polish; the coordinator downloads the report as CSV."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.utils import timezone

from academy.stories.models import Selection, Story
from academy.terminology.builtin import seed as seed_builtin_roles
from tests.browser.test_cohort_journey import sign_in
from tests.factories import HomePageFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

REASON = "It shows how one evening in the library changed who speaks at our meetings."


@pytest.fixture
def academy():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migrations' rows
    importlib.import_module("academy.migrations.0015_stories").seed_domains(apps, None)
    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    HomePageFactory()
    coordinator = UserFactory(email="camille@example.org", display_name="Camille")
    coordinator.groups.add(coordinators)
    UserFactory(email="agnieszka@example.org", display_name="Agnieszka", preferred_language="pl")


@pytest.fixture
def new_tab(browser, live_server):
    """Another person's browser; closed at the end, so no connection outlives the server."""
    contexts = []

    def open_tab():
        context = browser.new_context(base_url=live_server.url, locale="en-GB", timezone_id="UTC")
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def test_round_story_selection_public_page_and_csv(page, new_tab, academy):
    today = timezone.localdate()
    sign_in(page, "camille@example.org")
    page.goto("/en/stories/rounds/")
    page.fill("input[name=starts_on]", today.replace(day=1).isoformat())
    page.fill("input[name=ends_on]", (today + timezone.timedelta(days=20)).isoformat())
    page.get_by_role("button", name="Open the round").click()
    page.wait_for_url("**/en/stories/rounds/")
    assert "The round is open." in page.locator(".messages").inner_text()

    learner = new_tab()
    sign_in(learner, "agnieszka@example.org")
    learner.goto("/en/stories/mine/")
    learner.get_by_role("link", name="Write a story").click()
    learner.fill("input[name=headline]", "Biblioteka, w której wszyscy zabierają głos")
    learner.fill("textarea[name=what_happened]", "Zorganizowałam wieczór edycji w bibliotece.")
    learner.fill("textarea[name=why_it_matters]", "Nowe osoby zostały z nami na dłużej.")
    learner.get_by_label("New voices and resources").check()
    learner.select_option("select[name=language]", "pl")
    learner.get_by_label("May be published, with my name").check()
    learner.get_by_role("button", name="Save my story").click()
    learner.wait_for_url("**/en/stories/mine/")
    assert "Thank you. Your story is saved." in learner.locator(".messages").inner_text()
    story = Story.objects.get()
    assert (story.language, story.consent) == ("pl", "named")

    page.goto("/en/stories/rounds/")
    page.get_by_role("link", name="Selection panel").click()
    card = page.locator(f"article[aria-labelledby=story-{story.pk}]")
    card.locator("summary").click()
    card.locator("select[name=domain]").select_option(label="Relationships and social capital")
    card.get_by_role("button", name="Move").click()
    assert "The story is in its new domain." in page.locator(".messages").inner_text()
    board = page.locator("section[aria-labelledby=domain-relationships]")
    card = board.locator(f"article[aria-labelledby=story-{story.pk}]")
    card.locator("summary").click()
    card.locator("textarea[name=reason][id^=reason-]").fill("Too short.")
    card.get_by_role("button", name="Select as the most significant").click()
    # the browser holds back a reason under 40 characters (minlength); nothing is sent
    assert Selection.objects.count() == 0
    card.locator("textarea[name=reason][id^=reason-]").fill(REASON)
    card.get_by_role("button", name="Select as the most significant").click()
    assert "The story is selected." in page.locator(".messages").inner_text()
    assert list(Selection.objects.values_list("domain__key", "reason")) == [
        ("relationships", REASON)
    ]

    visitor = new_tab()
    visitor.goto("/en/stories/")
    board = visitor.locator("section[aria-labelledby=domain-relationships]")
    assert board.locator("h2").inner_text() == "Relationships and social capital"
    assert "Written in Polish" in board.inner_text()
    assert REASON in board.inner_text()
    visitor.get_by_role("link", name="Biblioteka, w której wszyscy zabierają głos").click()
    assert visitor.locator("h1").get_attribute("lang") == "pl"
    assert "Agnieszka" in visitor.locator("main").inner_text()
    visitor.goto("/pl/stories/")
    board = visitor.locator("section[aria-labelledby=domain-relationships]")
    assert board.locator("h2").inner_text() == "Relacje i kapitał społeczny"
    assert "Napisano w języku" not in board.inner_text()
    assert "Biblioteka, w której wszyscy zabierają głos" in board.inner_text()

    page.goto("/en/reports/")
    with page.expect_download() as download:
        page.locator("a[href*='report.csv']").first.click()
    content = Path(download.value.path()).read_text(encoding="utf-8")
    assert content.startswith("\ufeff")
    assert "Relationships and social capital" in content
