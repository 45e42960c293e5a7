"""Recording a check-in, at the service level: met once, each person's own feedback."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from academy.errors import Refused
from mentoring.models import Feedback
from mentoring.services import pairings
from mentoring.services.check_ins import record_check_in
from tests.factories import UserFactory
from tests.factories.mentoring import MentorProfileFactory, make_pairing

FEEDBACK = {"notes": "", "rating": 3, "working_well": "", "could_change": ""}


@pytest.fixture
def pair(db, programme):
    mentor = MentorProfileFactory(person__display_name="Kasia").person
    mentee = UserFactory(display_name="Tomasz")
    pairing = make_pairing(mentor, mentee, programme)
    first = pairing.check_ins.order_by("due_at").first()
    first.due_at = timezone.now()  # its day has come: it can be recorded
    first.save(update_fields=["due_at"])
    return pairing, mentor, mentee, first


def test_record_check_in_marks_met_once_and_keeps_each_persons_feedback(pair):
    _pairing, mentor, mentee, check_in = pair
    record_check_in(actor=mentee, check_in=check_in, **{**FEEDBACK, "rating": 4, "notes": "mine"})
    check_in.refresh_from_db()
    first_met = check_in.met_at
    assert first_met is not None

    record_check_in(actor=mentor, check_in=check_in, **{**FEEDBACK, "rating": 5})
    record_check_in(actor=mentee, check_in=check_in, **{**FEEDBACK, "rating": 2, "notes": "again"})
    check_in.refresh_from_db()

    assert check_in.met_at == first_met
    rows = Feedback.objects.filter(check_in=check_in).order_by("author__display_name")
    assert [(f.author.display_name, f.rating, f.notes) for f in rows] == [
        ("Kasia", 5, ""),
        ("Tomasz", 2, "again"),
    ]


def test_record_check_in_refused_once_the_pairing_has_ended(pair):
    pairing, _mentor, mentee, check_in = pair
    pairings.end_early(actor=mentee, pairing=pairing, reason="We moved on.", note_to_organisers="")
    check_in.pairing.refresh_from_db()
    with pytest.raises(Refused) as refusal:
        record_check_in(actor=mentee, check_in=check_in, **FEEDBACK)
    assert refusal.value.code == "not_active"
    assert Feedback.objects.filter(check_in=check_in).count() == 0


def test_record_check_in_refuses_an_outsider(pair):
    _pairing, _mentor, _mentee, check_in = pair
    with pytest.raises(PermissionDenied):
        record_check_in(actor=UserFactory(), check_in=check_in, **FEEDBACK)
    check_in.refresh_from_db()
    assert check_in.met_at is None
    assert Feedback.objects.count() == 0
