"""Django's, allauth's and Wagtail's own catalogues reach every language, and ours do not
hide them; the site name is one translated string.

The catalogues under LOCALE_PATHS are compiled here, as `make messages` compiles them,
so these tests read the .po files of this checkout whether or not a build step ran."""

import html
import re
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.template import loader
from django.utils import translation

from academy.models import Role
from tests.factories import UserFactory
from tests.factories.terms import ProposalFactory

LANGUAGES = ["de", "es", "fr", "pl", "ar"]
SHORT_PASSWORD = {
    "de": "Dieses Passwort ist zu kurz. Es muss mindestens 8 Zeichen enthalten.",
    "es": "La contraseña es demasiado corta. Debe contener por lo menos 8 caracteres.",
    "fr": "Ce mot de passe est trop court. Il doit contenir au minimum 8 caractères.",
    "pl": "To hasło jest za krótkie. Musi zawierać co najmniej 8 znaków.",
    "ar": "كلمة المرور هذه قصيرة جدا. يجب أن تتكون من 8 حروف على الأقل.",
}
FIELD_REQUIRED = {
    "de": "Dieses Feld muss ausgefüllt werden.",
    "es": "Este campo es necesario.",
    "fr": "Champ requis.",
    "pl": "To pole jest wymagane.",
    "ar": "هذا الحقل مطلوب.",
}
SIGN_IN = {  # allauth
    "de": "Anmeldung",
    "es": "Iniciar sesión",
    "fr": "Connexion",
    "pl": "Zaloguj",
    "ar": "تسجيل الدخول",
}
WAGTAIL_SIGN_IN = {  # the heading of Wagtail's admin login template
    "de": "Bei Wagtail anmelden",
    "es": "Iniciar sesión en Wagtail",
    "fr": "S'identifier",
    "pl": "Zaloguj się do Wagtaila",
    "ar": "تسجيل الدخول إلى Wagtail",
}
SITE_NAME = {
    "en": "Peer Academy",
    "de": "Peer-Akademie",
    "es": "Academia entre pares",
    "fr": "Académie entre pairs",
    "pl": "Akademia Rówieśnicza",
    "ar": "أكاديمية الأقران",
}


@pytest.fixture(scope="module")
def compiled_locale(tmp_path_factory):
    target = tmp_path_factory.mktemp("locale")
    for source in settings.LOCALE_PATHS:
        for po in Path(source).glob("*/LC_MESSAGES/django.po"):
            mo = target / po.relative_to(source).with_suffix(".mo")
            mo.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as infile, mo.open("wb") as outfile:
                write_mo(outfile, read_po(infile))
    return target


@pytest.fixture(autouse=True)
def our_catalogues(settings, compiled_locale):
    """Changing LOCALE_PATHS makes Django drop its merged catalogues, before and after."""
    settings.LOCALE_PATHS = [compiled_locale]
    translation.activate("en")


def signup_with_short_password(client, language):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": "nadia@example.org",
            "password1": "k7#q",
            "password2": "k7#q",
            "display_name": "Nadia",
            "time_zone": "Africa/Lagos",
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_short_password_message_is_in_the_language(client, home, language):
    response = signup_with_short_password(client, language)
    assert response.status_code == 200
    assert SHORT_PASSWORD[language] in html.unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_sign_in_says_field_required_in_the_language(client, home, language):
    response = client.post(f"/{language}/accounts/login/", {"login": "", "password": ""})
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    assert body.count(FIELD_REQUIRED[language]) == 2  # the email and the password


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_page_heading_is_allauths_translation(client, home, language):
    body = client.get(f"/{language}/accounts/login/").content.decode()
    headings = [
        re.sub(r"\s+", " ", h).strip() for h in re.findall(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    ]
    assert headings == [SIGN_IN[language]]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_sign_in_goes_to_the_translated_sign_in(client, home, language):
    response = client.get("/admin/login/", headers={"accept-language": language})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/login/"
    with translation.override(language):  # Wagtail's own heading, for its login template
        assert translation.gettext("Sign in to Wagtail") == WAGTAIL_SIGN_IN[language]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_page_title_and_brand_carry_the_translated_site_name(client, home, language):
    body = client.get(f"/{language}/").content.decode()
    title = html.unescape(re.search(r"<title>(.*?)</title>", body, re.S).group(1))
    assert title == SITE_NAME[language]  # the home page: the brand once, not "X · X"
    assert f"<span>{SITE_NAME[language]}</span>" in body


@pytest.mark.django_db
def test_polish_home_title_is_the_polish_site_name(client, home):
    body = client.get("/pl/").content.decode()
    # the page has no Polish title of its own yet: the Polish site name, once
    assert re.search(r"<title>(.*?)</title>", body, re.S).group(1) == "Akademia Rówieśnicza"


@pytest.mark.django_db
def test_server_error_page_names_the_site_in_the_active_language():
    with translation.override("pl"):
        page = loader.get_template("500.html").render()
    assert "<title>Something went wrong · Akademia Rówieśnicza</title>" in page
    assert '<a href="/" lang="pl" dir="auto">Akademia Rówieśnicza</a>' in page


@pytest.mark.django_db
def test_arabic_email_is_signed_and_sent_by_the_arabic_site_name(
    client, django_capture_on_commit_callbacks
):
    proposer = UserFactory(preferred_language="ar", email="salma@example.org")
    translator = UserFactory(preferred_language="ar")
    translator.groups.add(Group.objects.get(name="Translators (ar)"))
    proposal = ProposalFactory(
        locale="ar",
        proposer=proposer,
        role=Role.objects.get(key="learner"),
        forms={"neutral": {"one": "متعلّم", "other": "متعلّمون"}},
    )
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/ar/words/proposals/{proposal.pk}/decide/", {"decision": "adopt", "reason": ""}
        )
    [message] = mail.outbox
    assert message.from_email == "أكاديمية الأقران <academy@localhost>"
    assert "في كل أنحاء أكاديمية الأقران." in message.body
    assert message.body.endswith(f"\n\n-- \n{SITE_NAME['ar']}\nhttp://testserver\n")


@pytest.mark.django_db
def test_allauth_email_has_the_site_name_in_the_signup_language(client, home):
    client.post(
        "/pl/accounts/signup/",
        {
            "email": "ola@example.org",
            "password1": "a long and unusual passphrase",
            "password2": "a long and unusual passphrase",
            "display_name": "Ola",
            "time_zone": "Europe/Warsaw",
        },
    )
    [message] = mail.outbox
    assert message.from_email == "Akademia Rówieśnicza <academy@localhost>"
    assert message.subject.startswith("[Akademia Rówieśnicza] ")
