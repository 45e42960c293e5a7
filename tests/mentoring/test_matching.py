"""Explained matching on a hand-built example where the right order is obvious."""

from datetime import date, timedelta

import pytest
from django.utils import translation

from academy.accounts.models import User
from academy.models import Skill
from mentoring.models import MentorProfile, PairingStatus
from mentoring.services.matching import suggest
from tests.factories import MentorProfileFactory, PairingFactory, UserFactory


@pytest.fixture
def skills(db):
    return {
        key: Skill.objects.create(key=key, name=name)
        for key, name in [
            ("facilitation", "facilitation"),
            ("speaking", "public speaking"),
            ("wikidata", "Wikidata"),
        ]
    }


def mentor(name, zone, languages, offered, capacity=3, **fields):
    return MentorProfileFactory(
        person__display_name=name,
        person__time_zone=zone,
        person__spoken_languages=languages,
        capacity=capacity,
        skills=offered,
        **fields,
    )


@pytest.fixture
def learner(db):
    return UserFactory(display_name="Ola", time_zone="Europe/Warsaw", spoken_languages=["pl", "en"])


@pytest.mark.django_db
def test_ranking_and_explanations(learner, skills):
    best = mentor("Kasia", "Europe/Warsaw", ["pl"], [skills["facilitation"], skills["speaking"]])
    middle = mentor("Jonas", "Europe/London", ["en", "de"], [skills["facilitation"]])
    far = mentor("Ana", "America/Mexico_City", ["en"], [skills["facilitation"]])
    mentor(
        "Chen", "Asia/Shanghai", ["zh"], [skills["facilitation"], skills["speaking"]]
    )  # no shared language
    found = suggest(learner, [skills["facilitation"], skills["speaking"]], ["pl", "en"])
    assert [s.profile for s in found] == [best, middle, far]
    assert found[0].explanation == (
        "speaks Polish; offers facilitation and public speaking; same time zone; 3 of 3 places free"
    )
    assert (
        found[1].explanation
        == "speaks English; offers facilitation; 1 h from you; 3 of 3 places free"
    )


@pytest.mark.django_db
def test_language_can_be_waived(learner, skills):
    chen = mentor("Chen", "Asia/Shanghai", ["zh"], [skills["wikidata"]])
    assert suggest(learner, [skills["wikidata"]], ["pl"]) == []
    found = suggest(learner, [skills["wikidata"]], ["pl"], waive_language=True)
    assert [s.profile for s in found] == [chen]
    assert found[0].reasons[0] == "no shared language"


@pytest.mark.django_db
def test_away_paused_and_full_mentors_are_never_suggested(learner, skills):
    mentor(
        "Away",
        "Europe/Warsaw",
        ["pl"],
        [skills["facilitation"]],
        away_until=date.today() + timedelta(days=3),
    )
    mentor("Paused", "Europe/Warsaw", ["pl"], [skills["facilitation"]], paused=True)
    full = mentor("Full", "Europe/Warsaw", ["pl"], [skills["facilitation"]], capacity=1)
    back = mentor(
        "Back",
        "Europe/Warsaw",
        ["pl"],
        [skills["facilitation"]],
        away_until=date.today() - timedelta(days=1),
    )
    PairingFactory(mentor=full.person, status=PairingStatus.ACTIVE)
    found = suggest(learner, [skills["facilitation"]], ["pl"])
    assert [s.profile for s in found] == [back]


@pytest.mark.django_db
def test_spare_capacity_breaks_ties(learner, skills):
    busy = mentor("Busy", "Europe/Warsaw", ["pl"], [skills["facilitation"]], capacity=2)
    free = mentor("Free", "Europe/Warsaw", ["pl"], [skills["facilitation"]], capacity=2)
    PairingFactory(mentor=busy.person, status=PairingStatus.ACTIVE)
    found = suggest(learner, [skills["facilitation"]], ["pl"])
    assert [s.profile for s in found] == [free, busy]
    assert found[1].reasons[-1] == "1 of 2 places free"


@pytest.mark.django_db
def test_ranking_two_thousand_profiles_takes_two_queries(
    learner, skills, django_assert_num_queries
):
    people = User.objects.bulk_create(
        User(
            username=f"m{i}",
            email=f"m{i}@example.org",
            time_zone="Europe/Berlin",
            spoken_languages=["pl"],
        )
        for i in range(2000)
    )
    profiles = MentorProfile.objects.bulk_create(
        MentorProfile(person=p, capacity=2) for p in people
    )
    MentorProfile.skills.through.objects.bulk_create(
        MentorProfile.skills.through(mentorprofile_id=p.pk, skill_id=skills["facilitation"].pk)
        for p in profiles
    )
    # the profiles with their load, then their skills
    with django_assert_num_queries(2):
        found = suggest(learner, [skills["facilitation"]], ["pl"], limit=10)
    assert len(found) == 10


@pytest.mark.django_db
def test_explanations_join_lists_the_way_the_language_does(learner, skills):

    mentor("Kasia", "Europe/Warsaw", ["pl", "en"], [skills["facilitation"], skills["speaking"]])
    with translation.override("pl"):
        found = suggest(learner, [skills["facilitation"], skills["speaking"]], ["pl", "en"])
        explanation = found[0].explanation
    assert explanation == (
        "mówi: angielski i polski; oferuje: facilitation i public speaking; "
        "ta sama strefa czasowa; wolne miejsca: 3 z 3"
    )


@pytest.mark.django_db
def test_arabic_separates_the_reasons_with_its_own_semicolon(learner, skills):

    mentor("Rania", "Europe/Warsaw", ["pl"], [skills["facilitation"]])
    with translation.override("ar"):
        explanation = suggest(learner, [skills["facilitation"]], ["pl"])[0].explanation
    assert explanation.count("؛ ") == 3
    assert "; " not in explanation
