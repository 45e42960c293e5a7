"""Coordinators keep skills and programme templates in the admin; members cannot."""

import pytest

from academy.models import Skill
from mentoring.models import ProgrammeTemplate

pytestmark = pytest.mark.django_db

PROGRAMME = {"name_en": "Quarterly for a year", "name_de": "Ein Jahr, vierteljährlich"}


def test_coordinator_adds_a_translated_programme_and_skill(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/admin/snippets/mentoring/programmetemplate/add/",
        {**PROGRAMME, "months": "12", "check_ins": "4"},
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    programme = ProgrammeTemplate.objects.get()
    assert (programme.name_de, programme.months, programme.check_ins) == (
        "Ein Jahr, vierteljährlich",
        12,
        4,
    )
    response = client.post(
        "/admin/snippets/academy/skill/add/",
        {
            "key": "mediation",
            "name_en": "Mediation",
            "name_pl": "Mediacje",
            "position": "3",
            **{f"levels-{k}": "0" for k in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")},
            "levels-MAX_NUM_FORMS": "5",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    assert Skill.objects.get(key="mediation").name_pl == "Mediacje"


def test_an_empty_programme_is_refused(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/admin/snippets/mentoring/programmetemplate/add/",
        {**PROGRAMME, "months": "0", "check_ins": "4"},
    )
    assert response.status_code == 200  # the form comes back with the error
    assert not ProgrammeTemplate.objects.exists()


def test_members_and_outsiders_cannot(client, user):
    url = "/admin/snippets/mentoring/programmetemplate/add/"
    for who in (user, None):
        if who:
            client.force_login(who)
        else:
            client.logout()
        response = client.post(url, {**PROGRAMME, "months": "12", "check_ins": "4"})
        if who:  # signed in without admin rights: told so, not sent to sign in again
            assert response.status_code == 403
        else:
            assert response.status_code == 302
            assert response["Location"].startswith("/en/accounts/login/")
    assert not ProgrammeTemplate.objects.exists()
