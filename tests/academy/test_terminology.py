"""The terminology API: plurals, genders, resolution order, overrides, fallbacks."""

import pytest
from django.template import Context, Template
from django.utils import translation

from academy.models import Role
from academy.terminology import resolve
from tests.factories import UserFactory
from tests.factories.terms import TermFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("count", "word"),
    [
        (1, "opiekun"),
        (2, "opiekunowie"),
        (5, "opiekunów"),
        (12, "opiekunów"),
        (22, "opiekunowie"),
        (25, "opiekunów"),
    ],
)
def test_polish_plural_forms(polish_mentor_term, count, word):
    assert resolve.term("mentor", count=count, locale="pl") == word


@pytest.mark.django_db
def test_polish_fraction_uses_other(polish_mentor_term):
    assert resolve.term("mentor", count=1.5, locale="pl") == "opiekuna"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("count", "word"),
    [(0, "مرشدين"), (1, "مرشد"), (2, "مرشدان"), (3, "مرشدين"), (11, "مرشدًا"), (100, "مرشد")],
)
def test_arabic_plural_forms(arabic_mentor_term, count, word):
    assert resolve.term("mentor", count=count, locale="ar") == word


@pytest.mark.django_db
def test_arabic_feminine_missing_form_falls_back_to_feminine_other(arabic_mentor_term):
    assert resolve.term("mentor", count=11, locale="ar", gender="feminine") == "مرشدة"
    assert resolve.term("mentor", count=2, locale="ar", gender="feminine") == "مرشدتان"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address_form", "word"),
    [
        ("feminine", "Mentorin"),
        ("masculine", "Mentor"),
        ("neutral", "Mentor*in"),
        ("unspecified", "Mentor*in"),
    ],
)
def test_gender_follows_the_profile(address_form, word):
    TermFactory(locale="de")
    person = UserFactory(address_form=address_form)
    assert resolve.term("mentor", person=person, locale="de") == word


@pytest.mark.django_db
def test_gender_in_language_without_genders_uses_neutral():
    person = UserFactory(address_form="feminine")
    assert resolve.term("mentor", person=person, locale="en") == "mentor"


@pytest.mark.django_db
def test_resolution_order_track_then_locale_then_base_then_source(track):
    role = Role.objects.get(key="learner")
    TermFactory(
        role=role, locale="pt", forms={"neutral": {"one": "aprendiz", "other": "aprendizes"}}
    )
    assert resolve.term("learner", count=2, locale="pt-br") == "aprendizes"  # base language
    TermFactory(
        role=role, locale="pt-br", forms={"neutral": {"one": "estudante", "other": "estudantes"}}
    )
    assert resolve.term("learner", count=2, locale="pt-br") == "estudantes"  # the language itself
    TermFactory(role=role, locale="pt-br", track=track, forms={"neutral": {"other": "novatos"}})
    assert resolve.term("learner", count=2, locale="pt-br", track=track) == "novatos"  # override
    assert resolve.term("learner", count=2, locale="pt-br") == "estudantes"  # elsewhere
    assert resolve.term("learner", count=2, locale="fr") == "learners"  # source language


@pytest.mark.django_db
def test_track_override_is_per_language(track):
    TermFactory(
        locale="de",
        track=track,
        forms={"neutral": {"one": "Begleiter*in", "other": "Begleiter*innen"}},
    )
    TermFactory(locale="de")
    assert resolve.term("mentor", locale="de", track=track) == "Begleiter*in"
    assert resolve.term("mentor", locale="de") == "Mentor*in"
    assert resolve.term("mentor", locale="es", track=track) == "mentor"


@pytest.mark.django_db
def test_source_language_term_overrides_role_default():
    TermFactory(locale="en", forms={"neutral": {"one": "guide", "other": "guides"}})
    assert resolve.term("mentor", count=3, locale="fr") == "guides"


@pytest.mark.django_db
def test_missing_form_falls_back_to_other_and_never_raises():
    TermFactory(locale="pl", forms={"neutral": {"other": "opiekuna"}})
    assert resolve.term("mentor", count=5, locale="pl") == "opiekuna"
    assert resolve.term("unknown-role", count=5, locale="pl") == "unknown-role"


@pytest.mark.django_db
def test_default_locale_is_the_active_language():
    TermFactory(locale="de")
    with translation.override("de"):
        assert resolve.term("mentor", count=2) == "Mentor*innen"


@pytest.mark.django_db
def test_capitalised_variant():
    assert resolve.term_cap("coordinator", count=2, locale="en") == "Coordinators"


@pytest.mark.django_db
def test_template_tag_reads_track_from_context(track):

    TermFactory(locale="en", track=track, forms={"neutral": {"one": "buddy", "other": "buddies"}})
    template = Template(
        '{% load terms %}{% term "mentor" count=n %} / '
        '{% term "mentor" count=1 capital=True as w %}{{ w }}'
    )
    with translation.override("en"):
        rendered = template.render(Context({"n": 3, "terminology_track": track}))
        plain = template.render(Context({"n": 3}))
    assert rendered == "buddies / Buddy"
    assert plain == "mentors / Mentor"


@pytest.mark.django_db
def test_change_is_seen_at_once():
    term = TermFactory(locale="de")
    assert resolve.term("mentor", locale="de") == "Mentor*in"
    term.forms = {"neutral": {"one": "Begleiter*in", "other": "Begleiter*innen"}}
    term.save()
    assert resolve.term("mentor", locale="de") == "Begleiter*in"
