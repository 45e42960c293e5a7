"""Keep Wagtail's Page table in step with our languages after every migrate.

wagtail-modeltranslation adds Page's per-language columns (title_de, url_path_ar, …)
outside Django migrations. Running its sync here, on post_migrate, means every
database that has been migrated (the test databases included) has the columns, and
the tree root gets its per-language url path of "/", which the sync leaves empty.
"""

import contextlib
import io

from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page


def sync_page_translation_columns(sender, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()):  # the sync prints its SQL
        call_command("sync_page_translation_fields", interactive=False)
    roots = {f"url_path_{code}": "/" for code, _name in settings.LANGUAGES}
    Page.objects.filter(depth=1).update(**roots)
