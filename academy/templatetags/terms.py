"""{% term "mentor" count=n %}, {% term "mentor" plural=True %} (the uncounted plural) and
{% term "learner" person=user capital=True as word %},
and the labels of grammatical forms on the terminology screens.

The track comes from the template context (`terminology_track`, set by track and
workshop pages) unless given explicitly."""

from django import template

from academy.terminology import resolve
from academy.terminology.forms import CATEGORY_LABELS
from academy.terminology.models import Gender
from academy.terminology.tables import by_category

register = template.Library()


@register.simple_tag(takes_context=True)
def term(
    context,
    role_key,
    count=None,
    gender=None,
    person=None,
    track=None,
    locale=None,
    capital=False,
    plural=False,
):
    if track is None:
        track = context.get("terminology_track")
    lookup = resolve.term_cap if capital else resolve.term
    return lookup(
        role_key,
        count=count,
        gender=gender,
        person=person,
        track=track,
        locale=locale,
        plural=plural,
    )


@register.filter
def category_label(category):
    return CATEGORY_LABELS.get(category, category)


@register.filter
def gender_label(gender):
    return dict(Gender.choices).get(gender, gender)


@register.filter
def forms_by_category(table):
    """{% with rows=table|forms_by_category %}: a row per category, a column per gender."""
    return by_category(table)
