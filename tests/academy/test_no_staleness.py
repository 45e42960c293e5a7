"""No cached copy outlives the change it shows (issue 16): each way the routes kept per
process, the page fragments, the whole-page cache, a person's cached account and the
pages kept for one person are invalidated, seen from the visitor's and the person's
side. Each test warms every cache first, then changes one thing."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction, Site

from academy import formats
from academy.accounts.rules import COORDINATORS_GROUP
from academy.stories.models import Round
from tests.factories import SessionFactory
from tests.factories.terms import TermFactory

pytestmark = pytest.mark.django_db

TRACK = "/en/peer-learning/great-workshops/"
WORKSHOP = TRACK + "feedback/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def warm(client, *urls):
    """Every cache on the way filled: the route, the fragments, the page, the account."""
    for url in urls:
        html(client, url)
        html(client, url)


@pytest.fixture
def member(client, user):
    client.force_login(user)
    return client


def test_a_page_edit_reaches_visitors_and_signed_in_people(member, workshop):
    visitor = Client()
    warm(visitor, WORKSHOP, TRACK)
    warm(member, WORKSHOP, TRACK)
    workshop.title = "Feedback that lands"
    workshop.save_revision().publish()
    for client in (visitor, member):
        assert "<h1>Feedback that lands</h1>" in html(client, WORKSHOP)
        assert "Feedback that lands" in html(client, TRACK)  # the track's list of workshops


def test_a_new_slug_moves_the_route_kept_by_the_process(member, workshop):
    visitor = Client()
    warm(visitor, WORKSHOP)
    warm(member, WORKSHOP)
    workshop.slug = "helpful-feedback"
    workshop.save_revision().publish()
    for client in (visitor, member):
        assert client.get(WORKSHOP).status_code == 404
        assert "Giving feedback that helps" in html(client, TRACK + "helpful-feedback/")


def test_a_role_word_change_reaches_both(client, user, track):
    url = "/de/peer-learning/great-workshops/"
    visitor = Client()
    client.force_login(user)
    warm(visitor, url)
    warm(client, url)
    TermFactory(locale="de", forms={"neutral": {"one": "Begleiter*in", "other": "Begleiter*innen"}})
    for each in (visitor, client):
        assert "<strong>Begleiter*innen</strong>" in html(each, url)


def test_a_login_restriction_closes_the_cached_page_to_visitors(member, workshop):
    visitor = Client()
    warm(visitor, WORKSHOP)
    PageViewRestriction.objects.create(page=workshop, restriction_type=PageViewRestriction.LOGIN)
    response = visitor.get(WORKSHOP)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert member.get(WORKSHOP).status_code == 200  # signed in: still theirs to read


def test_a_group_restriction_closes_the_page_kept_for_a_person(member, workshop):
    warm(member, WORKSHOP)
    restriction = PageViewRestriction.objects.create(
        page=workshop, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=COORDINATORS_GROUP)])
    assert member.get(WORKSHOP).status_code != 200


def test_changing_a_restrictions_groups_reaches_the_page_kept_for_a_person(member, user, workshop):
    reviewers = Group.objects.create(name="Reviewers")
    user.groups.add(reviewers)
    restriction = PageViewRestriction.objects.create(
        page=workshop, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([reviewers])
    warm(member, WORKSHOP)
    restriction.groups.set([Group.objects.get(name=COORDINATORS_GROUP)])
    assert member.get(WORKSHOP).status_code != 200


def test_a_site_change_is_routed_at_once(member, workshop):
    visitor = Client()
    warm(visitor, WORKSHOP)
    warm(member, WORKSHOP)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "elsewhere.example.org", False
    site.save()
    for client in (visitor, member):
        assert client.get(WORKSHOP).status_code == 404  # no site answers for testserver
    site.hostname, site.is_default_site = "testserver", True
    site.save()
    assert visitor.get(WORKSHOP).status_code == 200


def test_a_time_zone_change_shows_sessions_in_the_new_zone(member, user, workshop):
    start = datetime(2031, 1, 15, 10, 0, tzinfo=UTC)
    SessionFactory(workshop=workshop, start=start)
    user.time_zone = "Europe/Berlin"
    user.save(update_fields=["time_zone"])
    warm(member, WORKSHOP)
    with translation.override("en"), timezone.override(ZoneInfo("Asia/Tokyo")):
        in_tokyo = formats.format_time(start)
    assert in_tokyo not in html(member, WORKSHOP)
    user.time_zone = "Asia/Tokyo"
    user.save(update_fields=["time_zone"])
    assert in_tokyo in html(member, WORKSHOP)


def test_a_language_change_reaches_the_cached_account(member, user, home):
    warm(member, "/en/dashboard/")
    user.preferred_language = "pl"
    user.save(update_fields=["preferred_language"])
    response = member.get("/en/dashboard/")
    assert response.cookies["django_language"].value == "pl"  # the account read again


def test_joining_the_coordinators_shows_their_links_on_the_page_kept_for_a_person(
    member, user, track
):
    warm(member, TRACK)
    assert "Who writes workshops here" not in html(member, TRACK)
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    assert "Who writes workshops here" in html(member, TRACK)


def test_a_group_permission_change_reaches_the_cached_account(member, user, home):
    reviewers = Group.objects.create(name="Reviewers")
    user.groups.add(reviewers)
    assert member.get("/admin/").status_code == 403  # told they have no rights: the
    assert member.get("/admin/").status_code == 403  # account is kept with its permissions
    access = reviewers.permissions.model.objects.get(codename="access_admin")
    reviewers.permissions.add(access)
    assert member.get("/admin/").status_code == 200


def test_a_password_passed_opens_the_page_the_person_saw_the_form_of(member, workshop):
    restriction = PageViewRestriction.objects.create(
        page=workshop, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    for _ in range(2):
        assert 'name="password"' in html(member, WORKSHOP)
    response = member.post(
        f"/en/_util/authenticate_with_password/{restriction.pk}/{workshop.pk}/",
        {"password": "open sesame", "return_url": WORKSHOP},
    )
    assert response.status_code == 302
    page = html(member, WORKSHOP)
    assert 'name="password"' not in page
    assert "<h1>Giving feedback that helps</h1>" in page


def test_a_round_opened_shows_on_the_dashboard_kept_for_a_member(member, home):
    warm(member, "/en/dashboard/")
    assert "What changed for you this year?" not in html(member, "/en/dashboard/")
    today = timezone.localdate()
    Round.objects.create(
        starts_on=today,
        ends_on=today + timedelta(days=30),
        scope="academy",
        question="What changed for you this year?",
    )
    assert "What changed for you this year?" in html(member, "/en/dashboard/")
