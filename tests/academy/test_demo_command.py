"""The demo loader itself: what it builds, and that a second run changes nothing."""

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Site

from academy.models import SchoolPage, TrackPage, User, WorkshopPage, WorkshopSession

LANGUAGES = ["en", "de", "es", "fr", "pl", "ar"]


def snapshot():
    return {
        "schools": SchoolPage.objects.count(),
        "tracks": TrackPage.objects.count(),
        "workshops": WorkshopPage.objects.count(),
        "sessions": WorkshopSession.objects.count(),
        "users": User.objects.count(),
        "starts": sorted(WorkshopSession.objects.values_list("start", flat=True)),
    }


@pytest.mark.django_db
def test_demo_builds_academy_and_is_idempotent(capsys):
    call_command("demo")
    first = snapshot()
    call_command("demo")
    assert snapshot() == first
    assert {k: first[k] for k in ("schools", "tracks", "workshops", "users")} == {
        "schools": 3,
        "tracks": 6,
        "workshops": 12,
        "users": 12,
    }
    assert first["sessions"] >= 24
    assert "Demo ready: 0 pages, 0 sessions and 0 people added." in capsys.readouterr().out

    formats = set(WorkshopSession.objects.values_list("format", flat=True))
    zones = set(WorkshopSession.objects.values_list("time_zone", flat=True))
    assert formats == {"online", "in_person", "hybrid"}
    assert len(zones) >= 6

    for page in [*SchoolPage.objects.all(), *TrackPage.objects.all(), *WorkshopPage.objects.all()]:
        titles = [getattr(page, f"title_{code}") for code in LANGUAGES]
        intros = [getattr(page, f"intro_{code}") for code in LANGUAGES]
        assert all(titles), page.slug
        assert all(intros), page.slug
        assert len(set(titles)) == 6, page.slug  # really translated, not copied

    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    admin = User.objects.get(email="admin@demo.peer-academy.org")
    assert admin.is_superuser
    assert admin.check_password("academy-demo")
    assert admin.emailaddress_set.get().verified


@pytest.mark.django_db
def test_demo_pages_serve_in_every_language(client):
    call_command("demo")
    workshop = WorkshopPage.objects.first()
    for code in LANGUAGES:
        url = f"/{code}{workshop.url_path_en[len('/home') :]}"
        response = client.get(url)
        assert response.status_code == 200, url
        assert escape(getattr(workshop, f"title_{code}")) in response.content.decode()
