"""Self-assessments: drafts finished later, submissions kept as they were, at most three
skills to grow, and the signal other rooms listen to."""

import pytest
from django.db import IntegrityError, transaction

from academy.errors import Refused
from academy.growth import assessments
from academy.growth.assessments import RatingInput
from academy.growth.forms import AssessmentForm
from academy.growth.models import Assessment, AssessmentStatus, Rating, Skill
from academy.growth.signals import assessment_submitted
from tests.academy.growth_support import framework
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def skills():
    return framework()


@pytest.fixture
def person():
    return UserFactory()


def levels_of(assessment):
    return {r.skill.key: r.level for r in assessment.ratings.select_related("skill")}


def test_a_new_assessment_never_overwrites_an_old_one(person, skills):
    first = assessments.submit(person, {skills["facilitation"]: RatingInput(level=2)})
    second = assessments.submit(person, {skills["facilitation"]: RatingInput(level=4)})
    assert first.pk != second.pk
    assert [levels_of(a) for a in assessments.submitted_assessments(person)] == [
        {"facilitation": 2},
        {"facilitation": 4},
    ]
    first.refresh_from_db()
    assert first.status == AssessmentStatus.SUBMITTED


def test_a_draft_is_saved_then_finished_and_submitted(person, skills):
    draft = assessments.save_draft(
        person, {skills["facilitation"]: RatingInput(level=3, evidence="Ran our meetup")}
    )
    assert (draft.status, draft.submitted_at) == (AssessmentStatus.DRAFT, None)
    assert list(assessments.submitted_assessments(person)) == []
    again = assessments.save_draft(
        person,
        {
            skills["facilitation"]: RatingInput(level=3, evidence="Ran our meetup"),
            skills["speaking"]: RatingInput(level=1),
        },
    )
    assert again.pk == draft.pk  # the same draft, finished later
    submitted = assessments.submit(
        person,
        {
            skills["facilitation"]: RatingInput(level=3, evidence="Ran our meetup"),
            skills["speaking"]: RatingInput(level=2, grow=True),
        },
    )
    assert submitted.pk == draft.pk
    assert submitted.submitted_at is not None
    assert levels_of(submitted) == {"facilitation": 3, "speaking": 2}
    assert Rating.objects.get(skill=skills["facilitation"]).evidence == "Ran our meetup"
    assert assessments.current_draft(person) is None


def test_submitted_assessment_is_not_changed_by_the_next_draft(person, skills):
    submitted = assessments.submit(person, {skills["facilitation"]: RatingInput(level=2)})
    draft = assessments.save_draft(person, {skills["facilitation"]: RatingInput(level=5)})
    assert draft.pk != submitted.pk
    assert levels_of(submitted) == {"facilitation": 2}


def test_only_one_draft_per_person_in_the_database(person):
    Assessment.objects.create(person=person)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(person=person)
    Assessment.objects.create(person=UserFactory())  # someone else's draft is fine


def test_submitting_nothing_is_refused(person, skills):
    with pytest.raises(Refused):
        assessments.submit(person, {skills["facilitation"]: RatingInput(evidence="hm")})
    assert Assessment.objects.filter(status=AssessmentStatus.SUBMITTED).count() == 0


def test_at_most_three_growth_picks_in_the_service(person):
    many = [Skill.objects.create(key=f"s{i}", name=f"Skill {i}") for i in range(4)]
    with pytest.raises(Refused) as refused:
        assessments.submit(person, {skill: RatingInput(level=1, grow=True) for skill in many})
    assert refused.value.messages == ["Choose at most three skills to grow next."]
    submitted = assessments.submit(
        person, {skill: RatingInput(level=1, grow=i < 3) for i, skill in enumerate(many)}
    )
    assert sorted(submitted.ratings.values_list("focus", flat=True), key=str) == [1, 2, 3, None]


def test_at_most_three_growth_picks_in_the_database(person, skills):
    assessment = Assessment.objects.create(person=person)
    Rating.objects.create(assessment=assessment, skill=skills["facilitation"], focus=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(assessment=assessment, skill=skills["speaking"], focus=4)
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(assessment=assessment, skill=skills["speaking"], focus=3)


def test_at_most_three_growth_picks_in_the_form(skills):
    many = [Skill.objects.create(key=f"s{i}", name=f"Skill {i}") for i in range(4)]
    data = {f"grow_{skill.pk}": "on" for skill in many}
    form = AssessmentForm(data, skills=many)
    assert not form.is_valid()
    assert form.non_field_errors() == ["Choose at most three skills to grow next."]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("level", "6", "Select a valid choice. 6 is not one of the available choices."),
        ("level", "0", "Select a valid choice. 0 is not one of the available choices."),
        ("evidence", "x" * 281, "Ensure this value has at most 280 characters (it has 281)."),
        (
            "evidence",
            "Led \u202ethe meeting",
            "Remove the invisible characters that change the direction of text.",
        ),
    ],
)
def test_form_refuses_bad_answers(skills, field, value, message):
    skill = skills["facilitation"]
    form = AssessmentForm({f"{field}_{skill.pk}": value}, skills=[skill])
    assert not form.is_valid()
    assert form.errors[f"{field}_{skill.pk}"] == [message]


def test_form_turns_answers_into_ratings(skills):
    skill = skills["facilitation"]
    form = AssessmentForm(
        {f"level_{skill.pk}": "4", f"evidence_{skill.pk}": " Ran it ", f"grow_{skill.pk}": "on"},
        skills=[skill, skills["speaking"]],
    )
    assert form.is_valid(), form.errors
    assert form.ratings() == {
        skill: RatingInput(level=4, evidence="Ran it", grow=True),
        skills["speaking"]: RatingInput(level=None, evidence="", grow=False),
    }


def test_the_service_refuses_what_the_form_would(person, skills):
    skill = skills["facilitation"]
    for bad in (
        RatingInput(level=6),
        RatingInput(evidence="a\u2066b"),
        RatingInput(evidence="x" * 281),
    ):
        with pytest.raises(Refused):
            assessments.save_draft(person, {skill: bad})
    assert Rating.objects.count() == 0


def test_submitting_sends_the_signal_once_committed(
    person, skills, django_capture_on_commit_callbacks
):
    received = []

    def listener(sender, person, assessment, **kwargs):
        received.append((person.pk, assessment.pk, assessment.status))

    assessment_submitted.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            assessment = assessments.submit(person, {skills["facilitation"]: RatingInput(level=1)})
        assert received == []  # not before the commit
        for callback in callbacks:
            callback()
        assessments.save_draft(person, {skills["facilitation"]: RatingInput(level=2)})
    finally:
        assessment_submitted.disconnect(listener)
    assert received == [(person.pk, assessment.pk, AssessmentStatus.SUBMITTED)]


def test_sharing_is_off_until_the_person_says_yes(person):
    assert assessments.mentors_may_see(person) is False
    assessments.set_sharing(person, mentors_may_see=True)
    assert assessments.mentors_may_see(person) is True
    assessments.set_sharing(person, mentors_may_see=False)
    assert assessments.mentors_may_see(person) is False
