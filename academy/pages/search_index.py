"""Keeps PageSearchText in step with the live pages, and the one normalisation that
both the stored text and the visitor's query go through.

Normalising both sides the same way is what makes "Burnout" find "Burn-out" and
"bienvenu·e" find "bienvenue": a hyphenated word is stored joined *and* as its parts,
while a query word is only joined, so that every word of a query still has to match.
"""

import re
import unicodedata

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection
from django.db.models import Case, Value, When
from wagtail.models import Page

from academy.pages.models import AcademyPage
from academy.pages.search_text import PageSearchText

# PostgreSQL's text-search configuration (its Snowball stemmer) for each language that
# has one. Arabic has had one since PostgreSQL 13: on the demo it finds "للإرهاق" from
# "إرهاق" or "الإرهاق", which trigrams miss. Polish has none in PostgreSQL: its words
# are matched by trigram similarity (academy.pages.search).
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "de": "german",
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
}
JOINERS = "-\u2010\u2011\u00b7\u2027"  # hyphen-minus, hyphen, non-breaking hyphen, middle dots
CHUNK = re.compile(rf"\w+(?:[{JOINERS}]\w+)*")
SPLIT = re.compile(rf"[{JOINERS}]")
TATWEEL = "\u0640"  # Arabic letter stretching, a matter of layout


def _clean(text):
    """Composed letters, casefolded, without combining marks (Arabic vowel signs,
    which would otherwise split a word in two) or invisible format characters."""
    text = unicodedata.normalize("NFC", text or "").replace(TATWEEL, "")
    kept = (char for char in text if unicodedata.category(char) not in {"Mn", "Cf"})
    return "".join(kept).casefold()


def _words(text, keep_parts):
    for chunk in CHUNK.findall(_clean(text)):
        parts = SPLIT.split(chunk)
        if len(parts) == 1:
            yield chunk
            continue
        yield "".join(parts)
        if keep_parts:
            yield from parts


def normalise(text):
    """Stored text: words separated by single spaces, hyphenated words joined and split."""
    return " ".join(_words(text, keep_parts=True))


def query_words(query):
    """The words of a query, each of which a page must match; hyphenated words joined."""
    return list(dict.fromkeys(_words(query, keep_parts=False)))


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def page_text(page, language):
    """(title, rest) of a specific page in one language, no fallback to another."""
    rest = [getattr(page, f"intro_{language}", ""), getattr(page, f"duration_hint_{language}", "")]
    body = getattr(page, f"body_{language}", None)
    if body:
        rest.extend(body.stream_block.get_searchable_content(body))
    return getattr(page, f"title_{language}", "") or "", " ".join(part for part in rest if part)


def _rows(page):
    rows = []
    for language in language_codes():
        title, rest = page_text(page, language)
        if title or rest:
            rows.append(
                PageSearchText(
                    page=page, language=language, title=normalise(title), text=normalise(rest)
                )
            )
    return rows


def _vector():
    """Each row's tsvector in its own language's configuration, its title weighed first."""
    return Case(
        *(
            When(
                language=language,
                then=SearchVector("title", config=config, weight="A")
                + SearchVector("text", config=config, weight="B"),
            )
            for language, config in TEXT_SEARCH_CONFIGS.items()
        ),
        default=Value(None),
        output_field=SearchVectorField(),
    )


def _store(rows, stored):
    """Save the rows, then (on PostgreSQL) fill the vectors of `stored`, a queryset
    that holds them: bulk_create cannot compute a column in the database."""
    PageSearchText.objects.bulk_create(rows)
    if rows and connection.vendor == "postgresql":
        stored.update(vector=_vector())


def index_page(page):
    """Replace a page's rows by its live text; a page that is not live has none."""
    stored = PageSearchText.objects.filter(page=page)
    stored.delete()
    if page.live:
        _store(_rows(page), stored)


def rebuild():
    """Every live page's rows from scratch. Returns how many rows there are."""
    PageSearchText.objects.all().delete()
    rows = []
    pages = Page.objects.live().type(*AcademyPage.__subclasses__()).specific()
    for page in pages.iterator(chunk_size=200):
        rows.extend(_rows(page))
    _store(rows, PageSearchText.objects.all())
    return len(rows)


def fill_after_upgrade(apps=None, **kwargs):
    """On post_migrate: build the rows once, when the pages predate them (an upgrade).
    Afterwards saving a page keeps its rows up to date."""
    if apps is not None:
        try:
            apps.get_model("academy", "PageSearchText")
        except LookupError:  # migrated back to before the table existed
            return
    if PageSearchText.objects.exists():
        return
    if Page.objects.live().type(*AcademyPage.__subclasses__()).exists():
        rebuild()
