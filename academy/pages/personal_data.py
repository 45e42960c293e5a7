"""Editing history of the CMS: pages, revisions, workflow steps and comments stay for
the site's history, in the name of a former member (comments without their text);
locks and uploads lose the name."""

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    WorkflowState,
)

from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data


def register():
    personal_data.register(
        Page,
        "owner",
        Rule.PLACEHOLDER,
        export=("title", "first_published_at"),
        title=labels.PAGES_OWNED,
    )
    personal_data.register(Page, "locked_by", Rule.CLEAR)
    personal_data.register(
        Revision, "user", Rule.PLACEHOLDER, export=(("object_str", labels.PAGE), "created_at")
    )
    personal_data.register(PageLogEntry, "user", Rule.PLACEHOLDER)
    personal_data.register(ModelLogEntry, "user", Rule.PLACEHOLDER)
    personal_data.register(WorkflowState, "requested_by", Rule.PLACEHOLDER)
    personal_data.register(TaskState, "finished_by", Rule.PLACEHOLDER)
    personal_data.register(
        Comment,
        "user",
        Rule.ANONYMISE,
        scrub={"text": ""},
        export=("page", ("text", labels.TEXT), "created_at"),
    )
    personal_data.register(Comment, "resolved_by", Rule.PLACEHOLDER)
    personal_data.register(
        CommentReply,
        "user",
        Rule.ANONYMISE,
        scrub={"text": ""},
        export=(("text", labels.TEXT), "created_at"),
    )
    personal_data.register(PageSubscription, "user", Rule.REMOVE)
    personal_data.register(Image, "uploaded_by_user", Rule.CLEAR, export=("title", "created_at"))
    personal_data.register(Document, "uploaded_by_user", Rule.CLEAR, export=("title", "created_at"))
