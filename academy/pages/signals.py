"""Every change visitors can see moves the content version, so no cached page or
fragment outlives it; every migrate keeps Page's per-language columns in step."""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from wagtail.models import COMMENTS_RELATION_NAME, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from academy.pages.cache import bump_content_version
from academy.pages.columns import sync_page_translation_columns
from academy.pages.models import AcademyPage
from academy.pages.routing import forget_root_paths
from academy.pages.search_index import fill_after_upgrade, index_page
from academy.pages.sessions import WorkshopSession

# What Wagtail writes on the live row when a draft revision (or an autosave) is saved:
# visitors see none of it, so cached pages stay valid.
DRAFT_BOOKKEEPING = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
}


def bump_unless_draft_bookkeeping(update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    bump_content_version()


def index_unless_draft_bookkeeping(instance, update_fields=None, raw=False, **kwargs):
    """Saving the live row (publishing and unpublishing do) rewrites its search text."""
    if raw or (update_fields and set(update_fields) <= DRAFT_BOOKKEEPING):
        return
    index_page(instance)


def connect(app_config):
    post_migrate.connect(sync_page_translation_columns, sender=app_config)
    post_migrate.connect(fill_after_upgrade, sender=app_config)  # after the columns exist
    page_published.connect(bump_content_version, dispatch_uid="academy-bump-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="academy-bump-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="academy-bump-moved")
    post_save.connect(
        bump_content_version, sender=WorkshopSession, dispatch_uid="academy-bump-session"
    )
    post_delete.connect(
        bump_content_version, sender=WorkshopSession, dispatch_uid="academy-bump-session-delete"
    )
    for model in (PageViewRestriction, Site):  # what is public, and where, changes
        post_save.connect(bump_content_version, sender=model, dispatch_uid=f"bump-{model.__name__}")
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"bump-gone-{model.__name__}"
        )
    m2m_changed.connect(  # who a group restriction lets in
        bump_content_version,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="bump-restriction-groups",
    )
    post_save.connect(forget_root_paths, sender=Site, dispatch_uid="root-paths-site")
    post_delete.connect(forget_root_paths, sender=Site, dispatch_uid="root-paths-site-gone")
    for model in AcademyPage.__subclasses__():
        post_save.connect(
            bump_unless_draft_bookkeeping, sender=model, dispatch_uid=f"bump-saved-{model.__name__}"
        )
        post_save.connect(
            index_unless_draft_bookkeeping,
            sender=model,
            dispatch_uid=f"search-text-{model.__name__}",
        )  # deleting a page deletes its search text with it (a cascade)
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"bump-gone-{model.__name__}"
        )
