"""A published revision makes the translations waiting in it live."""

from wagtail.signals import published

from academy.translating import services


def on_published(sender, instance, revision=None, **kwargs):
    if revision is not None:
        services.promote(instance, revision)


def connect():
    published.connect(on_published, dispatch_uid="translating-promote")
