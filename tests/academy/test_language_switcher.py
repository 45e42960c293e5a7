import re

import pytest

SWITCHER = re.compile(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"')


def switcher_links(html):
    return {code: url for url, code in SWITCHER.findall(html)}


@pytest.mark.django_db
def test_switcher_points_to_same_track_in_every_language(client, track):
    html = client.get("/en/peer-learning/great-workshops/").content.decode()
    assert switcher_links(html) == {
        code: f"/{code}/peer-learning/great-workshops/"
        for code in ["en", "de", "es", "fr", "pl", "ar"]
    }


@pytest.mark.django_db
def test_switcher_follows_translated_slugs(client, track):
    track.slug_de = "gute-workshops"
    track.save()
    html = client.get("/en/peer-learning/great-workshops/").content.decode()
    assert switcher_links(html)["de"] == "/de/peer-learning/gute-workshops/"
    response = client.get("/de/peer-learning/gute-workshops/")
    assert response.status_code == 200
    assert "<h1>Gute Workshops gestalten</h1>" in response.content.decode()


@pytest.mark.django_db
def test_following_switcher_keeps_the_track(client, track):
    html = client.get("/en/peer-learning/great-workshops/").content.decode()
    response = client.get(switcher_links(html)["pl"])
    assert response.status_code == 200
    assert response.context["page"].pk == track.pk
    assert "<h1>Dobre warsztaty krok po kroku</h1>" in response.content.decode()


@pytest.mark.django_db
def test_switcher_on_search_keeps_query(client, home):
    html = client.get("/en/search/?q=feedback").content.decode()
    assert switcher_links(html)["fr"] == "/fr/search/?q=feedback"


@pytest.mark.django_db
def test_switcher_marks_current_language(client, home):
    html = client.get("/ar/").content.decode()
    assert '<a href="/ar/" hreflang="ar" lang="ar" aria-current="true">العربيّة</a>' in html


@pytest.mark.django_db
def test_root_redirects_to_language_from_cookie(client, home):
    client.cookies["django_language"] = "es"
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/es/"


@pytest.mark.django_db
def test_pages_advertise_alternate_languages(client, track):
    html = client.get("/en/peer-learning/great-workshops/").content.decode()
    assert '<link rel="alternate" hreflang="ar" href="/ar/peer-learning/great-workshops/">' in html


@pytest.mark.django_db
def test_arabic_is_right_to_left(client, home):
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "pl"])
def test_other_languages_are_left_to_right(client, home, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
