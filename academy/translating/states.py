"""The state of every translatable item in a language: missing, out of date, current."""

import enum
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from academy.translating.models import TranslatedFrom
from academy.translating.registry import SOURCE_LANGUAGE, Kind, translatables
from academy.translating.text import field_text


class State(enum.StrEnum):
    MISSING = "missing"
    OUT_OF_DATE = "out_of_date"
    CURRENT = "current"

    @property
    def label(self):
        return STATE_LABELS[self]


STATE_LABELS = {
    State.MISSING: _("Missing"),
    State.OUT_OF_DATE: _("Out of date"),
    State.CURRENT: _("Current"),
}


@dataclass
class FieldState:
    name: str
    state: State
    source: str  # the source text now
    recorded: str | None  # the source text the translation was made from


@dataclass
class Item:
    kind: Kind
    obj: object
    language: str
    fields: list[FieldState] = field(default_factory=list)

    @property
    def state(self) -> State:
        states = {f.state for f in self.fields}
        for worst in (State.MISSING, State.OUT_OF_DATE):
            if worst in states:
                return worst
        return State.CURRENT

    @property
    def title(self):
        return str(self.obj)


def recorded_sources(languages, kind: Kind | None = None, object_ids=None) -> dict:
    """{(content type id, object id, field, language): source} of live translations."""
    rows = TranslatedFrom.objects.filter(language__in=languages, revision__isnull=True)
    if kind is not None:
        rows = rows.filter(content_type=ContentType.objects.get_for_model(kind.model))
    if object_ids is not None:
        rows = rows.filter(object_id__in=[str(pk) for pk in object_ids])
    return {
        (row["content_type_id"], row["object_id"], row["field"], row["language"]): row["source"]
        for row in rows.values("content_type_id", "object_id", "field", "language", "source")
    }


def _source_text(obj, name) -> str:
    """The source text of a field, worked out once per object however many languages
    ask (a StreamField is cut into segments to get it)."""
    memo = obj.__dict__.setdefault("_translation_sources", {})
    if name not in memo:
        memo[name] = field_text(obj, name, SOURCE_LANGUAGE)
    return memo[name]


def field_state(obj, name, language, recorded: str | None) -> FieldState | None:
    source = _source_text(obj, name)
    if not source:  # nothing to translate
        return None
    if not field_text(obj, name, language):
        state = State.MISSING
    elif recorded == source:
        state = State.CURRENT
    else:
        state = State.OUT_OF_DATE
    return FieldState(name, state, source, recorded)


def item_state(kind, obj, language, records) -> Item:
    content_type = ContentType.objects.get_for_model(kind.model).pk
    item = Item(kind, obj, language)
    for name in kind.fields:
        recorded = records.get((content_type, str(obj.pk), name, language))
        if (found := field_state(obj, name, language, recorded)) is not None:
            item.fields.append(found)
    return item


def items(language: str, kinds=None) -> list[Item]:
    """Every item with text to translate, in registry order, with its state."""
    records = recorded_sources([language])
    return [
        item
        for kind in kinds or translatables
        for obj in kind.objects()
        if (item := item_state(kind, obj, language, records)).fields
    ]


def progress(languages, kinds=None) -> dict[str, Counter]:
    """Per language, how many items are in each state (and "total")."""
    counts = {language: Counter() for language in languages}
    records = recorded_sources(languages)
    for kind in kinds or translatables:
        objects = list(kind.objects())
        for language in languages:
            for obj in objects:
                item = item_state(kind, obj, language, records)
                if item.fields:
                    counts[language][item.state] += 1
                    counts[language]["total"] += 1
    return counts
