"""Report filters: the form takes a school, a track, a cohort, a language, a time-zone
region and a format, and refuses anything else; every figure honours every filter it
says it honours, on a small hand-made data set; the page names the filters a figure
ignores."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.growth.alumni.models import AlumniReport
from academy.reports import report
from academy.reports.filters import EVERY_FILTER, Filters
from academy.reports.forms import FiltersForm
from academy.reports.registry import Value, figures
from cohorts.models import Attendance, EnrolmentStatus, SessionAccess
from tests.factories import (
    PairingFactory,
    SchoolPageFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.badges import BadgeFactory, award
from tests.factories.cohorts import CohortFactory, EnrolmentFactory, RegistrationFactory

DAY = timedelta(days=1)


@pytest.fixture
def world(school, track, workshop):
    """Two schools, a track and a cohort in each (English online, German in person),
    five people in three regions, a session held for each cohort."""
    today, now = timezone.localdate(), timezone.now()
    other_school = SchoolPageFactory(parent=school.get_parent(), title="Other", slug="other")
    other_track = TrackPageFactory(parent=other_school, title="Organising", slug="organising")
    other_workshop = WorkshopPageFactory(parent=other_track, slug="organising-1")
    ended = {"start_date": today - 40 * DAY, "end_date": today - 5 * DAY}
    c1 = CohortFactory(track=track, language="en", format="online", **ended)
    c2 = CohortFactory(track=other_track, language="de", format="in_person", **ended)
    a1 = UserFactory(time_zone="Europe/Berlin")
    a2 = UserFactory(time_zone="Europe/Berlin")
    b1 = UserFactory(time_zone="America/Lima")
    c_1 = UserFactory(time_zone="Europe/Warsaw")
    c_2 = UserFactory(time_zone="Asia/Tokyo")
    for cohort, person, status in [
        (c1, a1, EnrolmentStatus.COMPLETED),
        (c1, a2, EnrolmentStatus.ENROLLED),
        (c1, b1, EnrolmentStatus.COMPLETED),
        (c2, c_1, EnrolmentStatus.COMPLETED),
        (c2, c_2, EnrolmentStatus.COMPLETED),
    ]:
        EnrolmentFactory(cohort=cohort, person=person, status=status)
    s1 = SessionFactory(workshop=workshop, start=now - 10 * DAY, language="en", format="online")
    s2 = SessionFactory(
        workshop=other_workshop,
        start=now - 10 * DAY,
        language="de",
        format="in_person",
        place="Hall",
    )
    SessionAccess.objects.create(session=s1, cohort=c1)
    SessionAccess.objects.create(session=s2, cohort=c2)
    for session, person, attendance in [
        (s1, a1, Attendance.PRESENT),
        (s1, a2, Attendance.ABSENT),
        (s1, b1, Attendance.LATE),
        (s2, c_1, Attendance.PRESENT),
        (s2, c_2, Attendance.PRESENT),
    ]:
        RegistrationFactory(session=session, person=person, attendance=attendance)
    # a1 went on to support someone after graduating; c_1 only before.
    PairingFactory(mentor=a1, mentee=c_2, started_at=now - 2 * DAY)
    PairingFactory(mentor=c_1, mentee=b1, started_at=now - 30 * DAY)
    badge = BadgeFactory()
    award(badge, a1, awarded_at=now - DAY)
    award(badge, c_2, awarded_at=now - DAY)
    AlumniReport.objects.create(person=b1, year=2026, new_role="Organiser")
    return {
        "school": {"school": school, "other": other_school},
        "track": {"track": track, "other": other_track},
        "cohort": {"c1": c1.pk, "c2": c2.pk},
    }


def narrowed(world, name, value):
    """Filters for the last 60 days narrowed by one filter; page and cohort values are
    named by their key in `world`."""
    today = timezone.localdate()
    value = world[name][value] if name in world else value
    return Filters(start=today - 60 * DAY, end=today, **{name: value})


# (figure, filter, value) -> expected, for every filter every figure claims to honour.
EXPECTED = {
    ("cohorts.enrolled", None, None): Value(5, 5),
    ("cohorts.enrolled", "school", "other"): Value(2, 2),
    ("cohorts.enrolled", "track", "track"): Value(3, 3),
    ("cohorts.enrolled", "cohort", "c2"): Value(2, 2),
    ("cohorts.enrolled", "language", "de"): Value(2, 2),
    ("cohorts.enrolled", "format", "online"): Value(3, 3),
    ("cohorts.enrolled", "region", "Europe"): Value(3, 3),
    ("cohorts.enrolled", "region", "America"): Value(1, 1),
    ("cohorts.took_part", None, None): Value(4, 4),
    ("cohorts.took_part", "school", "other"): Value(2, 2),
    ("cohorts.took_part", "track", "track"): Value(2, 2),
    ("cohorts.took_part", "cohort", "c1"): Value(2, 2),
    ("cohorts.took_part", "language", "de"): Value(2, 2),
    ("cohorts.took_part", "format", "in_person"): Value(2, 2),
    ("cohorts.took_part", "region", "Europe"): Value(2, 2),
    ("cohorts.took_part", "region", "Asia"): Value(1, 1),
    ("cohorts.sessions_held", None, None): Value(2, 4),
    ("cohorts.sessions_held", "school", "school"): Value(1, 2),
    ("cohorts.sessions_held", "track", "other"): Value(1, 2),
    ("cohorts.sessions_held", "cohort", "c1"): Value(1, 2),
    ("cohorts.sessions_held", "language", "en"): Value(1, 2),
    ("cohorts.sessions_held", "format", "in_person"): Value(1, 2),
    ("cohorts.attendance_rate", None, None): Value(4, 5, out_of=5),
    ("cohorts.attendance_rate", "school", "other"): Value(2, 2, out_of=2),
    ("cohorts.attendance_rate", "track", "track"): Value(2, 3, out_of=3),
    ("cohorts.attendance_rate", "cohort", "c2"): Value(2, 2, out_of=2),
    ("cohorts.attendance_rate", "language", "en"): Value(2, 3, out_of=3),
    ("cohorts.attendance_rate", "format", "online"): Value(2, 3, out_of=3),
    ("cohorts.attendance_rate", "region", "Europe"): Value(2, 3, out_of=3),
    ("cohorts.completions", None, None): Value(4, 4),
    ("cohorts.completions", "school", "other"): Value(2, 2),
    ("cohorts.completions", "track", "track"): Value(2, 2),
    ("cohorts.completions", "cohort", "c1"): Value(2, 2),
    ("cohorts.completions", "language", "de"): Value(2, 2),
    ("cohorts.completions", "format", "in_person"): Value(2, 2),
    ("cohorts.completions", "region", "America"): Value(1, 1),
    ("cohorts.graduates", None, None): Value(4, 4),
    ("cohorts.graduates", "school", "school"): Value(2, 2),
    ("cohorts.graduates", "track", "other"): Value(2, 2),
    ("cohorts.graduates", "cohort", "c2"): Value(2, 2),
    ("cohorts.graduates", "language", "en"): Value(2, 2),
    ("cohorts.graduates", "format", "online"): Value(2, 2),
    ("cohorts.graduates", "region", "Europe"): Value(2, 2),
    ("mentoring.graduates_supporting", None, None): Value(1, 1, out_of=4),
    ("mentoring.graduates_supporting", "school", "other"): Value(0, 0, out_of=2),
    ("mentoring.graduates_supporting", "track", "track"): Value(1, 1, out_of=2),
    ("mentoring.graduates_supporting", "cohort", "c2"): Value(0, 0, out_of=2),
    ("mentoring.graduates_supporting", "language", "en"): Value(1, 1, out_of=2),
    ("mentoring.graduates_supporting", "format", "in_person"): Value(0, 0, out_of=2),
    ("mentoring.graduates_supporting", "region", "Europe"): Value(1, 1, out_of=2),
    ("mentoring.graduates_supporting", "region", "Asia"): Value(0, 0, out_of=1),
    ("academy.badges_awarded", None, None): Value(2, 2),
    ("academy.badges_awarded", "region", "Europe"): Value(1, 1),
    ("academy.alumni_reported_back", None, None): Value(1, 1),
    ("academy.alumni_reported_back", "region", "America"): Value(1, 1),
    ("academy.alumni_reported_back", "region", "Europe"): Value(0, 0),
}


@pytest.mark.parametrize(("key", "name", "value"), sorted(EXPECTED, key=str))
def test_figure_honours_the_filter(world, key, name, value):
    filters = narrowed(world, name, value) if name else narrowed(world, "region", "")
    assert figures.get(key).compute(filters) == EXPECTED[key, name, value]


OURS = ("cohorts.", "mentoring.", "academy.")  # the stories room tests its own


def test_every_claimed_filter_is_tested():
    claimed = {
        (figure.key, name)
        for figure in figures
        if figure.key.startswith(OURS)
        for name in figure.narrowed_by
    }
    assert claimed == {(key, name) for key, name, _value in EXPECTED if name}


def test_figures_that_claim_nothing_are_about_the_period_only():
    assert {f.key for f in figures if f.key.startswith(OURS) and not f.narrowed_by} == {
        "mentoring.active_pairings",
        "mentoring.check_ins",
    }
    assert figures.get("cohorts.sessions_held").narrowed_by == EVERY_FILTER - {"region"}


@pytest.mark.parametrize(
    ("name", "value", "rows"),
    [
        (None, None, [("Organising", [2, 2]), ("Running great workshops", [3, 2])]),
        ("school", "school", [("Running great workshops", [3, 2])]),
        ("track", "other", [("Organising", [2, 2])]),
        ("cohort", "c1", [("Running great workshops", [3, 2])]),
        ("language", "de", [("Organising", [2, 2])]),
        ("format", "online", [("Running great workshops", [3, 2])]),
        ("region", "Europe", [("Organising", [1, 1]), ("Running great workshops", [2, 1])]),
    ],
)
def test_table_by_track_honours_every_filter(world, name, value, rows):
    filters = narrowed(world, name, value) if name else narrowed(world, "region", "")
    assert figures.table("cohorts.by_track").compute(filters) == rows


def test_a_track_outside_the_school_narrows_to_nothing(world):
    today = timezone.localdate()
    filters = Filters(
        today - 60 * DAY, today, track=world["track"]["track"], school=world["school"]["other"]
    )
    assert figures.get("cohorts.enrolled").compute(filters) == Value(0, 0)
    assert figures.get("cohorts.sessions_held").compute(filters) == Value(0, 0)


def test_page_names_the_filters_a_figure_ignores(world):
    filters = narrowed(world, "region", "Europe")
    rows = {row.key: row.ignored for row in report.figure_rows(filters, 2)}
    assert rows["cohorts.enrolled"] == ""
    assert rows["cohorts.sessions_held"] == "(this figure ignores the chosen time-zone region)"
    today = timezone.localdate()
    both = Filters(today - 60 * DAY, today, track=world["track"]["track"], region="Asia")
    rows = {row.key: row.ignored for row in report.figure_rows(both, 2)}
    assert rows["mentoring.active_pairings"] == (
        "(this figure ignores the chosen track and time-zone region)"
    )
    assert rows["academy.badges_awarded"] == "(this figure ignores the chosen track)"


# --- The form ---------------------------------------------------------------------


def test_form_takes_every_filter(world):
    c2 = world["cohort"]["c2"]
    other = world["school"]["other"]
    form = FiltersForm(
        {
            "school": str(other.pk),
            "cohort": str(c2),
            "language": "de",
            "region": "Europe",
            "format": "in_person",
        }
    )
    assert form.is_valid(), form.errors
    filters = form.filters()
    assert (filters.school, filters.cohort, filters.language) == (other, c2, "de")
    assert (filters.region, filters.format, filters.track) == ("Europe", "in_person", None)
    assert filters.applied() == {"school", "cohort", "language", "region", "format"}


def test_form_offers_the_cohorts_registered_by_their_app(world):
    c1, c2 = world["cohort"]["c1"], world["cohort"]["c2"]
    choices = FiltersForm().fields["cohort"].choices
    assert choices[0][1] == "All cohorts"
    assert [value for value, _label in choices[1:]] == [c2, c1]  # the latest first
    assert choices[1][1].endswith(", Organising")


def test_form_offers_regions_in_the_readers_language(db):
    choices = dict(FiltersForm().fields["region"].choices)
    assert choices["Europe"] == "Europe"
    assert choices["America"] == "Americas"
    assert choices["Indian"] == "Indian Ocean"
    assert len(choices) == 11  # "All regions" and ten IANA areas


@pytest.mark.parametrize(
    "data",
    [
        {"school": "999999"},
        {"school": "abc"},
        {"cohort": "999999"},
        {"cohort": "9" * 25},
        {"cohort": "x"},
        {"language": "xx"},
        {"region": "Mars"},
        {"region": "Europe/Berlin"},
        {"format": "carrier-pigeon"},
    ],
)
def test_form_refuses_unknown_values(world, data):
    assert not FiltersForm(data).is_valid()


def test_page_narrows_by_region(client, coordinator, world):
    client.force_login(coordinator)
    response = client.get("/en/reports/", {"region": "Europe", "start": "2000-01-01"})
    assert response.status_code == 400  # more than twenty years back
    today = timezone.localdate()
    response = client.get(
        "/en/reports/", {"region": "Europe", "start": (today - 60 * DAY).isoformat()}
    )
    assert response.status_code == 200
    shown = {row.key: row.shown for row in response.context["figures"]}
    assert shown["cohorts.enrolled"] == "fewer than 5"
    assert response.context["filters"].region == "Europe"
