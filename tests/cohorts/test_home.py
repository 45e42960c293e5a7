"""A home for each role: the dashboard shows a facilitator the sessions they run with
the roster and the attendance still to take, a coordinator the cohorts they run with
the applications waiting, a translator their languages, a moderator the pages waiting,
a panel member their panels; the header's Tools menu follows the person's roles."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from academy.stories.models import Round
from cohorts.models import Attendance, EnrolmentStatus
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import (
    CohortFactory,
    EnrolmentFactory,
    RegistrationFactory,
    SessionAccessFactory,
)

pytestmark = pytest.mark.django_db


def sections(response):
    return [shown.template for shown in response.context["sections"]]


def test_a_learner_sees_only_their_own_learning(client, user):
    client.force_login(user)
    response = client.get("/en/dashboard/")
    assert sections(response) == []
    assert response.context["shows_learning"] is True
    assert "You have not joined a cohort yet" in response.content.decode()
    assert "Tools" not in response.content.decode()


def test_a_facilitator_finds_the_roster_and_the_attendance_to_take(client, workshop):
    facilitator = UserFactory()
    started = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(hours=2))
    coming = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=3))
    old = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(days=20))
    for session in (started, coming, old):
        SessionAccessFactory(session=session).facilitators.add(facilitator)
    for attendance in ("", "", Attendance.PRESENT):
        RegistrationFactory(session=started, person=UserFactory(), attendance=attendance)
    RegistrationFactory(session=coming, person=UserFactory())
    client.force_login(facilitator)
    response = client.get("/en/dashboard/")
    assert sections(response) == ["home/facilitating.html"]
    data = response.context["sections"][0].data
    assert [(s.pk, s.registered, s.to_take) for s in data["sessions"]] == [
        (started.pk, 3, 2),
        (coming.pk, 1, 0),
    ]
    html = response.content.decode()
    assert "Attendance is still to be taken for 2 people." in html
    assert f'href="/en/sessions/{started.pk}/roster/">Take attendance</a>' in html
    assert f'href="/en/sessions/{coming.pk}/roster/">Roster</a>' in html
    assert response.context["shows_learning"] is False


def test_a_coordinator_sees_applications_waiting_and_not_an_empty_learner_page(
    client, coordinator, track
):
    waiting = CohortFactory(track=track, name="By application")
    for _ in range(2):
        EnrolmentFactory(cohort=waiting, status=EnrolmentStatus.APPLIED)
    EnrolmentFactory(cohort=waiting, status=EnrolmentStatus.ENROLLED)
    CohortFactory(
        track=track,
        start_date=timezone.localdate() - timedelta(days=90),
        end_date=timezone.localdate() - timedelta(days=1),
    )  # over: not shown
    client.force_login(coordinator)
    response = client.get("/en/dashboard/")
    assert sections(response) == ["home/coordinating.html", "home/mentoring_tasks.html"]
    cohorts = response.context["sections"][0].data["cohorts"]
    assert [(c.name, c.waiting, c.enrolled) for c in cohorts] == [("By application", 2, 1)]
    html = response.content.decode()
    assert "2 applications are waiting for a decision." in html
    assert f'href="/en/cohorts/{waiting.pk}/applications/">Decide 2 applications</a>' in html
    assert "You have not joined a cohort yet" not in html


def test_a_person_who_runs_one_cohort_sees_only_theirs(client, track):
    runner = UserFactory()
    mine = CohortFactory(track=track, name="Mine")
    mine.coordinators.add(runner)
    CohortFactory(track=track, name="Someone else's")
    client.force_login(runner)
    cohorts = client.get("/en/dashboard/").context["sections"][0].data["cohorts"]
    assert [c.name for c in cohorts] == ["Mine"]


def test_a_translator_reaches_their_language_in_one_click(client):
    translator = UserFactory()
    translator.groups.add(Group.objects.get(name="Translators (pl)"))
    client.force_login(translator)
    response = client.get("/en/dashboard/")
    assert sections(response) == ["home/translating.html"]
    [row] = response.context["sections"][0].data["languages"]
    assert (row["code"], row["name"]) == ("pl", "Polish")
    assert row["current"] + row["to_do"] <= row["total"]
    assert 'href="/en/translate/pl/"' in response.content.decode()
    assert 'href="/en/translate/"' in response.content.decode()  # the Tools menu


def test_open_rounds_and_panels_show_on_the_dashboard(client, coordinator, user):
    today = timezone.localdate()
    round_ = Round.objects.create(
        starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=5), scope="academy"
    )
    client.force_login(user)
    data = client.get("/en/dashboard/").context["sections"][0].data
    assert ([r.pk for r in data["writing"]], data["panels"]) == ([round_.pk], [])
    client.force_login(coordinator)
    response = client.get("/en/dashboard/")
    data = [s.data for s in response.context["sections"] if s.template == "home/stories.html"]
    assert [r.pk for r in data[0]["panels"]] == [round_.pk]
    assert f'href="/en/stories/rounds/{round_.pk}/panel/"' in response.content.decode()


COORDINATOR_TOOLS = [
    "Report",
    "Network",
    "Engagement across a group",
    "Support overview",
    "Story rounds",
    "Reflection circles",
    "Translations",
    "Admin",
]


@pytest.mark.parametrize(
    ("who", "tools"),
    [
        ("member", []),
        (
            "coordinator",
            COORDINATOR_TOOLS,
        ),
        ("translator", ["Translations"]),
    ],
)
def test_the_tools_menu_follows_the_persons_roles(client, coordinator, who, tools):
    person = {"member": UserFactory(), "coordinator": coordinator}.get(who) or UserFactory()
    if who == "translator":
        person.groups.add(Group.objects.get(name="Translators (ar)"))
    client.force_login(person)
    response = client.get("/en/")
    assert [label for label, _url in response.context["tools"]] == tools


@pytest.mark.parametrize("item_count", [1, 10])
def test_a_coordinators_dashboard_costs_the_same_for_1_and_10_cohorts(
    client, coordinator, track, workshop, item_count, django_assert_num_queries
):
    for index in range(item_count):
        cohort = CohortFactory(track=track)
        EnrolmentFactory(cohort=cohort, status=EnrolmentStatus.APPLIED)
        session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(hours=index))
        SessionAccessFactory(session=session, cohort=cohort).facilitators.add(coordinator)
    client.force_login(coordinator)
    client.get("/en/dashboard/")
    # the dashboard built for someone in roles (the story rounds come from the cache the
    # first visit filled), with the three counts of the support waiting on coordinators
    with django_assert_num_queries(16):
        response = client.get("/en/dashboard/")
    assert len(response.context["sections"]) == 3


def test_a_person_in_a_pairing_sees_it_and_the_ask_to_answer(client):
    from mentoring.services import pairings
    from tests.factories import ProgrammeTemplateFactory
    from tests.factories.mentoring import MentorProfileFactory

    programme = ProgrammeTemplateFactory(name="9 months", months=9, check_ins=3)
    supporter = MentorProfileFactory(person__display_name="Kasia").person
    asking = UserFactory(display_name="Tomasz")
    pairings.propose(actor=asking, mentor=supporter, mentee=asking, programme=programme)
    client.force_login(supporter)
    response = client.get("/en/dashboard/")
    [data] = [s.data for s in response.context["sections"] if s.template == "home/pairings.html"]
    assert [(p.other.display_name, p.to_answer) for p in data["pairings"]] == [("Tomasz", True)]
    html = response.content.decode()
    assert "1 person is waiting for your answer." in html
    client.force_login(asking)
    data = client.get("/en/dashboard/").context["sections"][0].data
    assert [(p.other.display_name, p.to_answer) for p in data["pairings"]] == [("Kasia", False)]


def test_a_coordinator_sees_the_support_waiting(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/en/dashboard/")
    [data] = [
        s.data for s in response.context["sections"] if s.template == "home/mentoring_tasks.html"
    ]
    assert data == {"offers": 0, "requests": 0, "late": 0}
    html = response.content.decode()
    assert "0 offers to join the mentors are waiting for a decision" in html
    assert "0 check-ins are late" in html
    assert [label for label, _url in response.context["tools"]] == COORDINATOR_TOOLS
