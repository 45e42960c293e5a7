"""The engagement web: each dimension counted from the records the academy keeps, at a
year ago, six months ago and now, on a small hand-made data set with exact values."""

import pytest

from academy.engagement.web import distribution, person_web
from tests.academy.engagement_support import ada_world
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADA = {
    "taking_part": [1, 1, 2],  # attended 400 and 100 days ago; the absence does not count
    "facilitating": [0, 0, 2],  # a session run 30 days ago, a workshop published now
    "mentoring": [0, 2, 3],  # a pairing and a check-in 200 and 190 days ago; one as mentee
    "translating": [1, 2, 4],  # a role word 500 days ago, texts 300 days ago and yesterday
    "shaping_words": [1, 1, 3],  # a comment 400 days ago, a proposal and a vote since
    "telling_stories": [0, 0, 1],  # the withdrawn story does not count
    "welcoming": [1, 1, 2],
    "skills": [0, 2, 3],  # different skills rated, not ratings
}


def test_each_dimension_counts_exactly_what_ada_did(track):
    ada, _other = ada_world(track)
    rows = person_web(ada, suggest=False)
    assert {row.dimension.key: row.values for row in rows} == ADA


def test_dimensions_come_in_the_registry_order(track):
    ada, _other = ada_world(track)
    rows = person_web(ada, suggest=False)
    assert [row.dimension.key for row in rows] == list(ADA)


def test_the_other_persons_records_are_theirs(track):
    _ada, other = ada_world(track)
    rows = person_web(other, suggest=False)
    values = {row.dimension.key: row.values[-1] for row in rows}
    assert values == {
        "taking_part": 1,
        "facilitating": 1,
        "mentoring": 0,
        "translating": 0,
        "shaping_words": 2,  # the two proposals Ada voted and commented on
        "telling_stories": 0,
        "welcoming": 1,
        "skills": 0,
    }


def test_a_newcomer_is_offered_something_in_every_dimension_that_exists(track):
    newcomer = UserFactory()
    rows = person_web(newcomer)
    offered = {row.dimension.key for row in rows if row.suggestions}
    # no cohort is open, no round is open, no skills exist and she translates nothing
    assert offered == {"mentoring", "shaping_words", "welcoming"}
    assert all(not row.now for row in rows)


def test_the_spread_counts_people_by_the_number_of_dimensions(track):
    ada, other = ada_world(track)
    quiet = [UserFactory() for _ in range(3)]
    spread = distribution([ada.pk, other.pk, *[p.pk for p in quiet]])
    assert spread.people == 5
    # Ada in all eight; Bo in four (taking part, facilitating, words, welcoming)
    assert spread.by_number == [3, 0, 0, 2]
    assert [(d.key, n) for d, n in spread.by_dimension] == [
        ("taking_part", 2),
        ("facilitating", 2),
        ("mentoring", 1),
        ("translating", 1),
        ("shaping_words", 2),
        ("telling_stories", 1),
        ("welcoming", 2),
        ("skills", 1),
    ]
