"""A published revision makes the translations waiting in it live."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from wagtail.signals import published

from academy.translating import services
from academy.translating.models import TranslatedFrom
from academy.translating.registry import translatables


def on_published(sender, instance, revision=None, **kwargs):
    if revision is not None:
        services.promote(instance, revision)


def on_deleted(sender, instance, **kwargs):
    """A deleted item takes the record of its translations with it."""
    if any(kind.model is sender for kind in translatables):
        TranslatedFrom.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=str(instance.pk)
        ).delete()


def connect():
    published.connect(on_published, dispatch_uid="translating-promote")
    post_delete.connect(on_deleted, dispatch_uid="translating-forget")
