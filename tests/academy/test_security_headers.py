import pytest
from django.test import Client


@pytest.mark.django_db
def test_public_pages_send_strict_headers(client, home):
    response = client.get("/en/")
    assert response["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self'")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert (
        response["Permissions-Policy"]
        == "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
    )


@pytest.mark.django_db
def test_forms_carry_csrf_tokens(client, user):
    client.force_login(user)
    html = client.get("/en/accounts/profile/").content.decode()
    assert html.count('name="csrfmiddlewaretoken"') == 2  # profile form and sign-out


@pytest.mark.django_db
def test_profile_post_without_csrf_is_refused(user):

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post("/en/accounts/profile/", {"display_name": "x"}).status_code == 403
