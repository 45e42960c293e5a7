"""The skills framework: areas and skills translated, what each level means, and the
admin and the translation workspace that keep it."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.models import Site

from academy.growth.framework import grouped, level_meanings, skills_with_levels
from academy.growth.models import GrowthSettings, Skill, SkillArea, SkillLevel
from academy.translating.registry import translatables
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitation():
    area = SkillArea.objects.create(
        key="practical",
        name="Practical skills",
        name_pl="Umiejętności praktyczne",
        description="Hands-on skills",
        description_pl="Konkretne umiejętności",
    )
    skill = Skill.objects.create(
        key="facilitation",
        name="Facilitation",
        name_pl="Moderowanie",
        description="Running meetings",
        description_pl="Prowadzenie spotkań",
        area=area,
    )
    SkillLevel.objects.create(
        skill=skill, level=2, description="I run a short meeting", description_pl="Prowadzę krótkie"
    )
    return skill


def test_framework_names_and_descriptions_follow_the_language(facilitation):
    with translation.override("pl"):
        skill = Skill.objects.select_related("area").get()
        assert (skill.name, skill.description) == ("Moderowanie", "Prowadzenie spotkań")
        assert (skill.area.name, skill.area.description) == (
            "Umiejętności praktyczne",
            "Konkretne umiejętności",
        )
        assert level_meanings(skill)[1] == (2, "Prowadzę krótkie")
    with translation.override("de"):  # not translated: English, modeltranslation's fallback
        assert Skill.objects.get().name == "Facilitation"


def test_levels_without_own_words_take_the_scale(facilitation):
    with translation.override("en"):
        assert level_meanings(skills_with_levels()[0]) == [
            (1, "Just starting"),
            (2, "I run a short meeting"),
            (3, "Doing it on my own"),
            (4, "Confident, even when it is hard"),
            (5, "Able to teach others"),
        ]


def test_level_outside_the_scale_is_refused_by_the_database(facilitation):
    with pytest.raises(IntegrityError), transaction.atomic():
        SkillLevel.objects.create(skill=facilitation, level=6, description="beyond")
    with pytest.raises(IntegrityError), transaction.atomic():
        SkillLevel.objects.create(skill=facilitation, level=2, description="twice")


def test_skills_are_grouped_by_area_and_unplaced_last(facilitation):
    Skill.objects.create(key="loose", name="Loose", position=0)
    groups = grouped(skills_with_levels())
    assert [(g.area and g.area.key, [s.key for s in g.skills]) for g in groups] == [
        ("practical", ["facilitation"]),
        (None, ["loose"]),
    ]


def test_framework_is_in_the_translation_workspace():
    kinds = {kind.key: kind for kind in translatables}
    assert kinds["skill_area"].fields == ("name", "description")
    assert kinds["skill"].fields == ("name", "description")
    assert kinds["skill_level"].fields == ("description",)


def test_coordinators_edit_skills_with_their_levels_in_the_admin(client, facilitation):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    edit = client.get(f"/admin/snippets/academy/skill/edit/{facilitation.pk}/")
    assert edit.status_code == 200
    assert b"levels-FORMS" in edit.content
    assert client.get("/admin/snippets/academy/skillarea/").status_code == 200


def test_coordinators_keep_areas_and_the_cycle_members_do_not(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/admin/snippets/academy/skillarea/add/",
        {"key": "cooperation", "name_en": "Cooperation", "name_ar": "التعاون", "position": "0"},
    )
    assert response.status_code == 302, response.content.decode()[:800]
    assert SkillArea.objects.get().name_ar == "التعاون"
    site = Site.objects.get(is_default_site=True)
    response = client.post(
        f"/admin/settings/academy/growthsettings/{site.pk}/", {"cycle_months": "4"}
    )
    assert response.status_code == 302
    assert GrowthSettings.for_site(site).cycle_months == 4
    response = client.post(
        f"/admin/settings/academy/growthsettings/{site.pk}/", {"cycle_months": "30"}
    )
    assert response.status_code == 200  # refused with the form's error, nothing lost
    assert GrowthSettings.for_site(site).cycle_months == 4

    client.force_login(UserFactory(is_staff=True))
    refused = client.get("/admin/snippets/academy/skillarea/add/")
    assert (
        refused.status_code == 403
    )  # signed in without admin rights: told so, not sent to sign in again
    assert "The admin is not open to you" in refused.content.decode()
