"""Saving a translation, and recording what it was translated from.

A page's translation is saved as a new revision and goes through the page's
moderation workflow like any other edit; readers see it once it is approved
and published. Other items (skills, programmes, questions) are saved at once."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from academy.errors import Refused
from academy.translating.models import TranslatedFrom
from academy.translating.registry import SOURCE_LANGUAGE, Kind, target_languages, translatables
from academy.translating.rules import can_translate
from academy.translating.text import field_text

SUBMITTED, DRAFT, SAVED = "submitted", "draft", "saved"


def translate(user, kind: Kind, obj, language: str, values: dict) -> str:
    """Store `values` ({field: text, or a StreamField's raw blocks}) as the
    translation of `obj` into `language`. Returns SUBMITTED (waiting for approval),
    DRAFT (a page with no workflow: an editor publishes it) or SAVED."""
    if not can_translate(user, language):
        raise Refused(_("You do not translate into this language."))
    if kind.is_page:
        return _translate_page(user, obj, language, values)
    with transaction.atomic():
        for name, value in values.items():
            setattr(obj, f"{name}_{language}", value)
        obj.save(update_fields=[f"{name}_{language}" for name in values])
        record(obj, values, language, user)
    return SAVED


def _translate_page(user, page, language, values) -> str:
    if page.workflow_in_progress:
        raise Refused(
            _(
                "This page is waiting for approval of another change. "
                "Translate it once that change has been reviewed."
            )
        )
    draft = page.get_latest_revision_as_object()
    sources = {name: field_text(draft, name, SOURCE_LANGUAGE) for name in values}
    for name, value in values.items():
        setattr(draft, f"{name}_{language}", value)
    with transaction.atomic():
        revision = draft.save_revision(user=user)
        content_type = ContentType.objects.get_for_model(type(page))
        TranslatedFrom.objects.bulk_create(
            TranslatedFrom(
                content_type=content_type,
                object_id=str(page.pk),
                field=name,
                language=language,
                source=sources[name],
                translated_by=user,
                revision=revision,
            )
            for name in values
        )
        workflow = page.get_workflow()
        if workflow is None:
            return DRAFT
        workflow.start(page, user)
    return SUBMITTED


def record(obj, names, language, user=None):
    """The source of each named field now is what its translation was made from."""
    content_type = ContentType.objects.get_for_model(type(obj))
    for name in names:
        TranslatedFrom.objects.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            field=name,
            language=language,
            revision=None,
            defaults={
                "source": field_text(obj, name, SOURCE_LANGUAGE),
                "translated_by": user,
            },
        )


def promote(instance, revision):
    """A published revision makes its pending translations (and those of earlier
    revisions it carries) the live ones."""
    content_type = ContentType.objects.get_for_model(type(instance))
    pending = TranslatedFrom.objects.filter(
        content_type=content_type,
        object_id=str(instance.pk),
        revision__isnull=False,
        revision_id__lte=revision.pk,
    ).order_by("revision_id")
    newest = {(row.field, row.language): row for row in pending}
    if not newest:
        return
    with transaction.atomic():
        for (name, language), row in newest.items():
            TranslatedFrom.objects.filter(
                content_type=content_type,
                object_id=str(instance.pk),
                field=name,
                language=language,
                revision__isnull=True,
            ).delete()
            row.revision = None
            row.save(update_fields=["revision"])
        pending.exclude(pk__in=[row.pk for row in newest.values()]).delete()


def stamp_existing(languages=None) -> int:
    """Accept the translations already present as made from today's source (for
    content that existed before the workspace, and for the demo). Returns how many
    fields were recorded."""
    languages = languages or target_languages()
    count = 0
    for kind in translatables:
        content_type = ContentType.objects.get_for_model(kind.model)
        known = set(
            TranslatedFrom.objects.filter(
                content_type=content_type, revision__isnull=True
            ).values_list("object_id", "field", "language")
        )
        new = []
        for obj in kind.objects():
            for name in kind.fields:
                source = field_text(obj, name, SOURCE_LANGUAGE)
                for language in languages:
                    key = (str(obj.pk), name, language)
                    if source and key not in known and field_text(obj, name, language):
                        new.append(
                            TranslatedFrom(
                                content_type=content_type,
                                object_id=key[0],
                                field=name,
                                language=language,
                                source=source,
                            )
                        )
        TranslatedFrom.objects.bulk_create(new)
        count += len(new)
    return count
