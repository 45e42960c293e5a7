"""Sign-in with Wikimedia, end to end, against a stand-in for the wiki's OAuth 2 endpoints."""

from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.socialaccount.models import SocialAccount
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from academy.models import User
from tests.academy import mediawiki_standin
from tests.factories import UserFactory

NADIA = mediawiki_standin.profile(48151623, "Nadia Example", "nadia@example.org")


@pytest.fixture
def wiki(monkeypatch, settings, home):
    return mediawiki_standin.install(monkeypatch, settings)


def sign_in_with_wikimedia(client, wiki, person=NADIA, language="en"):
    """The browser's journey: the sign-in button, the wiki's authorise page, and back."""
    wiki.signed_in = person
    start = client.post(f"/{language}/accounts/mediawiki/login/")
    assert start.status_code == 302
    assert start["Location"].startswith(f"{mediawiki_standin.REST_API}/oauth2/authorize?")
    back = urlsplit(wiki.visit(start["Location"]))
    return client.get(f"{back.path}?{back.query}")


def in_language(language, msgid):
    with translation.override(language):
        return gettext(msgid)


@pytest.mark.django_db
def test_wikimedia_first_sign_in_creates_the_account(client, wiki):
    response = sign_in_with_wikimedia(client, wiki)
    assert (response.status_code, response["Location"]) == (302, "/en/dashboard/")
    person = User.objects.get()
    assert (
        person.display_name,
        person.home_community,
        person.email,
        person.preferred_language,
        person.has_usable_password(),
    ) == ("Nadia Example", "meta.wiki.test", "nadia@example.org", "en", False)
    assert " " not in person.username
    account = SocialAccount.objects.get()
    assert (account.user, account.provider, account.uid) == (person, "mediawiki", "48151623")
    assert list(person.emailaddress_set.values_list("email", "verified", "primary")) == [
        ("nadia@example.org", True, True)
    ]
    assert client.get("/en/dashboard/").status_code == 200
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_wikimedia_sign_in_says_where_it_goes_first(client, wiki, language):
    html = client.get(f"/{language}/accounts/mediawiki/login/").content.decode()
    assert f"<h1>{in_language(language, 'Sign in with Wikimedia')}</h1>" in html
    assert '<form method="post">' in html
    assert User.objects.count() == 0


@pytest.mark.django_db
def test_wikimedia_sign_in_asks_the_wiki_for_this_site_only(client, wiki):
    sign_in_with_wikimedia(client, wiki, language="pl")
    (asked,) = wiki.authorise_requests
    assert (asked["client_id"], asked["redirect_uri"], asked["response_type"]) == (
        mediawiki_standin.CLIENT_ID,
        "http://testserver/pl/accounts/mediawiki/login/callback/",
        "code",
    )
    assert User.objects.get().preferred_language == "pl"


@pytest.mark.django_db
def test_wikimedia_returning_person_signs_in_to_the_same_account(client, wiki):
    sign_in_with_wikimedia(client, wiki)
    person = User.objects.get()
    person.display_name = "Nadia E."
    person.home_community = "Wikimedia Levant"
    person.save(update_fields=["display_name", "home_community"])
    client.logout()

    response = sign_in_with_wikimedia(client, wiki)

    assert (response.status_code, response["Location"]) == (302, "/en/dashboard/")
    assert list(User.objects.values_list("pk", "display_name", "home_community")) == [
        (person.pk, "Nadia E.", "Wikimedia Levant")
    ]
    assert SocialAccount.objects.count() == 1
    assert int(client.session["_auth_user_id"]) == person.pk


@pytest.mark.django_db
def test_wikimedia_email_of_another_account_is_not_linked(client, wiki):
    owner = UserFactory(email="nadia@example.org", display_name="Nadia", preferred_language="de")

    response = sign_in_with_wikimedia(client, wiki)

    # As for a password sign-up with a taken address: the page says an email was sent,
    # and only the address's owner hears that an account exists.
    assert (response.status_code, response["Location"]) == (302, "/en/accounts/confirm-email/")
    assert list(User.objects.values_list("pk", flat=True)) == [owner.pk]
    assert SocialAccount.objects.count() == 0
    assert "_auth_user_id" not in client.session
    (message,) = mail.outbox
    assert message.to == ["nadia@example.org"]
    assert message.subject == "[Peer-Akademie] " + in_language("de", "Account Already Exists")
    page = client.get("/en/accounts/confirm-email/")
    assert page.status_code == 200
    assert "We have sent an email to you for verification." in page.content.decode()


@pytest.mark.django_db
def test_wikimedia_owner_of_the_email_connects_after_signing_in(client, wiki):
    owner = UserFactory(email="nadia@example.org", display_name="Nadia")
    client.force_login(owner)
    assert client.get("/en/accounts/3rdparty/").status_code == 200
    wiki.signed_in = NADIA
    start = client.post("/en/accounts/mediawiki/login/", {"process": "connect"})
    back = urlsplit(wiki.visit(start["Location"]))

    response = client.get(f"{back.path}?{back.query}")

    assert (response.status_code, response["Location"]) == (302, "/en/accounts/3rdparty/")
    account = SocialAccount.objects.get()
    assert (account.user, account.uid) == (owner, "48151623")
    owner.refresh_from_db()
    assert (owner.display_name, owner.home_community) == ("Nadia", "")


@pytest.mark.django_db
def test_wikimedia_unconfirmed_email_never_signs_in_its_owner(client, wiki):
    owner = UserFactory(email="nadia@example.org")
    unconfirmed = mediawiki_standin.profile(99, "Not Nadia", "nadia@example.org", confirmed=False)

    response = sign_in_with_wikimedia(client, wiki, person=unconfirmed)

    assert (response.status_code, response["Location"]) == (302, "/en/accounts/3rdparty/signup/")
    assert list(User.objects.values_list("pk", flat=True)) == [owner.pk]
    assert SocialAccount.objects.count() == 0
    assert "_auth_user_id" not in client.session
    form = client.get("/en/accounts/3rdparty/signup/").content.decode()
    assert 'name="display_name" value="Not Nadia"' in form
    assert '<input type="email" name="email" autocomplete="email"' in form

    chosen = client.post(
        "/en/accounts/3rdparty/signup/",
        {"email": "not.nadia@example.org", "display_name": "Not Nadia", "time_zone": ""},
    )

    assert (chosen.status_code, chosen["Location"]) == (302, "/en/accounts/confirm-email/")
    newcomer = User.objects.exclude(pk=owner.pk).get()
    assert (newcomer.email, newcomer.display_name, newcomer.home_community) == (
        "not.nadia@example.org",
        "Not Nadia",
        "meta.wiki.test",
    )
    assert SocialAccount.objects.get().user == newcomer
    assert newcomer.emailaddress_set.get().verified is False
    assert [message.to for message in mail.outbox] == [["not.nadia@example.org"]]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_wikimedia_refused_consent_says_so_in_the_page_language(client, wiki, language):
    wiki.consents = False

    response = sign_in_with_wikimedia(client, wiki, language=language)

    cancelled = f"/{language}/accounts/3rdparty/login/cancelled/"
    assert (response.status_code, response["Location"]) == (302, cancelled)
    page = client.get(cancelled)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{in_language(language, 'You are not signed in')}</h1>" in html
    with translation.override(language):
        sentence = gettext(
            "You did not allow %(site_name)s to use your Wikimedia account, so nothing was "
            "saved and you are not signed in."
        )
        site_name = str(translation.pgettext("site name", "Peer Academy"))
    assert sentence % {"site_name": site_name} in html
    assert f'href="/{language}/accounts/login/"' in html
    assert (User.objects.count(), SocialAccount.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_wikimedia_failed_token_exchange_is_calm(client, wiki):
    wiki.signed_in = NADIA
    start = client.post("/en/accounts/mediawiki/login/")
    back = urlsplit(wiki.visit(start["Location"]))
    state = parse_qs(back.query)["state"][0]

    response = client.get(f"{back.path}?code=made-up&state={state}")

    assert response.status_code == 401
    html = response.content.decode()
    assert "<h1>Signing in with Wikimedia did not work</h1>" in html
    assert (User.objects.count(), SocialAccount.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_wikimedia_callback_without_state_is_calm(client, wiki):
    response = client.get("/en/accounts/mediawiki/login/callback/?code=x&state=forged")
    assert response.status_code == 401
    assert "<h1>Signing in with Wikimedia did not work</h1>" in response.content.decode()


def test_the_sign_in_page_calls_the_provider_wikimedia(client, wiki):
    html = client.get("/en/accounts/login/").content.decode()
    assert ">Wikimedia<" in html
    assert "MediaWiki" not in html
