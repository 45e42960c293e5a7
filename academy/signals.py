"""Signal wiring for the academy app."""

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_migrate, post_save
from django_tasks.signals import task_started
from wagtail.models import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from academy import terminology
from academy.caching import bump_content_version
from academy.models import AcademyPage, Role, Term, WorkshopSession
from academy.page_columns import sync_page_translation_columns

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


def connect(app_config):
    request_started.connect(terminology.forget_request_snapshot, dispatch_uid="terms-request")
    task_started.connect(terminology.forget_request_snapshot, dispatch_uid="terms-task")
    post_migrate.connect(sync_page_translation_columns, sender=app_config)
    page_published.connect(bump_content_version, dispatch_uid="academy-bump-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="academy-bump-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="academy-bump-moved")
    post_save.connect(
        bump_content_version, sender=WorkshopSession, dispatch_uid="academy-bump-session"
    )
    post_delete.connect(
        bump_content_version, sender=WorkshopSession, dispatch_uid="academy-bump-session-delete"
    )
    for model in AcademyPage.__subclasses__():
        post_save.connect(
            bump_unless_draft_bookkeeping, sender=model, dispatch_uid=f"bump-saved-{model.__name__}"
        )
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"bump-gone-{model.__name__}"
        )
    for model in (Term, Role):
        post_save.connect(
            terminology.invalidate, sender=model, dispatch_uid=f"terms-saved-{model.__name__}"
        )
        post_delete.connect(
            terminology.invalidate, sender=model, dispatch_uid=f"terms-gone-{model.__name__}"
        )
