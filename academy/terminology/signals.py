"""Role words are read afresh at every request and task start, and any change to a
term or role drops the shared snapshot."""

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from django_tasks.signals import task_started

from academy.terminology import resolve
from academy.terminology.models import Role, Term


def connect():
    request_started.connect(resolve.forget_request_snapshot, dispatch_uid="terms-request")
    task_started.connect(resolve.forget_request_snapshot, dispatch_uid="terms-task")
    for model in (Term, Role):
        post_save.connect(
            resolve.invalidate, sender=model, dispatch_uid=f"terms-saved-{model.__name__}"
        )
        post_delete.connect(
            resolve.invalidate, sender=model, dispatch_uid=f"terms-gone-{model.__name__}"
        )
