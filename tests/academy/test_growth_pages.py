"""My growth: who may see it, the charts and their tables (exact numbers, and the time
axis reversed in Arabic), the self-assessment form, and the query budget."""

import re
from datetime import date

import pytest

from academy.growth import assessments
from academy.growth.models import Assessment, AssessmentStatus, GrowthSharing
from tests.academy.growth_support import assessed, framework
from tests.factories import (
    MentorProfileFactory,
    ProgrammeTemplateFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db

DATES = [date(2025, 12, 1), date(2026, 6, 1), date(2026, 12, 1)]


@pytest.fixture
def skills():
    return framework()


@pytest.fixture
def owner(skills):
    person = UserFactory(display_name="Lucía")
    for day, level in zip(DATES, (1, 2, 3), strict=True):
        assessed(
            person,
            day,
            {skills["facilitation"]: level},
            picks=[skills["speaking"]],
            evidence={skills["facilitation"]: f"step {level}"},
        )
    return person


@pytest.fixture
def mentor(owner):
    mentor = MentorProfileFactory().person
    make_pairing(mentor, owner, ProgrammeTemplateFactory())
    return mentor


def test_my_growth_needs_sign_in(client):
    response = client.get("/en/growth/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_owner_sees_the_chart_and_its_table_with_exact_values(client, owner, skills):
    client.force_login(owner)
    response = client.get("/en/growth/")
    assert response.status_code == 200
    [(area, [chart])] = response.context["chart_areas"]
    assert (area.key, chart.skill.key) == ("practical", "facilitation")
    assert [(p.when.date(), p.level, p.x, p.y) for p in chart.points] == [
        (date(2025, 12, 1), 1, 50.0, 146.0),
        (date(2026, 6, 1), 2, 193.6, 112.5),
        (date(2026, 12, 1), 3, 338.0, 79.0),
    ]
    html = response.content.decode()
    assert 'points="50.0,146.0 193.6,112.5 338.0,79.0"' in html
    assert '<svg class="growth-chart__svg" role="img"' in html
    assert f'<title id="chart-title-{chart.skill.pk}">Facilitation</title>' in html
    assert (
        "Facilitation, from 1 to 5: 1 on 1 Dec 2025, 2 on 1 Jun 2026 and 3 on 1 Dec 2026." in html
    )
    rows = re.findall(
        r'<tr><th scope="row"><time datetime="([\d-]+)">([^<]+)</time></th><td>(\d)</td>'
        r'<td dir="auto">([^<]*)</td></tr>',
        html,
    )
    assert rows == [
        ("2025-12-01", "1 Dec 2025", "1", "step 1"),
        ("2026-06-01", "1 Jun 2026", "2", "step 2"),
        ("2026-12-01", "1 Dec 2026", "3", "step 3"),
    ]
    assert "<script" not in html.split("<main", 1)[1].split("</main>")[0]
    assert [pick["skill"].key for pick in response.context["picks"]] == ["speaking"]


def test_in_arabic_time_runs_right_to_left(client, owner):
    client.force_login(owner)
    response = client.get("/ar/growth/")
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    [(_area, [chart])] = response.context["chart_areas"]
    assert [(p.x, p.y) for p in chart.points] == [(310.0, 146.0), (166.4, 112.5), (22.0, 79.0)]
    assert 'points="310.0,146.0 166.4,112.5 22.0,79.0"' in html
    assert [grid.label_x for grid in chart.gridlines] == [332] * 5  # levels on the right
    assert [(tick.x, tick.anchor) for tick in chart.ticks] == [(310.0, "start"), (22.0, "end")]
    assert f'<title id="chart-title-{chart.skill.pk}">التيسير</title>' in html
    # Coordinates are never written with the language's decimal comma.
    assert '<circle class="growth-chart__point" cx="310.0" cy="146.0" r="5"/>' in html
    assert 'x1="324" x2="8" y1="146.0" y2="146.0"' in html


def test_growth_picks_link_to_the_workshops_and_tracks_that_teach_them(
    client, owner, skills, track
):
    workshop = WorkshopPageFactory(parent=track, title="Speaking up", slug="speaking-up")
    workshop.skills.set([skills["speaking"]])
    workshop.save_revision().publish()
    client.force_login(owner)
    response = client.get("/en/growth/")
    [pick] = response.context["picks"]
    assert [w.pk for w in pick["workshops"]] == [workshop.pk]
    assert [t.pk for t in pick["tracks"]] == [track.pk]
    html = response.content.decode()
    assert f'href="{workshop.url}"' in html
    assert f'href="{track.url}"' in html


def person_page(client, viewer, owner):
    client.force_login(viewer)
    return client.get(f"/en/growth/people/{owner.pk}/")


def test_mentor_with_consent_sees_the_same_chart(client, owner, mentor):
    assessments.set_sharing(owner, mentors_may_see=True)
    response = person_page(client, mentor, owner)
    assert response.status_code == 200
    [(_area, [chart])] = response.context["chart_areas"]
    assert [p.level for p in chart.points] == [1, 2, 3]
    assert b'points="50.0,146.0 193.6,112.5 338.0,79.0"' in response.content


def test_mentor_without_consent_sees_nothing(client, owner, mentor):
    assert person_page(client, mentor, owner).status_code == 404
    GrowthSharing.objects.create(person=owner, mentors_may_see=False)
    assert person_page(client, mentor, owner).status_code == 404


def test_a_past_mentor_no_longer_sees_it(client, owner):
    past = MentorProfileFactory().person
    pairing = make_pairing(past, owner, ProgrammeTemplateFactory())
    pairing.status = "completed"
    pairing.save(update_fields=["status"])
    assessments.set_sharing(owner, mentors_may_see=True)
    assert person_page(client, past, owner).status_code == 404


def test_members_and_outsiders_never_see_it(client, owner):
    assessments.set_sharing(owner, mentors_may_see=True)
    member = UserFactory()
    assert person_page(client, member, owner).status_code == 404
    client.logout()
    response = client.get(f"/en/growth/people/{owner.pk}/")
    assert response.status_code == 302
    assert person_page(client, member, UserFactory()).status_code == 404


def test_owner_on_their_own_person_page_goes_to_my_growth(client, owner):
    response = person_page(client, owner, owner)
    assert (response.status_code, response["Location"]) == (302, "/en/growth/")


def test_sharing_is_switched_on_and_off(client, owner):
    client.force_login(owner)
    client.post("/en/growth/sharing/", {"mentors_may_see": "on"})
    assert GrowthSharing.objects.get(person=owner).mentors_may_see is True
    client.post("/en/growth/sharing/", {})
    assert GrowthSharing.objects.get(person=owner).mentors_may_see is False
    assert client.get("/en/growth/sharing/").status_code == 405


def test_assess_saves_a_draft_then_submits(client, skills):
    person = UserFactory()
    client.force_login(person)
    facilitation, speaking = skills["facilitation"], skills["speaking"]
    response = client.post(
        "/en/growth/assess/",
        {"save": "1", f"level_{facilitation.pk}": "2", f"evidence_{facilitation.pk}": "Ran one"},
    )
    assert (response.status_code, response["Location"]) == (302, "/en/growth/assess/")
    draft = Assessment.objects.get(person=person)
    assert draft.status == AssessmentStatus.DRAFT
    page = client.get("/en/growth/assess/")
    assert page.context["form"][f"level_{facilitation.pk}"].value() == "2"
    assert page.context["form"][f"evidence_{facilitation.pk}"].value() == "Ran one"
    response = client.post(
        "/en/growth/assess/",
        {
            "submit": "1",
            f"level_{facilitation.pk}": "3",
            f"level_{speaking.pk}": "",
            f"grow_{speaking.pk}": "on",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/en/growth/")
    draft.refresh_from_db()
    assert draft.status == AssessmentStatus.SUBMITTED
    assert {r.skill_id: (r.level, r.focus) for r in draft.ratings.all()} == {
        facilitation.pk: (3, None),
        speaking.pk: (None, 1),
    }


def test_assess_keeps_the_answers_when_refused(client, skills):
    person = UserFactory()
    client.force_login(person)
    facilitation = skills["facilitation"]
    response = client.post(
        "/en/growth/assess/",
        {"submit": "1", f"level_{facilitation.pk}": "9", f"evidence_{facilitation.pk}": "kept"},
    )
    assert response.status_code == 200
    assert response.context["form"][f"evidence_{facilitation.pk}"].value() == "kept"
    assert Assessment.objects.count() == 0
    response = client.post("/en/growth/assess/", {"submit": "1"})  # nothing rated
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [
        "Rate at least one skill before you submit."
    ]


def test_a_new_assessment_starts_from_the_last_levels(client, owner, skills):
    client.force_login(owner)
    form = client.get("/en/growth/assess/").context["form"]
    assert form[f"level_{skills['facilitation'].pk}"].value() == "3"
    assert form[f"evidence_{skills['facilitation'].pk}"].value() == ""


@pytest.mark.parametrize("item_count", [1, 10])
def test_my_growth_query_count(client, skills, track, item_count, django_assert_num_queries):
    person = UserFactory()
    for index in range(item_count):
        assessed(
            person,
            date(2020 + index // 2, 1 + 6 * (index % 2), 1),
            {skills["facilitation"]: 1 + index % 5, skills["speaking"]: 2},
            picks=[skills["facilitation"], skills["speaking"]],
        )
    workshop = WorkshopPageFactory(parent=track, slug="teaches")
    workshop.skills.set([skills["facilitation"]])
    workshop.save_revision().publish()
    client.force_login(person)
    client.get("/en/growth/")
    with django_assert_num_queries(13):
        response = client.get("/en/growth/")
    assert response.status_code == 200
    assert len(response.context["assessments"]) == item_count


@pytest.mark.parametrize("item_count", [1, 10])
def test_person_growth_query_count(client, skills, item_count, django_assert_num_queries):
    owner = UserFactory()
    for index in range(item_count):
        assessed(owner, date(2020 + index, 1, 1), {skills["facilitation"]: 1 + index % 5})
    mentor = MentorProfileFactory().person
    make_pairing(mentor, owner, ProgrammeTemplateFactory())
    assessments.set_sharing(owner, mentors_may_see=True)
    client.force_login(mentor)
    client.get(f"/en/growth/people/{owner.pk}/")
    with django_assert_num_queries(11):
        response = client.get(f"/en/growth/people/{owner.pk}/")
    assert response.status_code == 200
    assert len(response.context["assessments"]) == item_count
