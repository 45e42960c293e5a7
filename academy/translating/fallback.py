"""Which fields of an object show the source language because their translation
into the reader's language is missing (django-modeltranslation falls back)."""

from django.utils.translation import get_language

from academy.translating.registry import SOURCE_LANGUAGE


def falls_back(obj, field, language=None) -> bool:
    language = language or get_language() or SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE or obj is None:
        return False
    return not getattr(obj, f"{field}_{language}", None) and bool(
        getattr(obj, f"{field}_{SOURCE_LANGUAGE}", None)
    )


def untranslated(obj, fields, language=None) -> tuple[list[str], bool]:
    """The fields shown in the source language, and whether that is all of them."""
    shown = [f for f in fields if getattr(obj, f"{f}_{SOURCE_LANGUAGE}", None)]
    missing = [f for f in shown if falls_back(obj, f, language)]
    return missing, bool(missing) and len(missing) == len(shown)
