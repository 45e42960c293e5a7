"""Who may see a person's self-assessments: the person, and their active mentors once
the person has said yes. Coordinators see only aggregates (reports), never one person."""

from academy.growth.assessments import mentors_may_see
from academy.growth.mentors import mentor_sources


def may_see_growth(viewer, person) -> bool:
    if not viewer.is_authenticated:
        return False
    if viewer.pk == person.pk:
        return True
    return mentors_may_see(person) and viewer.pk in mentor_sources.active_mentor_ids(person)
