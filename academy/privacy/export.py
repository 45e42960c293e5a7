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


def _field_at(model, path):
    """The model field a path such as "session__workshop" ends on."""
    for part in path.split("__"):
        model_field = model._meta.get_field(part)
        model = model_field.related_model
    return model_field


def _labels(model, spec):
    """Each path's label in the active language: the one given (a lazy string, or a
    callable for a role word), else the field's own verbose name."""
    labels = {}
    for path, label in spec:
        if label is None:
            label = _field_at(model, path).verbose_name
        labels[path] = str(capfirst(label() if callable(label) else label))
    return labels


def _value(obj, path):
    """The value at a path; a field with choices gives its label in the active language."""
    value, model = obj, type(obj)
    for part in path.split("__"):
        if value is None:
            return None
        model_field = model._meta.get_field(part)
        value = (
            getattr(value, f"get_{part}_display")()
            if getattr(model_field, "choices", None)
            else getattr(value, part)
        )
        model = model_field.related_model
    return _plain(value)


def _spec(paths):
    return [item if isinstance(item, tuple) else (item, None) for item in paths]


def _section(key, title, model, spec, objects):
    items = [{path: _value(obj, path) for path, _label in spec} for obj in objects]
    if not items:
        return None
    return {
        "key": key,
        "title": str(capfirst(title)),
        "labels": _labels(model, spec),
        "items": items,
    }


def export_data(person) -> dict:
    """Everything the registry says is this person's, in their language."""
    with translation.override(person.preferred_language), timezone.override(datetime.UTC):
        user_meta = type(person)._meta
        sections = [
            _section(
                "academy.user",
                user_meta.verbose_name,
                type(person),
                _spec(PROFILE_FIELDS),
                [person],
            )
        ]
        for entry in personal_data:
            if not entry.export:
                continue
            section = _section(
                entry.key,
                entry.title or entry.model._meta.verbose_name_plural,
                entry.model,
                _spec(entry.export),
                entry.rows(person).order_by("pk"),
            )
            if section is not None:
                sections.append(section)
    return {
        "format": FORMAT,
        "generated_at": timezone.now().isoformat(),
        "language": person.preferred_language,
        "sections": sections,
    }


def export_json(person) -> bytes:
    return json.dumps(export_data(person), ensure_ascii=False, indent=2).encode()
