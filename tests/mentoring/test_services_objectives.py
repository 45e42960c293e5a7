"""Setting and editing the one active objective, at the service level."""

from datetime import date

import pytest

from academy.errors import Refused
from mentoring.models import LearningObjective, ObjectiveStatus
from mentoring.services import objectives
from tests.factories import UserFactory

FIELDS = {"statement": "Facilitate a workshop", "why": "", "evidence": "", "target_date": None}


@pytest.mark.django_db
def test_save_objective_sets_the_first_and_edits_it_in_place():
    person = UserFactory()
    first = objectives.save_objective(person, **FIELDS, supporter=None)
    edited = objectives.save_objective(
        person,
        editing=first.pk,
        **{**FIELDS, "statement": "Facilitate two workshops", "target_date": date(2031, 5, 1)},
        supporter=None,
    )
    assert edited.pk == first.pk
    row = LearningObjective.objects.get(person=person)
    assert (row.statement, row.target_date, row.status) == (
        "Facilitate two workshops",
        date(2031, 5, 1),
        ObjectiveStatus.ACTIVE,
    )


@pytest.mark.django_db
def test_save_objective_never_overwrites_the_active_one_from_a_second_set():
    person = UserFactory()
    first = objectives.save_objective(person, **FIELDS, supporter=None)
    with pytest.raises(Refused) as refusal:
        objectives.save_objective(person, **{**FIELDS, "statement": "Other tab"}, supporter=None)
    assert refusal.value.code == "one_active"
    with pytest.raises(Refused):
        objectives.save_objective(
            person, editing=first.pk + 1, **{**FIELDS, "statement": "Wrong"}, supporter=None
        )
    assert list(LearningObjective.objects.values_list("statement", flat=True)) == [
        "Facilitate a workshop"
    ]


@pytest.mark.django_db
def test_update_objective_refuses_a_closed_objective():
    person = UserFactory()
    objective = objectives.save_objective(person, **FIELDS, supporter=None)
    objectives.close_objective(objective, completed=True, reflection="Done, and I learnt a lot.")
    with pytest.raises(Refused) as refusal:
        objectives.update_objective(objective, statement="Rewritten afterwards")
    assert refusal.value.code == "closed"
    objective.refresh_from_db()
    assert objective.statement == "Facilitate a workshop"
