"""{% term "mentor" count=n %} and {% term "learner" person=user capital=True as word %}.

The track comes from the template context (`terminology_track`, set by track and
workshop pages) unless given explicitly."""

from django import template

from academy import terminology

register = template.Library()


@register.simple_tag(takes_context=True)
def term(
    context, role_key, count=None, gender=None, person=None, track=None, locale=None, capital=False
):
    if track is None:
        track = context.get("terminology_track")
    lookup = terminology.term_cap if capital else terminology.term
    return lookup(role_key, count=count, gender=gender, person=person, track=track, locale=locale)
