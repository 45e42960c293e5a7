from django import template

from academy.permissions import is_coordinator

register = template.Library()


@register.filter
def coordinates(user):
    """`{% if user|coordinates %}`: whether the person runs the programme (memoised)."""
    return is_coordinator(user)
