"""Properties of explained matching over random sets of profiles: nobody away, paused,
full or inactive is ever suggested; a shared language is required unless waived; the
order follows the score; and the explanation names exactly what was matched."""

from datetime import date, timedelta

import factory
import pytest
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.models import Skill
from mentoring.models import PairingStatus
from mentoring.services.matching import suggest
from tests.factories import (
    MentorProfileFactory,
    PairingFactory,
    ProgrammeTemplateFactory,
    UserFactory,
)

LANGUAGES = ["en", "pl", "de", "ar"]
ZONES = ["UTC", "Europe/Warsaw", "Asia/Tokyo", "America/Bogota"]
profiles = st.lists(
    st.fixed_dictionaries(
        {
            "languages": st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2, unique=True),
            "zone": st.sampled_from(ZONES),
            "skills": st.lists(st.integers(0, 2), max_size=3, unique=True),
            "capacity": st.integers(1, 3),
            "load": st.integers(0, 3),
            "away": st.booleans(),
            "paused": st.booleans(),
            "active": st.booleans(),
        }
    ),
    min_size=1,
    max_size=8,
)


@pytest.mark.django_db
@settings(max_examples=30, deadline=None)
@given(
    specs=profiles,
    wanted=st.lists(st.integers(0, 2), max_size=3, unique=True),
    languages=st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2, unique=True),
    waive=st.booleans(),
)
def test_matching_properties(specs, wanted, languages, waive):
    with transaction.atomic():
        skills = [Skill.objects.create(key=f"s{i}", name=f"skill {i}") for i in range(3)]
        programme = ProgrammeTemplateFactory(months=3, check_ins=1)
        learner = UserFactory(time_zone="UTC", verified=False)
        eligible = set()
        for spec in specs:
            person = UserFactory(
                time_zone=spec["zone"],
                spoken_languages=spec["languages"],
                is_active=spec["active"],
                verified=False,
            )
            profile = MentorProfileFactory(
                person=person,
                capacity=spec["capacity"],
                paused=spec["paused"],
                away_until=date.today() + timedelta(days=5) if spec["away"] else None,
                skills=[skills[index] for index in spec["skills"]],
            )
            PairingFactory.create_batch(
                spec["load"],
                mentor=person,
                mentee=factory.SubFactory(UserFactory, verified=False),
                programme=programme,
                status=PairingStatus.ACTIVE,
            )
            available = spec["load"] < spec["capacity"] and spec["active"]
            available = available and not spec["away"] and not spec["paused"]
            speaks = bool(set(spec["languages"]) & set(languages))
            if available and (speaks or waive):
                eligible.add(profile.pk)

        found = suggest(learner, [skills[i] for i in wanted], languages, waive_language=waive)

        assert {s.profile.pk for s in found} == eligible  # at most 8 < limit of 10
        scores = [s.score for s in found]
        assert scores == sorted(scores, reverse=True)
        for suggestion in found:
            offered = set(suggestion.profile.skills.values_list("pk", flat=True))
            matched = [skills[i].name for i in wanted if skills[i].pk in offered]
            mentions = [f"skill {i}" in suggestion.explanation for i in range(3)]
            assert [f"skill {i}" for i in range(3) if mentions[i]] == sorted(matched)
            spare = suggestion.profile.capacity - suggestion.profile.load
            assert f"{spare} of {suggestion.profile.capacity} place" in suggestion.explanation
        transaction.set_rollback(True)
