from django import template

from academy.accounts.rules import is_coordinator
from academy.languages import language_name

register = template.Library()


@register.filter
def coordinates(user):
    """`{% if user|coordinates %}`: whether the person runs the programme (memoised)."""
    return is_coordinator(user)


@register.filter
def language_names(codes):
    """["pl", "en"] → "Polish, English" in the current language."""
    return ", ".join(language_name(code) for code in codes or [])
