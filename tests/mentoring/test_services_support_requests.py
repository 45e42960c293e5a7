"""Asking the coordinators for support, at the service level."""

import pytest
from django.utils import timezone

from academy.errors import Refused
from mentoring.models import SupportRequest
from mentoring.services.support_requests import ask_coordinators
from tests.factories import UserFactory


def test_ask_coordinators_keeps_the_request_with_its_skills(skill):
    person = UserFactory()
    wanted = ask_coordinators(
        person, skills=[skill], languages=["pl", "en"], waive_language=False, note="Evenings."
    )
    wanted.refresh_from_db()
    assert (wanted.person, wanted.languages, wanted.waive_language, wanted.note) == (
        person,
        ["pl", "en"],
        False,
        "Evenings.",
    )
    assert list(wanted.skills.values_list("key", flat=True)) == ["facilitation"]


def test_ask_coordinators_refuses_a_second_open_request(skill):
    person = UserFactory()
    ask_coordinators(person, skills=[skill], languages=["en"], waive_language=False, note="")
    with pytest.raises(Refused) as refusal:
        ask_coordinators(person, skills=[skill], languages=["en"], waive_language=True, note="x")
    assert refusal.value.code == "open_request"
    assert SupportRequest.objects.filter(person=person).count() == 1


def test_ask_coordinators_again_once_the_first_request_is_closed(skill):
    person = UserFactory()
    first = ask_coordinators(
        person, skills=[skill], languages=["en"], waive_language=False, note=""
    )
    SupportRequest.objects.filter(pk=first.pk).update(closed_at=timezone.now())
    second = ask_coordinators(person, skills=[], languages=["de"], waive_language=True, note="")
    assert second.pk != first.pk
    assert SupportRequest.objects.filter(person=person, closed_at__isnull=True).get() == second
