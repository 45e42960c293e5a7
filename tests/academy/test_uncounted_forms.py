"""Counted forms ("3 …") by CLDR category, and the uncounted singular and plural used in
headings and sentences, which in Arabic no counted form holds."""

import pathlib

import pytest
from django.template import Context, Template

from academy.models import TermProposal
from academy.terminology import resolve
from academy.terminology.tables import by_category, forms_table
from tests.factories import UserFactory
from tests.factories.terms import TermFactory

ROOT = pathlib.Path(__file__).resolve().parents[2]
POLISH = {
    "one": "mentor",
    "few": "mentorzy",
    "many": "mentorów",
    "other": "mentora",
    "singular": "mentor",
    "plural": "mentorzy",
}
ARABIC = {
    "zero": "مرشدين",
    "one": "مرشد",
    "two": "مرشدان",
    "few": "مرشدين",
    "many": "مرشدًا",
    "other": "مرشد",
    "singular": "مرشد",
    "plural": "مرشدون",
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("count", "word"),
    [
        (1, "mentor"),
        (2, "mentorzy"),
        (5, "mentorów"),
        (12, "mentorów"),
        (22, "mentorzy"),
        (25, "mentorów"),
    ],
)
def test_polish_counted_forms(count, word):
    TermFactory(locale="pl", forms={"neutral": POLISH})
    assert resolve.term("mentor", count=count, locale="pl") == word


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("count", "word"),
    [(0, "مرشدين"), (1, "مرشد"), (2, "مرشدان"), (3, "مرشدين"), (11, "مرشدًا"), (100, "مرشد")],
)
def test_arabic_counted_forms(count, word):
    TermFactory(locale="ar", forms={"neutral": ARABIC})
    assert resolve.term("mentor", count=count, locale="ar") == word


@pytest.mark.django_db
def test_uncounted_forms_are_asked_for_as_such():
    TermFactory(locale="ar", forms={"neutral": ARABIC})
    TermFactory(locale="pl", forms={"neutral": POLISH})
    assert resolve.term("mentor", locale="ar") == "مرشد"
    assert resolve.term("mentor", plural=True, locale="ar") == "مرشدون"  # never the dual
    assert resolve.term("mentor", plural=True, locale="pl") == "mentorzy"
    assert resolve.term_cap("mentor", plural=True, locale="en") == "Mentors"  # role default
    html = Template('{% load terms %}{% term "mentor" plural=True locale="ar" %}').render(
        Context({})
    )
    assert html == "مرشدون"


@pytest.mark.django_db
def test_a_word_without_uncounted_forms_falls_back_to_the_counted_ones():
    TermFactory(locale="de", forms={"neutral": {"one": "Mentor*in", "other": "Mentor*innen"}})
    assert resolve.term("mentor", locale="de") == "Mentor*in"
    assert resolve.term("mentor", plural=True, locale="de") == "Mentor*innen"


def test_no_template_or_module_asks_for_count_2_to_mean_the_plural():
    sources = [*(ROOT / "templates").rglob("*.html"), *(ROOT / "templates").rglob("*.txt")]
    for app in ("academy", "cohorts", "mentoring"):
        sources += [p for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]
    offenders = [str(p.relative_to(ROOT)) for p in sources if "count=2" in p.read_text()]
    assert offenders == []


@pytest.mark.django_db
def test_a_polish_proposal_must_give_every_form_the_language_needs(client, home):
    client.force_login(UserFactory())
    response = client.post(
        "/en/words/pl/propose/",
        {
            "role": "mentor",
            "neutral__one": "opiekun",
            "neutral__other": "opiekuna",
            "rationale": "Brzmi ciepło.",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("Your language needs this form too.") == 4  # few, many, and uncounted
    assert TermProposal.objects.count() == 0


@pytest.mark.django_db
def test_the_edit_screen_shows_counted_and_uncounted_forms(client, home):
    client.force_login(UserFactory(is_superuser=True))
    html = client.get("/en/words/ar/mentor/edit/").content.decode()
    for label in (
        "two (2)",
        "many (11, 12, 13)",
        "without a number, one",
        "without a number, several",
    ):
        assert label in html


def test_a_table_of_forms_turns_to_a_row_per_category():
    table = forms_table(
        {"neutral": {"one": "mentor", "few": "mentorzy"}, "feminine": {"one": "mentorka"}},
        [("neutral", "one"), ("neutral", "few"), ("feminine", "one"), ("feminine", "few")],
    )
    labels, rows = by_category(table)
    assert [str(label) for label in labels] == ["Neutral or unspecified", "Feminine"]
    assert rows == [("one", ["mentor", "mentorka"]), ("few", ["mentorzy", ""])]
