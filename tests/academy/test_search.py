import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from academy.pages.models import WorkshopPage
from academy.pages.search_index import fill_after_upgrade, normalise, query_words
from academy.pages.search_text import PageSearchText
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


@pytest.mark.django_db
def test_restricted_pages_and_their_children_are_not_found(client, track, bilingual_workshop):
    PageViewRestriction.objects.create(page=track, restriction_type="login")
    response = client.get("/en/search/", {"q": "newcomers"})
    assert list(response.context["results"]) == []


@pytest.mark.django_db
def test_draft_changes_are_not_found(client, bilingual_workshop):
    bilingual_workshop.title = "Welcoming astronomers"
    bilingual_workshop.save_revision()
    assert list(client.get("/en/search/", {"q": "astronomers"}).context["results"]) == []
    found = client.get("/en/search/", {"q": "newcomers"}).context["results"]
    assert [page.pk for page in found] == [bilingual_workshop.pk]


@pytest.mark.django_db
def test_pages_never_published_are_not_found(client, track):
    WorkshopPageFactory(parent=track, title="Listening circle", slug="circle", live=False)
    assert list(client.get("/en/search/", {"q": "listening"}).context["results"]) == []


# The search text: one normalised row per live page and language.


def test_normalise_joins_hyphenated_words_and_keeps_their_parts():
    assert normalise("Burn-out, im Ehrenamt!") == "burnout burn out im ehrenamt"
    assert normalise("chacun·e est bienvenu·e") == "chacune chacun e est bienvenue bienvenu e"


def test_normalise_drops_arabic_vowel_signs_and_stretching():
    assert normalise("تعرّفوا على الإرهـاق") == "تعرفوا على الإرهاق"


def test_query_words_join_hyphenated_words_only():
    assert query_words("Burn-out BURNOUT „Ehrenamt“") == ["burnout", "ehrenamt"]


def search_text(page):
    return {
        row.language: (row.title, row.text)
        for row in PageSearchText.objects.filter(page=page).order_by("language")
    }


@pytest.mark.django_db
def test_search_text_holds_each_language_of_the_live_page(bilingual_workshop):
    assert search_text(bilingual_workshop) == {
        "de": (
            "neue menschen willkommen heissen",  # casefolded: ß and ss are one
            "wie wir menschen bei ihrem ersten schreibtreffen begrüssen",
        ),
        "en": ("welcoming newcomers", "how to greet people at their first editathon edit a thon"),
    }


@pytest.mark.django_db
def test_search_text_follows_publishing_and_unpublishing(bilingual_workshop):
    bilingual_workshop.title_pl = "Witamy nowe osoby"
    bilingual_workshop.save_revision()
    assert sorted(search_text(bilingual_workshop)) == ["de", "en"]  # a draft: not yet
    bilingual_workshop.save_revision().publish()
    assert search_text(bilingual_workshop)["pl"] == ("witamy nowe osoby", "")
    bilingual_workshop.unpublish()
    assert search_text(bilingual_workshop) == {}


@pytest.mark.django_db
def test_deleting_a_page_deletes_its_search_text_and_its_childrens(
    home, school, track, bilingual_workshop
):
    track.delete()
    assert set(PageSearchText.objects.values_list("page", flat=True)) == {home.pk, school.pk}


@pytest.mark.django_db
def test_rebuild_command_restores_the_search_text(home, bilingual_workshop):
    PageSearchText.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search_text", stdout=out)
    assert sorted(search_text(bilingual_workshop)) == ["de", "en"]
    expected = PageSearchText.objects.count()
    assert out.getvalue() == f"Search text rebuilt: {expected} rows.\n"


@pytest.mark.django_db
def test_migrating_fills_an_empty_search_text_once(bilingual_workshop):
    PageSearchText.objects.all().delete()
    fill_after_upgrade()
    assert sorted(search_text(bilingual_workshop)) == ["de", "en"]
    PageSearchText.objects.filter(language="de").delete()
    fill_after_upgrade()  # not empty: left alone
    assert sorted(search_text(bilingual_workshop)) == ["en"]


# Word forms, on PostgreSQL: each language through its own stemmer, Polish by trigrams.

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming and trigrams need PostgreSQL: set DATABASE_URL=postgres://… (CI does)",
)


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    return [page.pk for page in response.context["results"]]


@pytest.fixture
def burnout_pages(track):
    """Two pages of the demo's burnout track, cut down; the first has its word in the
    title, the second only in the body."""
    prevent = WorkshopPageFactory(
        parent=track,
        slug="preventing-burnout",
        title="Preventing volunteer burnout",
        title_de="Burn-out im Ehrenamt vorbeugen",
        title_fr="Prévenir l'épuisement bénévole",
        title_es="Prevenir el agotamiento en el voluntariado",
        title_pl="Jak zapobiegać wypaleniu w wolontariacie",
        title_ar="الوقاية من الإرهاق في العمل التطوعي",
    )
    share = WorkshopPageFactory(
        parent=track,
        slug="sharing-the-load",
        title="Sharing the load",
        intro="Roles that never rotate lead to burnout.",
        title_de="Lasten teilen",
        intro_de="Wer nie abgibt, riskiert ein Burnout.",
        title_fr="Partager la charge",
        intro_fr="Des bénévoles épuisés quittent le projet.",
        title_es="Repartir la carga",
        intro_es="Las voluntarias agotadas se van.",
        title_pl="Dzielić się obowiązkami",
        intro_pl="Naucz się rozpoznawać sygnały wypalenia.",
        title_ar="تقاسم العبء",
        intro_ar="تعرّفوا على العلامات المبكرة للإرهاق.",
    )
    return prevent.pk, share.pk


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["wypalenie", "wypalenia", "wypaleniu", "WYPALENIE"])
def test_polish_word_forms_find_each_other(client, burnout_pages, query):
    assert found(client, "pl", query) == list(burnout_pages)


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Burnout", "Burn-out", "burn\u2011out", "BURN-OUT"])
def test_german_burnout_is_found_with_or_without_hyphen(client, burnout_pages, query):
    assert found(client, "de", query) == list(burnout_pages)


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query"),
    [("fr", "épuisement"), ("fr", "épuisés"), ("es", "agotamiento"), ("es", "agotadas")],
)
def test_french_and_spanish_are_stemmed(client, burnout_pages, language, query):
    assert found(client, language, query) == list(burnout_pages)


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["إرهاق", "الإرهاق", "للإرهاق"])
def test_arabic_finds_the_word_with_or_without_its_article(client, burnout_pages, query):
    assert found(client, "ar", query) == list(burnout_pages)


@postgres_only
@pytest.mark.django_db
def test_polish_needs_every_word_and_ignores_unrelated_ones(client, burnout_pages):
    prevent, _share = burnout_pages
    assert found(client, "pl", "wypalenie wolontariat") == [prevent]
    assert found(client, "pl", "wypalenie astronomia") == []
    assert found(client, "pl", "spokojny") == []


@postgres_only
@pytest.mark.django_db
def test_a_word_is_searched_only_in_its_own_language(client, burnout_pages, bilingual_workshop):
    assert found(client, "en", "wypalenie") == []
    assert found(client, "de", "wypalenie") == []
    assert found(client, "pl", "newcomers") == []  # the page has no Polish text


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "pl"])
def test_restricted_and_draft_pages_are_not_found(client, track, burnout_pages, language):
    prevent, share = burnout_pages
    PageViewRestriction.objects.create(page_id=prevent, restriction_type="login")
    WorkshopPage.objects.get(pk=share).unpublish()
    query = {"en": "burnout", "pl": "wypalenie"}[language]
    assert found(client, language, query) == []


# The result page costs the same number of queries however many pages match: on
# PostgreSQL the count, the site and its root, the root paths, the results and their
# specific pages; on SQLite restrictions and Wagtail's search instead of the count.


@pytest.fixture
def listening_circles(track, item_count):
    for number in range(item_count):
        WorkshopPageFactory(
            parent=track,
            title=f"Listening circle {number}",
            title_pl=f"Krąg słuchania {number}",
            slug=f"circle-{number}",
        )


@pytest.mark.django_db
@pytest.mark.parametrize("item_count", [1, 10])
@pytest.mark.parametrize(("language", "query"), [("en", "listening"), ("pl", "słuchania")])
def test_result_page_query_count(
    client, listening_circles, item_count, language, query, django_assert_num_queries
):
    # the page results as before, and one query for the published stories that match
    with django_assert_num_queries(7):
        response = client.get(f"/{language}/search/", {"q": query})
    assert len(response.context["results"]) == item_count
