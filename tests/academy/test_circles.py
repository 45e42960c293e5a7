"""Reflection circles: who sees and does what (host, member, outsider), how many
communities and languages a circle brings together, and the story round a meeting opens."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from academy.circles import services
from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement import network
from academy.errors import Refused
from academy.stories.scopes import scopes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def circle(coordinator):
    host = UserFactory(
        display_name="Hala", home_community="Wikimedia Levant", preferred_language="ar"
    )
    circle = services.open_circle(
        coordinator, name="Across movements", purpose="Reflect together.", host=host, every_weeks=4
    )
    for community, language in (("Wikimedia Polska", "pl"), ("wikimedia levant", "ar"), ("", "en")):
        services.invite(
            host, circle, UserFactory(home_community=community, preferred_language=language)
        )
    return circle


def test_a_circle_counts_the_communities_and_languages_it_brings_together(client, circle):
    client.force_login(circle.host)
    reach = client.get(f"/en/circles/{circle.pk}/").context["reach"]
    assert (reach.people, reach.communities, reach.languages) == (4, 2, 3)


def test_host_member_and_outsider(client, circle):
    member = circle.memberships.first().person
    outsider = UserFactory()
    client.force_login(outsider)
    assert client.get(f"/en/circles/{circle.pk}/").status_code == 404
    assert (
        client.post(f"/en/circles/{circle.pk}/invite/", {"email": outsider.email}).status_code
        == 404
    )
    assert list(client.get("/en/circles/").context["page_obj"]) == []
    client.force_login(member)
    page = client.get(f"/en/circles/{circle.pk}/")
    assert page.status_code == 200
    assert page.context["is_host"] is False
    assert page.context["invite_form"] is None
    client.post(f"/en/circles/{circle.pk}/invite/", {"email": outsider.email})
    assert not CircleMember.objects.filter(person=outsider).exists()
    assert [c.pk for c in client.get("/en/circles/").context["page_obj"]] == [circle.pk]
    client.force_login(circle.host)
    client.post(f"/en/circles/{circle.pk}/invite/", {"email": outsider.email})
    assert CircleMember.objects.filter(circle=circle, person=outsider).exists()
    client.post(f"/en/circles/{circle.pk}/invite/", {"email": "nobody@example.org"})
    assert circle.memberships.count() == 4


def test_only_coordinators_open_circles(client, circle):
    client.force_login(circle.host)
    assert client.get("/en/circles/new/").status_code == 403
    with pytest.raises(PermissionDenied):
        services.open_circle(circle.host, name="x", purpose="y", host=circle.host, every_weeks=2)


def test_the_notes_are_kept_by_the_people_in_the_circle(client, circle):
    meeting = services.plan(
        circle.host, circle, starts_at=timezone.now() - timedelta(days=1), prompt="What changed?"
    )
    member = circle.memberships.first().person
    client.force_login(member)
    client.post(
        f"/en/circles/meetings/{meeting.pk}/notes/", {f"m{meeting.pk}-notes": "We listened."}
    )
    meeting.refresh_from_db()
    assert (meeting.notes, meeting.notes_updated_by) == ("We listened.", member)
    client.force_login(UserFactory())
    response = client.post(
        f"/en/circles/meetings/{meeting.pk}/notes/", {f"m{meeting.pk}-notes": "x"}
    )
    assert response.status_code == 404
    meeting.refresh_from_db()
    assert meeting.notes == "We listened."


def test_planning_refuses_dates_out_of_range(client, circle):
    client.force_login(circle.host)
    client.post(
        f"/en/circles/{circle.pk}/plan/", {"starts_at": "2999-01-01T10:00", "prompt": "Far"}
    )
    client.post(f"/en/circles/{circle.pk}/plan/", {"starts_at": "not a date", "prompt": "x"})
    assert Meeting.objects.count() == 0
    client.post(
        f"/en/circles/{circle.pk}/plan/", {"starts_at": "2026-12-20T10:00", "prompt": "Next"}
    )
    assert list(Meeting.objects.values_list("prompt", flat=True)) == ["Next"]


def test_a_meeting_opens_one_story_round_for_the_circle(client, circle):
    meeting = services.plan(
        circle.host, circle, starts_at=timezone.now() - timedelta(days=1), prompt="What changed?"
    )
    member = circle.memberships.first().person
    client.force_login(member)
    client.post(f"/en/circles/meetings/{meeting.pk}/story-round/")
    meeting.refresh_from_db()
    assert meeting.story_round is None  # only the host
    client.force_login(circle.host)
    response = client.post(f"/en/circles/meetings/{meeting.pk}/story-round/")
    meeting.refresh_from_db()
    round_ = meeting.story_round
    assert response["Location"] == f"/en/stories/rounds/{round_.pk}/write/"
    assert (round_.scope, round_.scope_id, round_.question) == (
        "circle",
        circle.pk,
        "What changed?",
    )
    assert ("circle", circle.pk) in scopes.of(member)
    assert ("circle", circle.pk) not in scopes.of(UserFactory())
    assert ("circle", circle.pk) in scopes.panels_of(circle.host)
    with pytest.raises(Refused):
        services.open_story_round(circle.host, meeting)


def test_a_meeting_still_to_come_opens_no_round(circle):
    meeting = services.plan(
        circle.host, circle, starts_at=timezone.now() + timedelta(days=3), prompt="Soon"
    )
    with pytest.raises(Refused):
        services.open_story_round(circle.host, meeting)


def test_the_circle_ties_its_host_to_each_member(circle):
    net = network.build()
    assert [kinds for _a, _b, kinds in net.graph.edges(data="kinds")] == [{"circle"}] * 3
    assert net.graph.degree(circle.host.pk) == 3
    assert Circle.objects.count() == 1
