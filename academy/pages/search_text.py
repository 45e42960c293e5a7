"""What search reads: one row per live page and language, the page's text in that
language alone, already normalised.

Wagtail's index keeps every language of a page in one entry, so it cannot stem
each language with its own rules. A row per language can: on PostgreSQL the row
carries a tsvector made with its language's text-search configuration, and the
plain text serves trigram matching where PostgreSQL has no stemmer.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class PageSearchText(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="search_texts",
        db_index=False,  # the unique constraint on (page, language) serves as its index
    )
    language = models.CharField(max_length=8)
    title = models.TextField(blank=True)  # normalised, weighed above the rest
    text = models.TextField(blank=True)  # normalised introduction, body and time commitment
    # Filled on PostgreSQL only (academy.pages.search_index); stays empty on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="one_search_text_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "page"], name="search_text_language")]

    def __str__(self):
        return f"{self.page_id} ({self.language})"
