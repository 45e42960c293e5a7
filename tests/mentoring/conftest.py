import pytest

from academy.models import Skill
from mentoring.models import ProgrammeTemplate


@pytest.fixture
def programme(db):
    return ProgrammeTemplate.objects.create(
        name="9 months, 3 feedback sessions", months=9, check_ins=3
    )


@pytest.fixture
def skill(db):
    return Skill.objects.create(key="facilitation", name="facilitation")
