"""Names of languages and time zones in the reader's language, for templates."""

from django import template

from academy.languages import language_name as _language_name
from academy.timezones import zone_label

register = template.Library()


@register.filter
def zone_name(name):
    """Europe/Warsaw → "Warszawa, Polska" on a Polish page; unknown names pass through."""
    return zone_label(str(name or ""))


@register.filter
def language_name(code):
    """pl → "Polnisch" on a German page; unknown codes pass through."""
    return _language_name(str(code or ""))
