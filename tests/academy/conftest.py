import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.factories.terms import TermFactory


def translator_for(code, **kwargs):
    person = UserFactory(**kwargs)
    person.groups.add(Group.objects.get(name=f"Translators ({code})"))
    return person


@pytest.fixture
def translator_de(db):
    return translator_for("de", display_name="Jana", preferred_language="de")


@pytest.fixture
def translator_pl(db):
    return translator_for("pl", display_name="Ola", preferred_language="pl")


@pytest.fixture
def polish_mentor_term(db):

    return TermFactory(
        locale="pl",
        forms={
            "neutral": {
                "one": "opiekun",
                "few": "opiekunowie",
                "many": "opiekunów",
                "other": "opiekuna",
            },
            "feminine": {
                "one": "opiekunka",
                "few": "opiekunki",
                "many": "opiekunek",
                "other": "opiekunki",
            },
            "masculine": {
                "one": "opiekun",
                "few": "opiekunowie",
                "many": "opiekunów",
                "other": "opiekuna",
            },
        },
    )


@pytest.fixture
def arabic_mentor_term(db):

    return TermFactory(
        locale="ar",
        forms={
            "neutral": {
                "zero": "مرشدين",
                "one": "مرشد",
                "two": "مرشدان",
                "few": "مرشدين",
                "many": "مرشدًا",
                "other": "مرشد",
            },
            "feminine": {"one": "مرشدة", "two": "مرشدتان", "few": "مرشدات", "other": "مرشدة"},
        },
    )
