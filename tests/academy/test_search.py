import pytest

from tests.factories import WorkshopPageFactory


@pytest.fixture
def bilingual_workshop(track):
    return WorkshopPageFactory(
        parent=track,
        title="Welcoming newcomers",
        title_de="Neue Menschen willkommen heißen",
        intro="How to greet people at their first edit-a-thon.",
        intro_de="Wie wir Menschen bei ihrem ersten Schreibtreffen begrüßen.",
        slug="welcoming",
    )


@pytest.mark.django_db
def test_search_finds_page_in_current_language(client, bilingual_workshop):
    response = client.get("/de/search/", {"q": "Schreibtreffen"})
    assert [page.pk for page in response.context["results"]] == [bilingual_workshop.pk]
    link = (
        '<a href="/de/peer-learning/great-workshops/welcoming/">Neue Menschen willkommen heißen</a>'
    )
    assert f"<h2>{link}</h2>" in response.content.decode()


@pytest.mark.django_db
def test_search_ignores_other_languages(client, bilingual_workshop):
    response = client.get("/en/search/", {"q": "Schreibtreffen"})
    assert list(response.context["results"]) == []
    assert "Nothing matches “Schreibtreffen”." in response.content.decode()


@pytest.mark.django_db
def test_search_ignores_case(client, bilingual_workshop):
    response = client.get("/en/search/", {"q": "NEWCOMERS"})
    assert [page.pk for page in response.context["results"]] == [bilingual_workshop.pk]


@pytest.mark.django_db
def test_search_needs_every_word(client, bilingual_workshop):
    response = client.get("/en/search/", {"q": "newcomers astronomy"})
    assert list(response.context["results"]) == []


@pytest.mark.django_db
def test_empty_search_explains_itself(client, home):
    response = client.get("/en/search/")
    assert response.context["results"] is None
    assert "Type a word above to search" in response.content.decode()


@pytest.mark.django_db
def test_search_paginates(client, track):
    for number in range(12):
        WorkshopPageFactory(
            parent=track, title=f"Listening circle {number}", slug=f"circle-{number}"
        )
    first = client.get("/en/search/", {"q": "listening"})
    second = client.get("/en/search/", {"q": "listening", "page": 2})
    beyond = client.get("/en/search/", {"q": "listening", "page": "zzz"})
    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 2
    assert beyond.context["results"].number == 1
    assert "Page 1 of 2" in first.content.decode()


@pytest.mark.django_db
def test_unpublished_pages_are_not_found(client, bilingual_workshop):
    bilingual_workshop.unpublish()
    response = client.get("/en/search/", {"q": "newcomers"})
    assert list(response.context["results"]) == []
