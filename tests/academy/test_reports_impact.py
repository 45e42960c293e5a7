"""The public "Our impact" page: the headline figures of the last twelve months,
suppressed as in the report, and the published stories; the same for everyone, signed
in or not; the figures computed once per language and day within the cache's life."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from academy.reports.views import HEADLINES
from academy.stories.models import Consent
from cohorts.models import EnrolmentStatus
from tests.academy.test_stories import story
from tests.factories.cohorts import CohortFactory, EnrolmentFactory

DAY = timedelta(days=1)


@pytest.fixture
def graduates(track):
    today = timezone.localdate()
    cohort = CohortFactory(track=track, start_date=today - 40 * DAY, end_date=today - DAY)
    for _number in range(6):
        EnrolmentFactory(cohort=cohort, status=EnrolmentStatus.COMPLETED)
    return cohort


@pytest.fixture
def stories(db):
    return {
        "named": story(consent=Consent.PUBLISHABLE_NAMED, selected=True, name="Ewa"),
        "anonymous": story(
            consent=Consent.PUBLISHABLE_ANONYMOUS,
            selected=True,
            name="Hidden Name",
            headline="نحن نتكلم الآن",
            language="ar",
        ),
        "private": story(consent=Consent.PRIVATE, headline="Only mine"),
        "not selected": story(consent=Consent.PUBLISHABLE_NAMED, headline="Not chosen"),
    }


def test_headlines_are_a_few_figures_about_many_people():
    assert HEADLINES == (
        "cohorts.enrolled",
        "cohorts.took_part",
        "cohorts.sessions_held",
        "cohorts.graduates",
        "mentoring.graduates_supporting",
        "academy.badges_awarded",
    )


@pytest.mark.parametrize("who", ["anonymous", "member", "coordinator"])
def test_impact_page_is_the_same_for_everyone(client, graduates, stories, who, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue("user" if who == "member" else who))
    response = client.get("/en/impact/")
    assert response.status_code == 200
    assert [(row.label, row.shown) for row in response.context["figures"]] == [
        ("People enrolled", "6"),
        ("Learners at one session or more", "0"),
        ("Sessions held", "0"),
        ("Graduates", "6"),
        ("Graduates who went on to support others as mentors", "0 of 6 (0%)"),
        ("Badges awarded", "0"),
    ]
    content = response.content.decode()
    assert '<span class="impact-figure__value">6</span>' in content
    assert f'<a href="/en/stories/{stories["named"].pk}/" lang="en" dir="auto">' in content
    assert f'<a href="/en/stories/{stories["anonymous"].pk}/" lang="ar" dir="auto">' in content
    assert "<bdi>Ewa</bdi>" in content
    assert "Hidden Name" not in content
    assert "Only mine" not in content
    assert "Not chosen" not in content


def test_impact_page_hides_small_numbers(client, track):
    today = timezone.localdate()
    cohort = CohortFactory(track=track, start_date=today - 40 * DAY, end_date=today - DAY)
    for _number in range(3):
        EnrolmentFactory(cohort=cohort, status=EnrolmentStatus.COMPLETED)
    response = client.get("/en/impact/")
    shown = {row.key: row.shown for row in response.context["figures"]}
    assert shown["cohorts.enrolled"] == "fewer than 5"
    assert shown["cohorts.graduates"] == "fewer than 5"
    assert shown["mentoring.graduates_supporting"] == "fewer than 5"
    assert "No stories have been published yet." in response.content.decode()


def test_impact_figures_are_cached_per_language(client, graduates):
    assert client.get("/en/impact/").context["figures"][0].shown == "6"
    EnrolmentFactory(cohort=graduates, status=EnrolmentStatus.COMPLETED)
    assert client.get("/en/impact/").context["figures"][0].shown == "6"  # from the cache
    german = client.get("/de/impact/")
    assert german.context["figures"][0].shown == "7"  # computed for German now
    cache.clear()
    assert client.get("/en/impact/").context["figures"][0].shown == "7"


def test_impact_page_is_in_arabic_right_to_left(client, graduates):
    content = client.get("/ar/impact/").content.decode()
    assert '<html lang="ar" dir="rtl">' in content
