"""Coordinators award any badge by hand and revoke one, each with a reason; nobody else
can. An award is unique per person and badge, and revoking keeps the row."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from academy.errors import Refused
from academy.growth.badges import services
from academy.growth.badges.models import Award
from tests.factories import UserFactory
from tests.factories.badges import BadgeFactory, award

pytestmark = pytest.mark.django_db


@pytest.fixture
def badge():
    return BadgeFactory(key="welcomer", name="Welcomer")


@pytest.fixture
def owner():
    return UserFactory(email="owner@example.org")


def test_database_allows_one_award_per_person_and_badge(badge, owner):
    award(badge, owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        Award.objects.create(badge=badge, person=owner, salt="x", identity_hash="y")


def test_coordinator_awards_by_hand_with_a_reason(badge, owner, coordinator):
    given = services.award_by_hand(
        actor=coordinator, badge=badge, person=owner, reason="  Welcomed ten newcomers. "
    )
    assert (given.awarded_by, given.reason, given.revoked_at) == (
        coordinator,
        "Welcomed ten newcomers.",
        None,
    )
    with pytest.raises(Refused) as refusal:
        services.award_by_hand(actor=coordinator, badge=badge, person=owner, reason="Again")
    assert refusal.value.code == "duplicate"
    assert Award.objects.count() == 1


@pytest.mark.parametrize("reason", ["", "   ", "x" * 1001])
def test_award_and_revoke_need_a_reason(badge, owner, coordinator, reason):
    with pytest.raises(Refused):
        services.award_by_hand(actor=coordinator, badge=badge, person=owner, reason=reason)
    given = award(badge, owner)
    with pytest.raises(Refused):
        services.revoke(actor=coordinator, award=given, reason=reason)
    given.refresh_from_db()
    assert given.revoked_at is None


def test_only_coordinators_award_and_revoke(badge, owner):
    member = UserFactory()
    given = award(badge, owner)
    for person in (owner, member):
        with pytest.raises(PermissionDenied):
            services.award_by_hand(actor=person, badge=badge, person=member, reason="Because")
        with pytest.raises(PermissionDenied):
            services.revoke(actor=person, award=given, reason="Because")
    assert Award.objects.count() == 1


def test_revoking_keeps_the_row_and_rules_never_award_again(badge, owner, coordinator):
    badge.rule = "test.everyone"
    badge.save()
    given = award(badge, owner)
    services.revoke(actor=coordinator, award=given, reason="Given by mistake.")
    given.refresh_from_db()
    assert (given.revoked_by, given.revoke_reason) == (coordinator, "Given by mistake.")
    assert given.revoked_at is not None
    with pytest.raises(Refused) as refusal:
        services.revoke(actor=coordinator, award=given, reason="Twice")
    assert refusal.value.code == "revoked"
    assert services.catch_up() == {}  # the rule is not registered: nothing happens
    assert Award.objects.filter(person=owner).count() == 1


def test_awarding_a_revoked_badge_by_hand_restores_it(badge, owner, coordinator):
    given = award(badge, owner)
    services.revoke(actor=coordinator, award=given, reason="Too early.")
    restored = services.award_by_hand(
        actor=coordinator, badge=badge, person=owner, reason="Now earned."
    )
    assert restored.pk == given.pk
    assert (restored.revoked_at, restored.revoke_reason, restored.reason) == (
        None,
        "",
        "Now earned.",
    )


# The site's pages: owner, member, outsider and coordinator.


def test_award_form_is_for_coordinators(client, badge, owner, coordinator):
    member = UserFactory()
    assert client.get("/en/badges/award/").status_code == 302  # outsider: sign in first
    for person in (owner, member):
        client.force_login(person)
        assert client.get("/en/badges/award/").status_code == 403
        response = client.post(
            "/en/badges/award/", {"badge": badge.pk, "email": owner.email, "reason": "Mine"}
        )
        assert response.status_code == 403
    assert Award.objects.count() == 0

    client.force_login(coordinator)
    assert client.get("/en/badges/award/").status_code == 200
    response = client.post(
        "/en/badges/award/",
        {"badge": badge.pk, "email": "OWNER@example.org", "reason": "Ran the welcome desk."},
    )
    given = Award.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/badges/awards/{given.uuid}/"
    assert (given.person, given.awarded_by, given.reason) == (
        owner,
        coordinator,
        "Ran the welcome desk.",
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"badge": "", "email": "owner@example.org", "reason": "R"}, "badge"),
        ({"badge": "999999999", "email": "owner@example.org", "reason": "R"}, "badge"),
        ({"badge": "x", "email": "owner@example.org", "reason": "R"}, "badge"),
        ({"email": "nobody@example.org", "reason": "R"}, "email"),
        ({"email": "not an email", "reason": "R"}, "email"),
        ({"email": "owner@example.org", "reason": ""}, "reason"),
        ({"email": "owner@example.org", "reason": "x" * 1001}, "reason"),
    ],
)
def test_award_form_refuses_bad_input(client, badge, owner, coordinator, data, field):
    client.force_login(coordinator)
    response = client.post("/en/badges/award/", {"badge": badge.pk, **data})
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert Award.objects.count() == 0


def test_award_form_says_when_the_person_has_the_badge(client, badge, owner, coordinator):
    award(badge, owner)
    client.force_login(coordinator)
    response = client.post(
        "/en/badges/award/", {"badge": badge.pk, "email": owner.email, "reason": "Again"}
    )
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == ["This person already has this badge."]


def test_revoke_is_for_coordinators(client, badge, owner, coordinator):
    given = award(badge, owner)
    url = f"/en/badges/awards/{given.uuid}/revoke/"
    assert client.post(url, {"reason": "No"}).status_code == 302  # outsider: to sign in
    for person in (owner, UserFactory()):
        client.force_login(person)
        assert client.post(url, {"reason": "No"}).status_code == 403
    given.refresh_from_db()
    assert given.revoked_at is None

    client.force_login(coordinator)
    assert client.get(url).status_code == 405
    response = client.post(url, {"reason": ""})
    given.refresh_from_db()
    assert given.revoked_at is None
    response = client.post(url, {"reason": "Duplicate account."})
    assert response["Location"] == f"/en/badges/awards/{given.uuid}/"
    given.refresh_from_db()
    assert (given.revoked_by, given.revoke_reason) == (coordinator, "Duplicate account.")


def test_revoke_form_shows_only_to_coordinators(client, badge, owner, coordinator):
    given = award(badge, owner)
    url = f"/en/badges/awards/{given.uuid}/"
    for person in (None, owner, UserFactory()):
        if person is not None:
            client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200
        assert b"/revoke/" not in response.content
    client.force_login(coordinator)
    assert f"/en/badges/awards/{given.uuid}/revoke/".encode() in client.get(url).content
