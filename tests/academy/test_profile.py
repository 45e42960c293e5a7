import pytest

from academy.models import User

PROFILE_URL = "/en/accounts/profile/"


def profile_data(**overrides):
    data = {
        "display_name": "Amina",
        "preferred_language": "en",
        "time_zone": "Africa/Cairo",
        "address_form": "feminine",
        "spoken_languages": ["ar", "en"],
        "home_community": "Arabic Wikipedia",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_outsider_is_sent_to_sign_in(client):
    response = client.get(PROFILE_URL)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/accounts/profile/"


@pytest.mark.django_db
def test_owner_sees_own_profile(client, user):
    client.force_login(user)
    response = client.get(PROFILE_URL)
    assert response.status_code == 200
    assert response.context["form"].instance == user


@pytest.mark.django_db
def test_owner_saves_profile(client, user):
    client.force_login(user)
    response = client.post(PROFILE_URL, profile_data())
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.time_zone, user.address_form) == (
        "Amina",
        "Africa/Cairo",
        "feminine",
    )
    assert user.spoken_languages == ["ar", "en"]
    assert user.home_community == "Arabic Wikipedia"


@pytest.mark.django_db
def test_member_cannot_change_someone_else(client, user, other_user):
    """The form only ever edits the signed-in person; a posted id is ignored."""
    client.force_login(other_user)
    client.post(PROFILE_URL, profile_data(id=user.pk, display_name="Hijacked"))
    user.refresh_from_db()
    other_user.refresh_from_db()
    assert user.display_name != "Hijacked"
    assert other_user.display_name == "Hijacked"


@pytest.mark.django_db
def test_unknown_time_zone_is_refused_and_input_kept(client, user):
    client.force_login(user)
    response = client.post(PROFILE_URL, profile_data(time_zone="Mars/Olympus_Mons"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["time_zone"] == [
        "Select a valid choice. Mars/Olympus_Mons is not one of the available choices."
    ]
    assert form["display_name"].value() == "Amina"
    assert User.objects.get(pk=user.pk).time_zone == "UTC"


@pytest.mark.django_db
def test_unknown_spoken_language_is_refused(client, user):
    client.force_login(user)
    response = client.post(PROFILE_URL, profile_data(spoken_languages=["xx-klingon"]))
    assert response.status_code == 200
    assert "spoken_languages" in response.context["form"].errors


@pytest.mark.django_db
def test_errors_are_translated(client, user):
    client.force_login(user)
    response = client.post(
        "/de/accounts/profile/", profile_data(display_name="", time_zone="Nowhere")
    )
    assert response.context["form"].errors["time_zone"] == [
        "Bitte eine gültige Auswahl treffen. Nowhere ist keine gültige Auswahl."
    ]


@pytest.mark.django_db
def test_changing_language_switches_the_site(client, user):
    client.force_login(user)
    response = client.post(PROFILE_URL, profile_data(preferred_language="pl"))
    assert response.status_code == 302
    assert response["Location"] == "/pl/accounts/profile/"
    assert response.cookies["django_language"].value == "pl"
    followed = client.get(response["Location"])
    assert '<html lang="pl" dir="ltr">' in followed.content.decode()


@pytest.mark.django_db
def test_signed_in_person_lands_in_preferred_language(client, user, home):
    user.preferred_language = "ar"
    user.save()
    client.force_login(user)
    client.get("/en/")  # any request refreshes the language cookie
    response = client.get("/")
    assert response["Location"] == "/ar/"
