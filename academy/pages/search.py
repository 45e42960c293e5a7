"""Language-aware search over the academy's pages.

Wagtail's index holds every language of a page in one entry, and its SQLite
backend cannot restrict a search to chosen fields. So the index finds and ranks
candidates, and we then keep those whose text *in the visitor's language* holds
every word of the query (compared by word prefix, so that where the index
stems words, as PostgreSQL's does, a stemmed match is not thrown away).
"""

import re

from wagtail.models import Page, PageViewRestriction

MAX_CANDIDATES = 200
WORD = re.compile(r"\w+", re.UNICODE)


def _words(text):
    return [word.casefold() for word in WORD.findall(text or "")]


def _stem(term):
    return term if len(term) <= 4 else term[: max(4, len(term) - 2)]


def language_text(page, language):
    """Title, introduction and body of a page in one language, as plain words."""
    parts = [getattr(page, f"title_{language}", ""), getattr(page, f"intro_{language}", "")]
    body = getattr(page, f"body_{language}", None)
    if body:
        parts.extend(body.stream_block.get_searchable_content(body))
    return " ".join(part for part in parts if part)


def matches(page, terms, language):
    words = _words(language_text(page, language))
    return all(any(word.startswith(_stem(term)) for word in words) for term in terms)


def search_pages(query, language):
    terms = _words(query)
    if not terms:
        return []
    candidates = Page.objects.live().specific().search(query, operator="or")[:MAX_CANDIDATES]
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return [
        page
        for page in candidates
        if not page.path.startswith(restricted) and matches(page, terms, language)
    ]
