"""The homes of the roles are asked only for people who hold a role (issue 16): a
learner's dashboard costs no query for facilitating, coordinating, moderation or
translation, and becoming the author of a workshop, or its facilitator, shows the
sessions they run at once, through the dashboard kept for them."""

from dataclasses import replace
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from academy.accounts.home import home
from tests.factories import SessionFactory
from tests.factories.cohorts import SessionAccessFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/dashboard/"


def dashboard(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


def test_the_homes_of_roles_are_not_asked_for_a_learner(monkeypatch, user):
    asked = []
    for section in home.sections():
        if section.for_roles:
            monkeypatch.setitem(
                home._sections,
                section.key,
                replace(section, build=lambda request, key=section.key: asked.append(key)),
            )
    client = Client()
    client.force_login(user)
    dashboard(client)
    assert asked == []
    assert len([s for s in home.sections() if s.for_roles]) == 5


def test_a_new_workshop_author_finds_their_sessions(user, workshop):
    SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=2))
    client = Client()
    client.force_login(user)
    dashboard(client)
    assert "Sessions you run" not in dashboard(client)
    workshop.owner = user
    workshop.save(update_fields=["owner"])
    assert "Sessions you run" in dashboard(client)


def test_a_new_facilitator_finds_their_sessions(user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=2))
    access = SessionAccessFactory(session=session)
    client = Client()
    client.force_login(user)
    dashboard(client)
    assert "Sessions you run" not in dashboard(client)
    access.facilitators.add(user)
    assert "Sessions you run" in dashboard(client)
