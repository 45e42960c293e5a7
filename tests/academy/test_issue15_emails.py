"""allauth's and Wagtail's emails are the site's own: in the recipient's language, greeting
them by name, with links on the configured base URL (not the host of the request that
caused them) and the site's signature. Sign-up asks for a name; sign-in lands on the
dashboard."""

import re

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name

from academy.models import User, WorkshopPage
from academy.pages.publishing import assign_author
from tests.academy.test_accounts import signup
from tests.academy.test_publishing import new_workshop
from tests.factories import UserFactory
from tests.factories.users import PASSWORD

BASE = "https://academy.example.org"
SIGNATURE_FR = "-- \nAcadémie entre pairs\nhttps://academy.example.org"
SIGNATURE_ES = "-- \nAcademia entre pares\nhttps://academy.example.org"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


def in_french(msgid):
    """A new sentence as French readers get it, once its translation is compiled."""
    with translation.override("fr"):
        return gettext(msgid)


def links(message):
    return re.findall(r"https?://\S+", message.body)


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_signup_email_is_in_the_language_of_the_signup_page_with_base_url_links(client):
    signup(client, email="camille@example.org", language="fr", display_name="Camille")
    [message] = mail.outbox
    assert message.to == ["camille@example.org"]
    assert message.from_email == "Académie entre pairs <academy@localhost>"
    assert message.subject == "[Académie entre pairs] Confirmez votre adresse e-mail"
    assert message.body.startswith("Bonjour Camille,\n\n")
    assert message.body.endswith(SIGNATURE_FR + "\n")
    [activate, home] = links(message)
    assert re.fullmatch(BASE + r"/fr/accounts/confirm-email/[^/]+/", activate)
    assert home == BASE
    assert "testserver" not in message.body
    assert User.objects.get(email="camille@example.org").username not in message.body


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_confirmation_link_from_the_email_signs_in_and_lands_on_the_dashboard(client):
    signup(client, email="camille@example.org", language="fr", display_name="Camille")
    [activate, _home] = links(mail.outbox[0])
    response = client.post(activate.removeprefix(BASE))
    assert response.status_code == 302
    assert response["Location"] == "/fr/dashboard/"
    assert User.objects.get(email="camille@example.org").emailaddress_set.get().verified


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_password_reset_email_follows_the_recipient_not_the_page(client):
    person = UserFactory(display_name="Lucía", preferred_language="es", email="lucia@example.org")
    response = client.post("/en/accounts/password/reset/", {"email": person.email})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.subject == (
        "[Academia entre pares] Correo electrónico para restablecer contraseña"
    )
    assert message.body.startswith("Hola, Lucía:\n\n")
    assert message.body.endswith(SIGNATURE_ES + "\n")
    [reset, _home] = links(message)
    assert re.fullmatch(BASE + r"/es/accounts/password/reset/key/[^/]+/", reset)
    assert person.username not in message.body
    # the link works: it leads on to the form for a new password
    response = client.get(reset.removeprefix(BASE))
    assert response.status_code == 302
    assert (
        response["Location"]
        == "/es/accounts/password/reset/key/"
        + reset.split("/")[-2][: reset.split("/")[-2].index("-") + 1]
        + "set-password/"
    )


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_password_changed_notice_in_recipient_language_with_a_way_out(client):
    person = UserFactory(display_name="Camille", preferred_language="fr")
    client.force_login(person)
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "another long passphrase",
            "password2": "another long passphrase",
        },
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.subject == "[Académie entre pairs] Mot de passe modifié"
    assert message.body.startswith("Bonjour Camille,\n\n")
    assert in_french("Your password was changed.") in message.body
    assert links(message) == [BASE + "/fr/accounts/password/reset/", BASE]
    assert message.body.endswith(SIGNATURE_FR + "\n")


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_signup_with_a_taken_address_tells_its_owner_in_their_language(client):
    owner = UserFactory(display_name="Lucía", preferred_language="es", email="lucia@example.org")
    signup(client, email=owner.email, language="en", display_name="Someone")
    assert User.objects.filter(email=owner.email).count() == 1
    [message] = mail.outbox
    assert message.to == [owner.email]
    assert message.subject == "[Academia entre pares] La cuenta ya existe"
    assert message.body.startswith("Hola, Lucía:\n\n")
    assert links(message) == [BASE + "/es/accounts/password/reset/", BASE]


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_reset_for_an_unknown_address_is_in_the_page_language(client):
    client.post("/de/accounts/password/reset/", {"email": "nobody@example.org"})
    [message] = mail.outbox
    assert message.subject == "[Peer-Akademie] Unbekanntes Konto"
    assert links(message) == [BASE + "/de/accounts/signup/", BASE]
    assert message.body.endswith("-- \nPeer-Akademie\nhttps://academy.example.org\n")


def test_signin_lands_on_dashboard_and_greets_by_display_name(client):
    person = UserFactory(display_name="Wanjiru", username="wanjiru.k")
    response = client.post("/en/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/dashboard/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Successfully signed in as Wanjiru."
    ]


def test_signin_keeps_an_explicit_next(client):
    person = UserFactory()
    response = client.post(
        "/en/accounts/login/?next=/en/accounts/profile/",
        {"login": person.email, "password": PASSWORD},
    )
    assert response["Location"] == "/en/accounts/profile/"


@pytest.mark.parametrize(
    ("display_name", "error"),
    [
        ("", "This field is required."),
        ("   ", "This field is required."),
        ("x" * 121, "Ensure this value has at most 120 characters (it has 121)."),
        (
            "Nadia\u202e",
            "Remove the invisible characters that change the direction of text.",
        ),
    ],
)
def test_signup_asks_for_a_valid_display_name(client, display_name, error):
    response = signup(client, display_name=display_name)
    assert response.status_code == 200
    assert response.context["form"].errors["display_name"] == [error]
    assert User.objects.count() == 0
    assert mail.outbox == []


def test_signup_keeps_a_display_name_of_full_length(client):
    signup(client, display_name="x" * 120)
    assert User.objects.get().display_name == "x" * 120


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_moderation_notice_is_in_the_coordinator_language_and_names_them(
    client, coordinator, track
):
    coordinator.username = "coordinator"
    coordinator.preferred_language = "fr"
    coordinator.display_name = "Amélie"
    coordinator.save()
    author = UserFactory(display_name="Writes workshops", preferred_language="en")
    assign_author(coordinator=coordinator, person=author, track=track)
    client.force_login(author)
    response = client.post(f"/admin/pages/add/academy/workshoppage/{track.pk}/", new_workshop())
    assert response.status_code == 302
    page = WorkshopPage.objects.get(slug_en="listening")
    [message] = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert message.subject == (
        "La page «\xa0Listening well\xa0» a été soumise pour validation dans la tâche "
        "«\xa0Coordinator approval\xa0»."
    )
    assert str(message.from_email) == "Peer Academy <academy@localhost>"  # the author's page
    assert message.message()["From"] == "Peer Academy <academy@localhost>"
    assert message.body.startswith("Bonjour Amélie,\n")
    assert "coordinator" not in message.body.replace("Coordinator approval", "")
    assert f"{BASE}/admin/pages/{page.pk}/edit/" in message.body
    assert message.body.endswith(SIGNATURE_FR)


def test_approval_notice_is_in_the_author_language(client, coordinator, track):
    author = UserFactory(display_name="Lucía", preferred_language="es")
    assign_author(coordinator=coordinator, person=author, track=track)
    client.force_login(author)
    client.post(f"/admin/pages/add/academy/workshoppage/{track.pk}/", new_workshop())
    page = WorkshopPage.objects.get(slug_en="listening")
    mail.outbox.clear()
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, coordinator, "approve")
    [message] = [m for m in mail.outbox if m.to == [author.email]]
    assert message.body.startswith("Hola, Lucía:\n")
    assert message.body.endswith(SIGNATURE_ES.replace(BASE, "http://testserver"))
    with translation.override("es"):
        assert message.subject == gettext(
            'The page "%(title)s" has been approved in "%(workflow)s".'
        ) % {"title": "Listening well", "workflow": "Coordinator approval"}


def test_the_admin_names_people_by_display_name_not_username():
    person = UserFactory(username="amara.k1234", display_name="Amara Zed", first_name="A")
    assert user_display_name(person) == "Amara Zed"
    nameless = UserFactory(username="x.y", display_name="", first_name="Ada", last_name="Lovelace")
    assert user_display_name(nameless) == "Ada Lovelace"
    assert nameless.public_name == "Ada Lovelace"
