"""A person's data, as one JSON document labelled in their own language."""

import datetime
import decimal
import json
import uuid

from django.db import models
from django.utils import timezone, translation
from django.utils.text import capfirst

from academy.privacy.registry import personal_data

FORMAT = "peer-academy-export/1"
PROFILE_FIELDS = (
    "username",
    "email",
    "display_name",
    "preferred_language",
    "time_zone",
    "address_form",
    "spoken_languages",
    "home_community",
    "date_joined",
    "last_login",
)


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def _resolve(obj, path):
    """(label, value) for a field path such as "session__workshop__title"."""
    model, value, model_field = type(obj), obj, None
    for part in path.split("__"):
        model_field = model._meta.get_field(part) if model is not None else None
        if value is None:
            break
        display = getattr(value, f"get_{part}_display", None)
        value = (
            display()
            if display is not None and getattr(model_field, "choices", None)
            else (getattr(value, part))
        )
        model = getattr(model_field, "related_model", None)
    label = capfirst(model_field.verbose_name) if model_field is not None else path
    return str(label), _plain(value)


def _section(entry, person):
    spec = [item if isinstance(item, tuple) else (item, None) for item in entry.export]
    labels, items = {}, []
    for obj in entry.rows(person).order_by("pk"):
        row = {}
        for path, label in spec:
            found_label, value = _resolve(obj, path)
            if label is None:
                labels[path] = found_label
            else:  # a lazy string, or a callable for a role word in the reader's language
                labels[path] = str(capfirst(label() if callable(label) else label))
            row[path] = value
        items.append(row)
    if not items:
        return None
    title = entry.title or entry.model._meta.verbose_name_plural
    return {
        "key": entry.key,
        "title": str(capfirst(title)),
        "labels": labels,
        "items": items,
    }


def export_data(person) -> dict:
    """Everything the registry says is this person's, in their language."""
    with translation.override(person.preferred_language), timezone.override(datetime.UTC):
        profile = {"labels": {}, "items": [{}]}
        for name in PROFILE_FIELDS:
            label, value = _resolve(person, name)
            profile["labels"][name] = label
            profile["items"][0][name] = value
        sections = [
            {
                "key": "academy.user",
                "title": str(capfirst(person._meta.verbose_name)),
                "as": "",
                **profile,
            }
        ]
        for entry in personal_data:
            if entry.export and (section := _section(entry, person)) is not None:
                sections.append(section)
    return {
        "format": FORMAT,
        "generated_at": timezone.now().isoformat(),
        "language": person.preferred_language,
        "sections": sections,
    }


def export_json(person) -> bytes:
    return json.dumps(export_data(person), ensure_ascii=False, indent=2).encode()
