"""The words tables keep every word whole, on a phone and on a desktop, in Polish and Arabic.

A word wrapped in the middle has two client rects; a table wider than its card scrolls
inside its own container, never out of the card or the page. SHOTS=1 keeps screenshots in
/tmp/shots/ for a person to look at."""

import os
from pathlib import Path

import pytest
from django.apps import apps

from academy.models import Role
from academy.terminology.builtin import seed as seed_builtin_roles
from tests.factories import HomePageFactory
from tests.factories.terms import TermFactory

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/shots")  # noqa: S108 - screenshots for a person, only with SHOTS=1
WIDTHS = [375, 1280]

# Long phrasings, as communities write them: Polish "osoba + participle", Arabic sound
# plurals and duals with shadda.
WORDS = {
    "pl": {
        "facilitator": {
            "neutral": {
                "one": "osoba animująca",
                "few": "osoby animujące",
                "many": "osób animujących",
                "other": "osoby animujące",
                "singular": "osoba animująca",
                "plural": "osoby animujące",
            },
            "feminine": {
                "one": "współprowadząca",
                "few": "współprowadzące",
                "many": "współprowadzących",
                "other": "współprowadzące",
                "singular": "współprowadząca",
                "plural": "współprowadzące",
            },
            "masculine": {
                "one": "współprowadzący",
                "few": "współprowadzący",
                "many": "współprowadzących",
                "other": "współprowadzący",
                "singular": "współprowadzący",
                "plural": "współprowadzący",
            },
        },
        "coordinator": {
            "neutral": {
                "one": "osoba koordynująca",
                "few": "osoby koordynujące",
                "many": "osób koordynujących",
                "other": "osoby koordynujące",
                "singular": "osoba koordynująca",
                "plural": "osoby koordynujące",
            },
            "feminine": {
                "one": "koordynatorka",
                "few": "koordynatorki",
                "many": "koordynatorek",
                "other": "koordynatorki",
                "singular": "koordynatorka",
                "plural": "koordynatorki",
            },
            "masculine": {
                "one": "koordynator",
                "few": "koordynatorzy",
                "many": "koordynatorów",
                "other": "koordynatorzy",
                "singular": "koordynator",
                "plural": "koordynatorzy",
            },
        },
    },
    "ar": {
        "mentor": {
            "neutral": {
                "zero": "مرشدين",
                "one": "مرشد",
                "two": "مرشدان",
                "few": "مرشدين",
                "many": "مرشدًا",
                "other": "مرشد",
                "singular": "مرشد",
                "plural": "مرشدون",
            },
            "feminine": {
                "zero": "مرشدات",
                "one": "مرشدة",
                "two": "مرشدتان",
                "few": "مرشدات",
                "many": "مرشدةً",
                "other": "مرشدة",
                "singular": "مرشدة",
                "plural": "مرشدات",
            },
        },
        "coordinator": {
            "neutral": {
                "zero": "منسّقين",
                "one": "منسّق",
                "two": "منسّقان",
                "few": "منسّقين",
                "many": "منسّقًا",
                "other": "منسّق",
                "singular": "منسّق",
                "plural": "منسّقون",
            },
            "feminine": {
                "zero": "منسقات",
                "one": "منسّقة",
                "two": "منسّقتان",
                "few": "منسقات",
                "many": "منسّقةً",
                "other": "منسّقة",
                "singular": "منسّقة",
                "plural": "منسقات",
            },
            "masculine": {
                "zero": "منسّقين",
                "one": "منسّق",
                "two": "منسّقان",
                "few": "منسّقين",
                "many": "منسّقًا",
                "other": "منسّق",
                "singular": "منسّق",
                "plural": "منسّقون",
            },
        },
    },
}

# Every word of every visible cell: a range per word, and the rects it takes. Cells
# hidden from sight (the visually-hidden "Form" heading) are not read.
MEASURE = """() => {
  const split = [];
  const words = [];
  for (const cell of document.querySelectorAll(".forms-table td, .forms-table th")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".visually-hidden")) continue;
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = range.getClientRects().length;
        words.push(match[0]);
        if (rects !== 1) split.push(`${match[0]} (${rects} rects) in “${cell.textContent.trim()}”`);
      }
    }
  }
  const overflowing = [];
  const wider = (box) => box.scrollWidth > box.clientWidth;
  const page = document.documentElement;
  if (wider(page)) overflowing.push(`the page: ${page.scrollWidth} > ${page.clientWidth}`);
  for (const card of document.querySelectorAll(".role-card")) {
    if (wider(card)) overflowing.push(`card ${card.id}: ${card.scrollWidth} > ${card.clientWidth}`);
    for (const cell of card.querySelectorAll(".forms-table td, .forms-table th")) {
      if (wider(cell)) overflowing.push(`cell “${cell.textContent.trim()}” in ${card.id}`);
    }
  }
  const scrolling = [];
  for (const box of document.querySelectorAll(".table-scroll")) {
    if (!wider(box)) continue;
    const card = box.closest(".role-card").id;
    const overflowX = getComputedStyle(box).overflowX;
    if (overflowX !== "auto" && overflowX !== "scroll") overflowing.push(`fixed table in ${card}`);
    scrolling.push(card);
  }
  return {split, overflowing, scrolling, words};
}"""


@pytest.fixture
def words():
    seed_builtin_roles(apps)  # a transactional test's flush removed the migration's rows
    HomePageFactory()
    for locale, roles in WORDS.items():
        for key, forms in roles.items():
            TermFactory(role=Role.objects.get(key=key), locale=locale, forms=forms)
    return WORDS


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["pl", "ar"])
def test_no_word_in_the_words_tables_is_split(page, words, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/{language}/words/{language}/")
    page.evaluate("document.fonts.ready")
    measured = page.evaluate(MEASURE)
    if os.environ.get("SHOTS") == "1":
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SHOTS / f"words_{language}_{width}.png", full_page=True)

    assert measured["split"] == []
    assert measured["overflowing"] == []
    shown = set(measured["words"])
    long_words = {
        "pl": {"animująca", "współprowadzących", "koordynujących"},
        "ar": {"مرشدون", "منسقات", "منسّقتان"},
    }[language]
    assert long_words <= shown  # the long words were really on the page and measured
