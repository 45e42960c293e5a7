import pytest

from tests.conftest import LANGUAGES

TITLES = {
    "en": "Giving feedback that helps",
    "de": "Feedback, das weiterhilft",
    "es": "Dar comentarios que ayudan",
    "fr": "Un retour qui aide vraiment",
    "pl": "Informacja zwrotna, która pomaga",
    "ar": "ملاحظات تساعد حقًا",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "school", "track", "workshop"])
def test_page_renders_in_language(client, request, workshop, language, kind):
    page = request.getfixturevalue(kind)
    response = client.get(f"/{language}{page.url_path[len('/academy') :]}")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert response.context["page"].pk == page.pk


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_workshop_title_is_translated(client, workshop, language):
    response = client.get(f"/{language}/peer-learning/great-workshops/feedback/")
    assert f"<h1>{TITLES[language]}</h1>" in response.content.decode()


@pytest.mark.django_db
def test_unknown_page_is_404_with_site_layout(client, home):
    response = client.get("/fr/nowhere/")
    assert response.status_code == 404
    assert '<html lang="fr" dir="ltr">' in response.content.decode()


@pytest.mark.django_db
def test_nothing_lives_below_a_workshop(client, workshop):
    assert client.get("/en/peer-learning/great-workshops/feedback/").status_code == 200
    assert client.get("/en/peer-learning/great-workshops/feedback/anything/").status_code == 404
