"""Language-aware search over the academy's pages.

On PostgreSQL each language is searched in PageSearchText, the pages' text in that
language alone: through its own text-search configuration where PostgreSQL stems the
language, and by trigram similarity of each word where it does not (Polish), so that
"wypalenie" still finds "wypalenia".

Elsewhere (SQLite, in development and tests) Wagtail's index finds and ranks
candidates; it holds every language of a page in one entry and cannot restrict a
search to chosen fields, so we keep the candidates whose text *in the visitor's
language* holds every word of the query, compared by word prefix.
"""

from django.contrib.postgres.lookups import TrigramStrictWordSimilar
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    TrigramStrictWordSimilarity,
)
from django.db import connection
from django.db.models import Exists, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.lookups import StartsWith
from wagtail.models import Page, PageViewRestriction

from academy.pages.search_index import (
    TEXT_SEARCH_CONFIGS,
    language_codes,
    normalise,
    page_text,
    query_words,
)
from academy.pages.search_text import PageSearchText

MAX_CANDIDATES = 200
# A Polish word matches a page when its trigrams are similar enough to those of a whole
# word there: strict_word_similarity() of at least pg_trgm's default threshold of 0.5
# (pg_trgm.strict_word_similarity_threshold), the operator GIN trigram indexes answer.
# Measured on the demo's Polish vocabulary, forms of one word reach it (wypalenie and
# wypalenia 0.67, spotkania and spotkań 0.5), and unrelated words begin just below it
# (drugiej and długiej 0.45). word_similarity(), which also matches part of a word,
# let "spotkania" find "spokojną" (0.6).
TITLE_WEIGHT = 2.0  # a word found in the title counts twice as much as one in the text
# Shorter words are matched whole where stemmed (a prefix of one letter matches nearly
# everything), and ignored by trigrams when the query has longer ones (w, o, na).
SHORT_WORD = 3


def _stem(term):
    return term if len(term) <= 4 else term[: max(4, len(term) - 2)]


def matches(page, terms, language):
    words = normalise(" ".join(page_text(page, language))).split()
    return all(any(word.startswith(_stem(term)) for word in words) for term in terms)


def _unrestricted():
    """Not behind a PageViewRestriction of its own or of an ancestor."""
    restriction = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return ~Exists(restriction)


def _stemmed(rows, terms, config):
    # Each word, stemmed, begins a stemmed word of the text ("burn" finds "Burn-out").
    # Terms are \w+ only, so the raw tsquery cannot be malformed.
    words = [f"{term}:*" if len(term) >= SHORT_WORD else term for term in terms]
    query = SearchQuery(" & ".join(words), config=config, search_type="raw")
    return rows.filter(vector=query).annotate(rank=SearchRank(F("vector"), query))


def _trigram(rows, terms):
    long_terms = [term for term in terms if len(term) >= SHORT_WORD]
    rank = Value(0.0, output_field=FloatField())
    for term in long_terms or terms:
        in_title = TrigramStrictWordSimilar(F("title"), Value(term))
        in_text = TrigramStrictWordSimilar(F("text"), Value(term))
        rows = rows.filter(Q(in_title) | Q(in_text))
        title_score = TrigramStrictWordSimilarity(term, "title")
        rank = rank + TITLE_WEIGHT * title_score + TrigramStrictWordSimilarity(term, "text")
    return rows.annotate(rank=rank)


def _postgres_search(terms, language):
    rows = PageSearchText.objects.filter(language=language)
    if language in TEXT_SEARCH_CONFIGS:
        rows = _stemmed(rows, terms, TEXT_SEARCH_CONFIGS[language])
    else:
        rows = _trigram(rows, terms)
    rank = rows.filter(page=OuterRef("pk")).values("rank")
    return (
        Page.objects.live()
        .filter(_unrestricted(), Exists(rows.filter(page=OuterRef("pk"))))
        .annotate(rank=Subquery(rank))
        .order_by("-rank", "path")
        .specific()
        .defer_streamfields()
    )


def _fallback_search(query, terms, language):
    candidates = Page.objects.live().specific().search(query, operator="or")[:MAX_CANDIDATES]
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return [
        page
        for page in candidates
        if not page.path.startswith(restricted) and matches(page, terms, language)
    ]


def search_pages(query, language):
    """Live, public pages whose text in `language` matches every word of the query,
    best first: a queryset on PostgreSQL, a list elsewhere."""
    terms = query_words(query)
    if not terms or language not in language_codes():
        return []
    if connection.vendor == "postgresql":
        return _postgres_search(terms, language)
    return _fallback_search(query, terms, language)
