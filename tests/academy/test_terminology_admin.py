import pytest

from academy.models import Role
from academy.terminology import resolve


@pytest.mark.django_db
def test_administrator_adds_a_role(client, user):
    user.is_superuser = True
    user.save()
    client.force_login(user)
    listing = client.get("/admin/snippets/academy/role/")
    assert listing.status_code == 200
    response = client.post(
        "/admin/snippets/academy/role/add/",
        {
            "key": "buddy",
            "singular": "buddy",
            "plural": "buddies",
            "description_en": "A peer who welcomes a newcomer in their first weeks.",
        },
    )
    assert response.status_code == 302
    assert Role.objects.get(key="buddy").plural == "buddies"
    assert resolve.term_cap("buddy", count=4, locale="de") == "Buddies"


@pytest.mark.django_db
def test_translator_without_admin_access_cannot_add_roles(client, translator_de):
    client.force_login(translator_de)
    response = client.get("/admin/snippets/academy/role/add/")
    assert (
        response.status_code == 403
    )  # signed in without admin rights: told so, not sent to sign in again
    assert not Role.objects.filter(key="buddy").exists()


@pytest.mark.django_db
def test_profile_lists_languages_a_translator_edits(client, translator_de):
    client.force_login(translator_de)
    html = client.get("/en/accounts/profile/").content.decode()
    assert '<a href="/en/words/de/">Words we use (de)</a>' in html
