"""Per-person session state for CMS pages, in one query per page."""

from django import template

from academy.accounts.rules import is_coordinator
from cohorts.models import Cohort
from cohorts.services.session_cards import session_cards

register = template.Library()


@register.simple_tag(takes_context=True)
def my_session_cards(context, sessions):
    """{session id: SessionCard}: what the signed-in person can do with each session,
    in one query for the page; no query for visitors (their pages are cached)."""
    return session_cards(context["request"].user, sessions)


@register.filter
def coordinates_programme(user):
    """`{% if user|coordinates_programme %}`: whether the person is a coordinator."""
    return is_coordinator(user)


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.simple_tag
def track_cohorts(track):
    return list(Cohort.objects.filter(track=track).order_by("start_date", "pk"))
