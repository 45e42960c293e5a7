"""The stories' table in the funder report: people who wrote and people selected per
domain, in the period and the chosen filters, withdrawn stories nowhere."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.reports.filters import Filters
from academy.stories.models import Consent, Domain, Round, Selection, Story
from academy.stories.report_figures import by_domain
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REASON = "It shows how a small circle changed the way a whole school decides."


@pytest.fixture
def round_():
    today = timezone.localdate()
    return Round.objects.create(
        starts_on=today - timedelta(days=40), ends_on=today, scope="academy"
    )


def story(round_, domain, *, author=None, days_ago=10, **fields):
    written = Story.objects.create(
        round=round_,
        author=author or UserFactory(),
        domain=Domain.objects.get(key=domain),
        headline="A change",
        what_happened="Something happened.",
        why_it_matters="It matters.",
        language=fields.pop("language", "en"),
        consent=fields.pop("consent", Consent.PANEL),
        **fields,
    )
    Story.objects.filter(pk=written.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return written


def period(**kwargs):
    today = timezone.localdate()
    return Filters(start=today - timedelta(days=29), end=today, **kwargs)


def test_people_who_wrote_and_were_selected_per_domain(round_):
    writer = UserFactory()
    story(round_, "new-voices", author=writer)
    story(round_, "new-voices", author=writer)  # the same person counts once
    chosen = story(round_, "new-voices")
    story(round_, "scaling-impact")
    story(round_, "scaling-impact", days_ago=35)  # before the period
    story(round_, "getting-results", withdrawn_at=timezone.now())
    Selection.objects.create(round=round_, story=chosen, domain=chosen.domain, reason=REASON)
    assert by_domain(period()) == [
        ("New voices and resources", [2, 1]),
        ("Scaling impact", [1, 0]),
    ]


def test_stories_follow_the_track_language_and_region_filters(round_, track):
    story(round_, "relationships", track=track, language="pl")
    story(round_, "relationships", author=UserFactory(time_zone="America/Lima"))
    assert by_domain(period(track=track)) == [("Relationships and social capital", [1, 0])]
    assert by_domain(period(language="pl")) == [("Relationships and social capital", [1, 0])]
    assert by_domain(period(region="America")) == [("Relationships and social capital", [1, 0])]
    assert by_domain(period(region="Asia")) == []
