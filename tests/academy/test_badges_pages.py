"""My badges, where a person chooses which badges their page shows; the public pages of
awards and badges; and their query budgets."""

import uuid

import pytest

from academy.growth.badges.models import Award
from academy.growth.badges.services import revoke
from academy.models import Skill
from tests.factories import MentorProfileFactory, UserFactory
from tests.factories.badges import BadgeFactory, award

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner():
    return UserFactory(display_name="Noor")


def test_my_badges_needs_sign_in(client):
    response = client.get("/en/badges/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_my_badges_lists_own_valid_badges_only(client, owner, coordinator):
    mine = award(BadgeFactory(name="Listener"), owner)
    gone = award(BadgeFactory(name="Withdrawn one"), owner)
    revoke(actor=coordinator, award=gone, reason="Mistake")
    award(BadgeFactory(name="Someone else's"), UserFactory())
    client.force_login(owner)
    response = client.get("/en/badges/")
    assert response.status_code == 200
    assert response.context["awards"] == [mine]
    assert b"Withdrawn one" not in response.content
    assert b"Someone else" not in response.content


def test_person_chooses_what_their_page_shows(client, owner):
    first = award(BadgeFactory(name="First"), owner)
    second = award(BadgeFactory(name="Second"), owner)
    client.force_login(owner)
    response = client.post("/en/badges/", {"shown": [str(second.uuid)]})
    assert response.status_code == 302
    shown = dict(Award.objects.values_list("uuid", "shown"))
    assert shown == {first.uuid: False, second.uuid: True}
    client.post("/en/badges/", {})
    assert set(Award.objects.values_list("shown", flat=True)) == {False}


@pytest.mark.parametrize("value", ["not-a-uuid", str(uuid.uuid4()), "'; drop table"])
def test_my_badges_refuses_ids_that_are_not_ones_own(client, owner, value):
    mine = award(BadgeFactory(), owner)
    theirs = award(BadgeFactory(), UserFactory())
    client.force_login(owner)
    for shown in (value, str(theirs.uuid)):
        response = client.post("/en/badges/", {"shown": [str(mine.uuid), shown]})
        assert response.status_code == 200
        assert list(response.context["form"].errors) == ["shown"]
    assert set(Award.objects.values_list("shown", flat=True)) == {False}


def test_person_page_shows_chosen_badges_never_hidden_or_revoked(client, owner, coordinator):
    MentorProfileFactory(person=owner)
    shown = award(BadgeFactory(name="Shown badge"), owner, shown=True)
    award(BadgeFactory(name="Hidden badge"), owner)
    revoked = award(BadgeFactory(name="Revoked badge"), owner, shown=True)
    revoke(actor=coordinator, award=revoked, reason="Mistake")
    client.force_login(UserFactory())
    response = client.get(f"/en/people/{owner.pk}/")
    assert response.status_code == 200
    assert b"Shown badge" in response.content
    assert f"/en/badges/awards/{shown.uuid}/".encode() in response.content
    assert b"Hidden badge" not in response.content
    assert b"Revoked badge" not in response.content


def test_award_page_for_people(client, owner):
    given = award(BadgeFactory(name="Listener", criteria="Listen well."), owner)
    response = client.get(f"/en/badges/awards/{given.uuid}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert b"Listener" in response.content
    assert b"Listen well." in response.content
    assert b"Awarded to <bdi>Noor</bdi>" in response.content
    assert f"/en/badges/awards/{given.uuid}/download/".encode() in response.content
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize(
    "path",
    [
        "/en/badges/awards/not-a-uuid/",
        f"/en/badges/awards/{uuid.uuid4()}/",
        f"/en/badges/awards/{uuid.uuid4()}/download/",
        "/en/badges/about/no-such-badge/",
    ],
)
def test_unknown_awards_and_badges_are_404(client, db, path):
    assert client.get(path).status_code == 404


def test_badge_page_lists_its_skills(client):
    skill = Skill.objects.create(key="listening", name="Listening")
    BadgeFactory(key="listener", name="Listener", skills=[skill])
    response = client.get("/en/badges/about/listener/")
    assert response.status_code == 200
    assert b'id="skill-listening"' in response.content


@pytest.mark.parametrize("item_count", [1, 10])
def test_my_badges_query_count(client, owner, item_count, django_assert_num_queries):
    for _ in range(item_count):
        award(BadgeFactory(), owner, shown=True)
    client.force_login(owner)
    client.get("/en/badges/")
    with django_assert_num_queries(2):
        response = client.get("/en/badges/")
    assert len(response.context["awards"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_award_page_query_count(client, owner, item_count, django_assert_num_queries):
    skills = [Skill.objects.create(key=f"s{i}", name=f"Skill {i}") for i in range(item_count)]
    given = award(BadgeFactory(skills=skills), owner)
    url = f"/en/badges/awards/{given.uuid}/"
    client.get(url)
    client.get(url, HTTP_ACCEPT="application/ld+json")  # the development key is made
    with django_assert_num_queries(2):  # the award with its badge, the skills, the site
        response = client.get(url)
    assert len(response.context["skills"]) == item_count
    with django_assert_num_queries(3):  # the award, the skills, the signing key
        response = client.get(url, HTTP_ACCEPT="application/ld+json")
    assert len(response.json()["credentialSubject"]["achievement"]["alignment"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_person_page_with_badges_query_count(client, owner, item_count, django_assert_num_queries):
    MentorProfileFactory(person=owner)
    for _ in range(item_count):
        award(BadgeFactory(), owner, shown=True)
    url = f"/en/people/{owner.pk}/"
    client.force_login(UserFactory())
    client.get(url)
    with django_assert_num_queries(6):  # and whether the person shows their ties
        response = client.get(url)
    assert response.content.count(b"/en/badges/awards/") == item_count
