"""Coordinators define badges in the Wagtail admin, with a rule from any app; others
cannot."""

import pytest

from academy.growth.badges.models import Badge

pytestmark = pytest.mark.django_db

FORM = {
    "name_en": "Listener",
    "key": "listener",
    "description_en": "Listens well.",
    "criteria_en": "Attend three sessions.",
    "rule": "cohorts.sessions_attended",
    "threshold": "3",
    "position": "0",
}


def test_coordinator_defines_a_badge_with_a_rule(client, coordinator):
    client.force_login(coordinator)
    form = client.get("/admin/snippets/academy/badge/add/")
    assert form.status_code == 200
    assert b'value="mentoring.became_mentor"' in form.content
    response = client.post("/admin/snippets/academy/badge/add/", FORM)
    assert response.status_code == 302, response.context["form"].errors
    badge = Badge.objects.get()
    assert (badge.key, badge.rule, badge.threshold) == ("listener", "cohorts.sessions_attended", 3)


def test_member_cannot_define_badges(client, user):
    client.force_login(user)
    response = client.post("/admin/snippets/academy/badge/add/", FORM)
    assert (
        response.status_code == 403
    )  # signed in without admin rights: told so, not sent to sign in again
    assert not Badge.objects.exists()
