import re

import pytest
from django.core import mail
from django.test import override_settings

from academy.models import User
from tests.factories.users import PASSWORD


def signup(client, email="nadia@example.org", language="en", **extra):
    data = {
        "email": email,
        "password1": "a long and unusual passphrase",
        "password2": "a long and unusual passphrase",
        "display_name": "Nadia",
        "time_zone": "Africa/Lagos",
        **extra,
    }
    return client.post(f"/{language}/accounts/signup/", data)


@pytest.mark.django_db
def test_signup_sends_verification_and_confirming_signs_in(client, home):
    response = signup(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = User.objects.get(email="nadia@example.org")
    assert (user.display_name, user.time_zone, user.preferred_language) == (
        "Nadia",
        "Africa/Lagos",
        "en",
    )
    assert len(mail.outbox) == 1
    link = re.search(
        r"http://testserver(/en/accounts/confirm-email/[^/\s]+/)", mail.outbox[0].body
    ).group(1)
    assert client.post(link).status_code == 302
    assert user.emailaddress_set.get().verified is True
    assert client.get("/en/accounts/profile/").status_code == 200


@pytest.mark.django_db
def test_unverified_person_cannot_sign_in(client, home):
    signup(client)
    client.logout()
    response = client.post(
        "/en/accounts/login/",
        {"login": "nadia@example.org", "password": "a long and unusual passphrase"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert client.get("/en/accounts/profile/").status_code == 302


@pytest.mark.django_db
def test_signup_in_german_sets_preferred_language(client, home):
    signup(client, email="jonas@example.org", language="de")
    assert User.objects.get(email="jonas@example.org").preferred_language == "de"
    assert mail.outbox[0].subject == "[Peer-Akademie] Bitte bestätige deine E-Mail-Adresse"
    assert mail.outbox[0].body.startswith("Hallo Nadia,\n\n")


@pytest.mark.django_db
def test_signup_with_invalid_zone_falls_back_to_utc(client, home):
    signup(client, time_zone="Atlantis/Capital")
    assert User.objects.get(email="nadia@example.org").time_zone == "UTC"


@pytest.mark.django_db
def test_signup_keeps_input_on_error(client, home):
    response = signup(client, password2="something else entirely")
    assert response.status_code == 200
    assert response.context["form"]["email"].value() == "nadia@example.org"
    assert User.objects.count() == 0


@pytest.mark.django_db
def test_login_sends_person_to_their_language(client, user):
    user.preferred_language = "fr"
    user.save()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"


@pytest.mark.django_db
def test_failed_logins_are_rate_limited(client, user):
    responses = [
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
        for _ in range(6)
    ]
    limited = "Too many failed login attempts. Try again later."
    assert [limited in r.content.decode() for r in responses] == [False] * 5 + [True]
    right = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert right.status_code == 200  # even the right password waits out the limit
    assert limited in right.content.decode()


@pytest.mark.django_db
def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/admin/pages/"


@pytest.mark.django_db
def test_admin_sends_outsider_to_site_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/admin/")


@pytest.mark.django_db
def test_admin_refuses_member_without_admin_access(client, user):
    """Not a redirect to sign in: the person is signed in, and was sent straight back."""
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "The admin is not open to you" in response.content.decode()


@pytest.mark.django_db
def test_admin_opens_for_superuser(client, user):
    user.is_superuser = True
    user.save()
    client.force_login(user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_wikimedia_login_hidden_without_keys(client, home):
    html = client.get("/en/accounts/login/").content.decode()
    assert "/accounts/mediawiki/login/" not in html


@pytest.mark.django_db
def test_wikimedia_login_shown_with_keys(client, home):
    providers = {
        "mediawiki": {
            "APPS": [{"client_id": "abc", "secret": "def", "key": ""}],
            "REST_API": "https://meta.wikimedia.org/w/rest.php",
        }
    }
    with override_settings(SOCIALACCOUNT_PROVIDERS=providers):
        html = client.get("/en/accounts/login/").content.decode()
    assert "/en/accounts/mediawiki/login/" in html
