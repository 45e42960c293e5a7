"""The text of a translatable field in one language, as translators see it.

A StreamField is cut into segments (a heading's text, a paragraph, each learning
outcome), addressed by block ids, so that a translation keeps the source's
structure and each piece can be translated beside its source."""

import copy
import html
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import StreamField


@dataclass
class Segment:
    path: str
    rich: bool
    block: blocks.Block
    value: str
    container: object  # the dict or list holding the value, for writing a translation
    key: object
    shape: str  # the path with block ids left out: the same in every language

    @property
    def max_length(self):
        return getattr(self.block, "field", None) and self.block.field.max_length

    @property
    def multiline(self):
        return self.rich or isinstance(self.block, blocks.TextBlock)


def is_stream(model, field) -> bool:
    return isinstance(model._meta.get_field(field), StreamField)


def raw_stream(obj, field, language) -> list:
    value = getattr(obj, f"{field}_{language}", None)
    if not value:
        return []
    return copy.deepcopy(list(value.raw_data))


def _walk(block, container, key, path, shape):
    raw = container[key]
    if isinstance(block, blocks.RichTextBlock):
        yield Segment(path, True, block, raw or "", container, key, shape)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield Segment(path, False, block, raw or "", container, key, shape)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if name in raw:
                yield from _walk(child, raw, name, f"{path}.{name}", f"{shape}.{name}")
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict) and "id" in item and "value" in item:
                child_path = f"{path}.{item['id']}"
                yield from _walk(block.child_block, item, "value", child_path, f"{shape}.item")
            else:
                yield from _walk(block.child_block, raw, index, f"{path}.{index}", f"{shape}.item")


def segments(stream_block, raw: list) -> list[Segment]:
    found = []
    for index, child in enumerate(raw):
        block = stream_block.child_blocks.get(child.get("type"))
        if block is not None:
            path = child.get("id") or f"{child['type']}-{index}"
            found.extend(_walk(block, child, "value", path, child["type"]))
    return found


def stream_block(model, field):
    return model._meta.get_field(field).stream_block


def plain(segment_value: str, rich: bool) -> str:
    return html.unescape(strip_tags(segment_value)).strip() if rich else segment_value.strip()


def field_text(obj, field, language) -> str:
    """The field's words in one language without falling back to another, as plain
    text: what "out of date" compares and what the diff shows."""
    if is_stream(type(obj), field):
        parts = segments(stream_block(type(obj), field), raw_stream(obj, field, language))
        return "\n".join(text for s in parts if (text := plain(s.value, s.rich)))
    return (getattr(obj, f"{field}_{language}", None) or "").strip()


def prefill(source: list[Segment], target: list[Segment]) -> dict[str, str]:
    """The existing translation of each source segment: by block id where the
    translation was made from this source, else by position where both have the
    same shape (content written in each language separately)."""
    by_path = {s.path: s.value for s in target}
    if all(s.path in by_path for s in source):
        return {s.path: by_path[s.path] for s in source}
    same_shape = [s.shape for s in source] == [t.shape for t in target]
    if same_shape:
        return {a.path: b.value for a, b in zip(source, target, strict=True)}
    return {s.path: by_path.get(s.path, "") for s in source}


def translated_stream(stream_blk, source_raw: list, translations: dict[str, str]) -> list:
    """The source's blocks with each segment's text replaced by its translation."""
    raw = copy.deepcopy(source_raw)
    for segment in segments(stream_blk, raw):
        segment.container[segment.key] = translations.get(segment.path, "")
    return raw
