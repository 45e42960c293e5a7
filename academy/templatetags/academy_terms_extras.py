"""Labels for grammatical forms on the terminology screens."""

from django import template

from academy.models import Gender
from academy.term_forms import CATEGORY_LABELS

register = template.Library()


@register.filter
def category_label(category):
    return CATEGORY_LABELS.get(category, category)


@register.filter
def gender_label(gender):
    return dict(Gender.choices).get(gender, gender)
