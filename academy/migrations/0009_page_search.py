import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Only PostgreSQL has these; SQLite searches through Wagtail's fallback backend instead.
POSTGRES_ONLY = [
    (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        None,  # other tables may use it by now; leave it in place
    ),
    (
        "CREATE INDEX search_text_vector ON academy_pagesearchtext USING gin (vector)",
        "DROP INDEX IF EXISTS search_text_vector",
    ),
    (
        "CREATE INDEX search_title_trigrams ON academy_pagesearchtext"
        " USING gin (title gin_trgm_ops)",
        "DROP INDEX IF EXISTS search_title_trigrams",
    ),
    (
        "CREATE INDEX search_text_trigrams ON academy_pagesearchtext USING gin (text gin_trgm_ops)",
        "DROP INDEX IF EXISTS search_text_trigrams",
    ),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql, _reverse in POSTGRES_ONLY:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for _sql, reverse in reversed(POSTGRES_ONLY):
            if reverse:
                schema_editor.execute(reverse)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0008_privacy"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PageSearchText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("title", models.TextField(blank=True)),
                ("text", models.TextField(blank=True)),
                (
                    "vector",
                    django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
                ),
                (
                    "page",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_texts",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["language", "page"], name="search_text_language")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("page", "language"), name="one_search_text_per_language"
                    )
                ],
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
