"""`{% public_growth person %}`: the skills a person grew, on their page, only when they
chose to show them."""

from django import template
from django.core.exceptions import ObjectDoesNotExist

from academy.growth.assessments import grown_skills

register = template.Library()


@register.inclusion_tag("growth/includes/public_growth.html")
def public_growth(person):
    """The person page loads `growth_sharing` with the person (select_related)."""
    try:
        shown = person.growth_sharing.show_growth_on_page
    except ObjectDoesNotExist:
        shown = False
    return {"grown": grown_skills(person) if shown else []}
