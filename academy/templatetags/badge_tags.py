"""`{% public_badges person %}`: the badges a person chose to show, never revoked ones.
The tags live in academy.growth.badges; Django finds tag libraries only here."""

from django import template

from academy.growth.badges.models import Award

register = template.Library()


@register.inclusion_tag("growth/badges/includes/public_badges.html")
def public_badges(person):
    awards = Award.objects.public().filter(person=person).select_related("badge__image")
    return {"awards": list(awards)}
