import pytest

from academy.models import Skill
from tests.factories import ProgrammeTemplateFactory


@pytest.fixture
def programme(db):
    return ProgrammeTemplateFactory(name="9 months, 3 feedback sessions", months=9, check_ins=3)


@pytest.fixture
def skill(db):
    return Skill.objects.create(key="facilitation", name="facilitation")
