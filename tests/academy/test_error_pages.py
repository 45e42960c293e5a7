"""The error pages people meet: in the site's style and the reader's language, with a
way back; and the admin, which no longer sends a signed-in person in circles."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_errors(settings):
    settings.DEBUG = False


def test_a_refused_page_is_the_sites_own_in_arabic(client, production_errors):
    client.force_login(UserFactory(preferred_language="ar"))
    response = client.get("/ar/reports/")
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "هذه الصفحة غير متاحة لكم" in html
    assert 'href="/ar/dashboard/"' in html
    assert "403 Forbidden" not in html


def test_a_refused_page_asks_a_visitor_to_sign_in(rf):
    from django.contrib.auth.models import AnonymousUser

    from academy.web import permission_denied

    request = rf.get("/en/stories/rounds/1/panel/")
    request.user = AnonymousUser()
    response = permission_denied(request)
    assert response.status_code == 403
    assert 'href="/en/accounts/login/?next=/en/stories/rounds/1/panel/"' in (
        response.content.decode()
    )


@pytest.mark.parametrize("language", ["en", "pl"])
def test_too_many_writes_answer_with_the_sites_page(rf, language):
    from django.utils import translation

    from academy.ratelimit import too_often

    request = rf.get(f"/{language}/")
    request.user = UserFactory()
    with translation.override(language):
        response = too_often(request)
    assert response.status_code == 429
    html = response.content.decode()
    expected = {"en": "Please wait a little", "pl": "Poczekaj chwilę"}[language]
    assert expected in html
    assert f'<html lang="{language}"' in html


@pytest.mark.parametrize(
    ("who", "expected"), [("member", 403), ("translator", 403), ("moderator", 200)]
)
def test_the_admin_tells_people_without_rights_instead_of_looping(client, who, expected):
    person = UserFactory(preferred_language="fr")
    if who == "translator":
        person.groups.add(Group.objects.get(name="Translators (pl)"))
    if who == "moderator":
        person.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(person)
    response = client.get("/admin/")
    assert response.status_code == expected
    if expected == 403:
        html = response.content.decode()
        assert "Vous n’avez pas accès à l’administration" in html  # noqa: RUF001
        assert 'href="/fr/dashboard/"' in html


def test_a_visitor_opening_the_admin_is_asked_to_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/admin/")


def test_the_admin_speaks_the_persons_language_whatever_the_browser_asks(client):
    moderator = UserFactory(preferred_language="pl")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert '<html lang="pl"' in response.content.decode()
