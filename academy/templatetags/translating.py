"""Template helpers of the translation workspace and of pages shown in a fallback
language."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from academy.languages import language_name
from academy.translating.fallback import SOURCE_LANGUAGE, falls_back, untranslated

register = template.Library()
PAGE_FIELDS = ("title", "intro", "body")


@register.filter
def bound(form, name):
    """The bound field called `name` (forms whose fields are made at run time)."""
    return form[name]


@register.filter
def fallback_lang(obj, field):
    """` lang="en" dir="ltr"` for an element showing a field in the source language
    because it is not translated, so that it is read and laid out as English."""
    if falls_back(obj, field):
        return mark_safe(f' lang="{SOURCE_LANGUAGE}" dir="ltr"')  # noqa: S308 — a setting
    return ""


@register.inclusion_tag("includes/untranslated_notice.html")
def untranslated_notice(page):
    """Tells the reader that the page, or parts of it, are shown in the source language."""
    language = get_language() or SOURCE_LANGUAGE
    missing, whole = untranslated(page, PAGE_FIELDS, language)
    return {
        "missing": missing,
        "whole": whole,
        "language": language_name(language, language),
        "source": language_name(SOURCE_LANGUAGE),
    }
