"""What the report and the impact page cost: the same number of queries with 10 people
as with 500 (rows written with bulk_create), as pretalx writes a query budget."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.growth.models import Skill, SkillArea
from tests.factories import ProgrammeTemplateFactory, SessionFactory
from tests.factories.cohorts import CohortFactory
from tests.factories.reports import bulk_pairings, bulk_people, bulk_take_part

DAY = timedelta(days=1)
# Session, person and group; role words; the cohort, school and track choices; one
# aggregate per figure (eleven); the tracks, the skill ratings and areas, and the
# stories by domain for the three tables; the site and pages for the navigation; the
# network, read once for its three figures and its table: one query per kind of tie
# (seven), the hidden ties and the people.
REPORT_QUERIES = 35
CSV_QUERIES = 30  # the same without the form's page choices and the navigation
IMPACT_QUERIES_COLD = 11  # six headline figures, role words, the stories, site and pages
IMPACT_QUERIES_WARM = 1  # the stories; the figures come from the cache, the site from the process


@pytest.fixture
def crowd(track, workshop, person_count):
    today, now = timezone.localdate(), timezone.now()
    cohort = CohortFactory(track=track, start_date=today - 40 * DAY, end_date=today - DAY)
    session = SessionFactory(workshop=workshop, start=now - 2 * DAY)
    area = SkillArea.objects.create(key="together", name="Working together")
    skill = Skill.objects.create(key="listening", name="Listening", area=area)
    people = bulk_people(person_count)
    bulk_take_part(people, cohort=cohort, session=session, skill=skill)
    bulk_pairings(people, programme=ProgrammeTemplateFactory())
    return people


@pytest.mark.parametrize("person_count", [10, 500])
def test_report_page_query_budget(
    client, coordinator, crowd, person_count, django_assert_num_queries
):
    client.force_login(coordinator)
    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get("/en/reports/")
    shown = {row.key: row.shown for row in response.context["figures"]}
    assert shown["cohorts.enrolled"] == str(person_count)
    assert shown["cohorts.graduates"] == str(person_count)
    growth = response.context["tables"][1]
    assert growth.rows == [("Working together", [str(person_count), "+2.0"])]


@pytest.mark.parametrize("person_count", [10, 500])
def test_report_csv_query_budget(
    client, coordinator, crowd, person_count, django_assert_num_queries
):
    client.force_login(coordinator)
    with django_assert_num_queries(CSV_QUERIES):
        response = client.get("/en/reports/report.csv")
    assert f"People enrolled,{person_count},," in response.content.decode()


@pytest.mark.parametrize("person_count", [10, 500])
def test_impact_page_query_budget(client, crowd, person_count, django_assert_num_queries):
    with django_assert_num_queries(IMPACT_QUERIES_COLD):
        response = client.get("/en/impact/")
    assert response.context["figures"][0].shown == str(person_count)
    with django_assert_num_queries(IMPACT_QUERIES_WARM):
        client.get("/en/impact/")
