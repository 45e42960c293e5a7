"""One form per item and language: every field's translation beside its source,
a StreamField cut into its segments."""

from dataclasses import dataclass, field

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from academy.security import validate_no_direction_controls
from academy.translating.diff import word_diff
from academy.translating.registry import SOURCE_LANGUAGE
from academy.translating.states import FieldState, State
from academy.translating.text import (
    is_stream,
    plain,
    prefill,
    raw_stream,
    segments,
    stream_block,
    translated_stream,
)

TEXT_LIMIT = 20_000  # a single paragraph; more is not a translation


@dataclass
class Part:
    """One input and the source it translates."""

    name: str
    label: str
    source: str
    rich: bool


@dataclass
class Row:
    """One translatable field: its state, what changed, and its parts."""

    name: str
    label: str
    state: FieldState | None
    parts: list[Part] = field(default_factory=list)
    confirm: str | None = None  # the name of the "still correct" checkbox

    @property
    def diff(self):
        if self.state is None or self.state.state is not State.OUT_OF_DATE:
            return None
        if self.state.recorded is None:
            return None
        return word_diff(self.state.recorded, self.state.source)


def _input(max_length, multiline, language):
    attrs = {"lang": language, "dir": "auto"}
    if multiline:
        return forms.CharField(
            required=False,
            max_length=max_length or TEXT_LIMIT,
            widget=forms.Textarea(attrs={**attrs, "rows": 4}),
            validators=[validate_no_direction_controls],
        )
    return forms.CharField(
        required=False,
        max_length=max_length or 255,
        widget=forms.TextInput(attrs=attrs),
        validators=[validate_no_direction_controls],
    )


class TranslationForm(forms.Form):
    def __init__(self, kind, source_obj, target_obj, language, states, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind, self.source_obj, self.language = kind, source_obj, language
        self.rows: list[Row] = []
        self._streams = {}
        for name in kind.fields:
            model_field = kind.model._meta.get_field(name)
            row = Row(name, str(model_field.verbose_name), states.get(name))
            if is_stream(kind.model, name):
                self._add_stream(row, name, target_obj)
            else:
                self._add_plain(row, model_field, target_obj)
            if not row.parts:
                continue
            if row.state is not None and row.state.state is State.OUT_OF_DATE:
                row.confirm = f"{name}__confirm"
                self.fields[row.confirm] = forms.BooleanField(
                    required=False, label=_("The translation still matches the source")
                )
            self.rows.append(row)

    def _add_plain(self, row, model_field, target_obj):
        source = getattr(self.source_obj, f"{row.name}_{SOURCE_LANGUAGE}", "") or ""
        if not source.strip():
            return
        multiline = isinstance(model_field, models.TextField)
        self.fields[row.name] = _input(model_field.max_length, multiline, self.language)
        self.fields[row.name].label = row.label
        self.initial[row.name] = getattr(target_obj, f"{row.name}_{self.language}", "") or ""
        row.parts.append(Part(row.name, row.label, source, rich=False))

    def _add_stream(self, row, name, target_obj):
        block = stream_block(self.kind.model, name)
        source_raw = raw_stream(self.source_obj, name, SOURCE_LANGUAGE)
        every_segment = segments(block, source_raw)
        target_segments = segments(block, raw_stream(target_obj, name, self.language))
        existing = prefill(every_segment, target_segments)  # shapes count empty parts too
        source_segments = [s for s in every_segment if plain(s.value, s.rich)]
        self._streams[name] = (block, source_raw, source_segments)
        for index, segment in enumerate(source_segments, start=1):
            part_name = f"{name}__{index}"
            self.fields[part_name] = _input(segment.max_length, segment.multiline, self.language)
            label = str(segment.block.label or row.label)
            self.fields[part_name].label = _("%(part)s, part %(number)s") % {
                "part": label,
                "number": index,
            }
            self.initial[part_name] = existing.get(segment.path, "")
            row.parts.append(Part(part_name, label, segment.value, segment.rich))

    def clean(self):
        cleaned = super().clean()
        for name, (_block, _raw, source_segments) in self._streams.items():
            filled = [cleaned.get(f"{name}__{i}") for i in range(1, len(source_segments) + 1)]
            if any(filled) and not all(filled):
                self.add_error(
                    None,
                    _("Translate every part of “%(field)s”, or leave all of it empty.")
                    % {"field": self._label(name)},
                )
            for index, segment in enumerate(source_segments, start=1):
                part = f"{name}__{index}"
                if segment.rich and cleaned.get(part):
                    converter = EditorHTMLConverter(features=segment.block.features)
                    cleaned[part] = converter.to_database_format(cleaned[part])
        if not self.errors and not self.values():
            self.add_error(
                None,
                _(
                    "Nothing changed. Change a translation, or tick that it still "
                    "matches its source."
                ),
            )
        return cleaned

    def _label(self, name):
        return next(row.label for row in self.rows if row.name == name)

    def _changed(self, row) -> bool:
        if row.confirm and self.cleaned_data.get(row.confirm):
            return True
        return any(
            (self.cleaned_data.get(part.name) or "") != (self.initial.get(part.name) or "")
            for part in row.parts
        )

    def values(self) -> dict:
        """{field: value} for the fields the translator changed or confirmed."""
        out = {}
        for row in self.rows:
            if not self._changed(row):
                continue
            if row.name in self._streams:
                block, source_raw, source_segments = self._streams[row.name]
                texts = {
                    segment.path: self.cleaned_data.get(f"{row.name}__{index}") or ""
                    for index, segment in enumerate(source_segments, start=1)
                }
                out[row.name] = (
                    translated_stream(block, source_raw, texts) if any(texts.values()) else []
                )
            else:
                out[row.name] = (self.cleaned_data.get(row.name) or "").strip()
        return out
