"""Funder reports: every figure on a small hand-made data set, small-number suppression,
the report page and its CSV, who may see them, and what the page costs."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.growth.alumni.models import AlumniReport
from academy.reports import report
from academy.reports.filters import Filters, default_filters
from academy.reports.forms import FiltersForm
from academy.reports.registry import Value, figures
from academy.reports.suppression import (
    COMPLEMENT,
    SHOWN,
    SMALL,
    Cell,
    cell,
    percentage,
    suppress_columns,
    suppress_line,
)
from cohorts.models import Attendance, EnrolmentStatus
from mentoring.models import PairingStatus
from tests.factories import (
    CheckInFactory,
    PairingFactory,
    SessionFactory,
    TrackPageFactory,
    UserFactory,
    WorkshopPageFactory,
)
from tests.factories.badges import BadgeFactory, award
from tests.factories.cohorts import CohortFactory, EnrolmentFactory, RegistrationFactory

DAY = timedelta(days=1)


# --- Suppression ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("people", "state"), [(0, SHOWN), (1, SMALL), (4, SMALL), (5, SHOWN), (12, SHOWN)]
)
def test_cell_hides_one_to_four_people(people, state):
    assert cell(people, 5) == Cell(people, state)


def test_cell_follows_the_minimum():
    assert cell(9, 10).state == SMALL
    assert cell(10, 10).state == SHOWN


def test_line_without_small_cells_is_shown_whole():
    cells, total = suppress_line([5, 7, 0], 12, 5)
    assert [c.state for c in cells] == [SHOWN, SHOWN, SHOWN]
    assert total == Cell(12, SHOWN)


def test_line_with_one_small_cell_hides_the_next_smallest_too():
    cells, total = suppress_line([9, 4, 6, 20], 39, 5)
    assert [c.state for c in cells] == [SHOWN, SMALL, COMPLEMENT, SHOWN]
    assert total == Cell(39, SHOWN)


def test_line_never_uses_a_zero_as_the_complement():
    cells, _total = suppress_line([0, 1, 8, 7], 16, 5)
    assert [c.state for c in cells] == [SHOWN, SMALL, SHOWN, COMPLEMENT]


def test_line_with_two_small_cells_needs_no_complement():
    cells, total = suppress_line([1, 4, 10], 15, 5)
    assert [c.state for c in cells] == [SMALL, SMALL, SHOWN]
    assert total.state == SHOWN


def test_line_whose_hidden_cells_hold_a_small_group_together_hides_the_total():
    cells, total = suppress_line([1, 2, 9], 12, 5)  # the two hidden cells hold 3
    assert [c.state for c in cells] == [SMALL, SMALL, SHOWN]
    assert total == Cell(12, COMPLEMENT)


def test_line_whose_hidden_cells_must_each_be_one_hides_the_total():
    cells, total = suppress_line([1, 1, 1, 1, 1, 0], 5, 5)  # five hidden cells hold 5
    assert [c.state for c in cells] == [SMALL] * 5 + [SHOWN]
    assert total == Cell(5, COMPLEMENT)
    cells, total = suppress_line([2, 3, 9], 14, 5)  # 5 between two: not worked out
    assert total == Cell(14, SHOWN)


def test_line_whose_total_is_small_hides_the_total_and_needs_no_complement():
    cells, total = suppress_line([1, 0, 3], 4, 5)
    assert [c.state for c in cells] == [SMALL, SHOWN, SMALL]
    assert total == Cell(4, SMALL)
    cells, total = suppress_line([0, 0], 0, 5)
    assert [c.state for c in cells] == [SHOWN, SHOWN]
    assert total == Cell(0, SHOWN)


def test_line_with_nothing_to_complement_hides_the_total():
    # A total that is not the sum (people counted once across rows) could still give the
    # small cell away; with no other non-zero cell, the total goes instead.
    cells, total = suppress_line([3, 0], 6, 5)
    assert [c.state for c in cells] == [SMALL, SHOWN]
    assert total == Cell(6, COMPLEMENT)


def test_columns_are_suppressed_each_against_its_own_total():
    rows, totals = suppress_columns([[6, 2], [7, 5], [0, 0]], 5)
    assert [[c.state for c in row] for row in rows] == [
        [SHOWN, SMALL],
        [SHOWN, COMPLEMENT],
        [SHOWN, SHOWN],
    ]
    assert totals == [Cell(13, SHOWN), Cell(7, SHOWN)]


def test_columns_of_no_rows():
    assert suppress_columns([], 5) == ([], [])


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(3, 4, None), (0, 0, None), (0, 5, 0), (5, 5, 100), (2, 10, None), (5, 8, 62), (6, 9, 67)],
)
def test_percentage_needs_a_whole_and_a_part_of_at_least_the_minimum(part, whole, expected):
    assert percentage(part, whole, 5) == expected


def test_show_reads_small_and_complementary_cells_differently():
    assert report.show(Cell(3, SMALL), 5) == "fewer than 5"
    assert report.show(Cell(8, COMPLEMENT), 5) == "not shown"
    assert report.show(Cell(1200), 5) == "1,200"
    assert report.show(Cell(1200), 5, plain=True) == "1200"
    assert report.show(Cell(0), 5) == "0"


# --- Filters ----------------------------------------------------------------------


def test_default_period_is_the_last_twelve_months():
    today = timezone.localdate()
    assert default_filters() == Filters(start=today - 364 * DAY, end=today)


def test_form_without_data_gives_the_default_period(db):
    form = FiltersForm({})
    assert form.is_valid()
    assert form.filters() == default_filters()


@pytest.mark.parametrize(
    "data",
    [
        {"start": "2026-13-01"},
        {"start": "1900-01-01"},
        {"end": "9999-12-31"},
        {"track": "abc"},
        {"track": "999999"},
    ],
)
def test_form_refuses_bad_filters(db, data):
    assert not FiltersForm(data).is_valid()


def test_form_refuses_a_period_that_ends_before_it_starts(db):
    today = timezone.localdate()
    form = FiltersForm({"start": today.isoformat(), "end": (today - DAY).isoformat()})
    assert not form.is_valid()
    assert form.non_field_errors() == ["The period must end on or after the day it starts."]


def test_form_takes_the_track(track):
    form = FiltersForm({"track": str(track.pk)})
    assert form.is_valid()
    assert form.filters().track == track


# --- Figures on a small data set --------------------------------------------------


@pytest.fixture
def period():
    today = timezone.localdate()
    return Filters(start=today - 60 * DAY, end=today)


@pytest.fixture
def people(db):
    return [UserFactory(display_name=f"P{number}") for number in range(1, 8)]


@pytest.fixture
def second_track(school):
    return TrackPageFactory(parent=school, title="Second track", slug="second")


@pytest.fixture
def cohort_data(track, second_track, workshop, people):
    """Track A: one cohort in the period (ended), one long before. Track B: one under way."""
    today = timezone.localdate()
    now = timezone.now()
    p1, p2, p3, p4, p5, p6, _p7 = people
    a1 = CohortFactory(track=track, start_date=today - 50 * DAY, end_date=today - 10 * DAY)
    a2 = CohortFactory(track=track, start_date=today - 400 * DAY, end_date=today - 200 * DAY)
    b1 = CohortFactory(track=second_track, start_date=today - 20 * DAY, end_date=today + 30 * DAY)
    for person, status in [
        (p1, EnrolmentStatus.COMPLETED),
        (p2, EnrolmentStatus.COMPLETED),
        (p3, EnrolmentStatus.ENROLLED),
        (p4, EnrolmentStatus.WITHDRAWN),
        (p5, EnrolmentStatus.WAITLISTED),
    ]:
        EnrolmentFactory(cohort=a1, person=person, status=status)
    EnrolmentFactory(cohort=a2, person=p1, status=EnrolmentStatus.COMPLETED)
    EnrolmentFactory(cohort=b1, person=p3, status=EnrolmentStatus.ENROLLED)
    EnrolmentFactory(cohort=b1, person=p6, status=EnrolmentStatus.ENROLLED)

    b_workshop = WorkshopPageFactory(parent=second_track, slug="b-workshop")
    held = SessionFactory(workshop=workshop, start=now - 5 * DAY)
    long_ago = SessionFactory(workshop=workshop, start=now - 100 * DAY)
    cancelled = SessionFactory(workshop=workshop, start=now - 3 * DAY, cancelled=True)
    SessionFactory(workshop=workshop, start=now + 3 * DAY)  # not held yet
    held_b = SessionFactory(workshop=b_workshop, start=now - 2 * DAY)
    for session, person, attendance in [
        (held, p1, Attendance.PRESENT),
        (held, p2, Attendance.LATE),
        (held, p3, Attendance.ABSENT),
        (long_ago, p4, Attendance.PRESENT),
        (cancelled, p5, Attendance.PRESENT),
        (held_b, p6, Attendance.PRESENT),
        (held_b, p1, Attendance.PRESENT),
    ]:
        RegistrationFactory(session=session, person=person, attendance=attendance)


@pytest.fixture
def mentoring_data(people):
    now = timezone.now()
    p1, p2, p3, _p4, _p5, _p6, p7 = people
    active = PairingFactory(mentor=p7, mentee=p1, started_at=now - 100 * DAY)
    ended = PairingFactory(
        mentor=p7,
        mentee=p2,
        status=PairingStatus.ENDED,
        started_at=now - 30 * DAY,
        ended_at=now - 10 * DAY,
    )
    PairingFactory(
        mentor=p7,
        mentee=p3,
        status=PairingStatus.COMPLETED,
        started_at=now - 200 * DAY,
        ended_at=now - 90 * DAY,
    )
    proposed = PairingFactory(mentee=p3, status=PairingStatus.PROPOSED, started_at=None)
    PairingFactory(mentee=p2, status=PairingStatus.DECLINED, started_at=None)
    CheckInFactory(pairing=active, due_at=now - 20 * DAY, met_at=now - 20 * DAY)
    CheckInFactory(pairing=active, due_at=now - 5 * DAY)
    CheckInFactory(pairing=active, due_at=now + 10 * DAY)
    CheckInFactory(pairing=ended, due_at=now - 15 * DAY, met_at=now - 14 * DAY)
    CheckInFactory(pairing=proposed, due_at=now - 5 * DAY)


@pytest.fixture
def growth_data(people):
    now = timezone.now()
    p1, p2, p3, *_rest = people
    first, second = BadgeFactory(), BadgeFactory()
    award(first, p1, awarded_at=now - 10 * DAY)
    award(first, p2, awarded_at=now - 10 * DAY, revoked_at=now - DAY)
    award(second, p1, awarded_at=now - 5 * DAY)
    award(second, p3, awarded_at=now - 100 * DAY)
    recent = AlumniReport.objects.create(person=p1, year=2026, new_role="Trainer")
    AlumniReport.objects.create(person=p2, year=2026, new_role="Coach")
    old = AlumniReport.objects.create(person=p3, year=2025, new_role="Lead")
    AlumniReport.objects.filter(pk=old.pk).update(created_at=now - 100 * DAY)
    AlumniReport.objects.filter(pk=recent.pk).update(created_at=now - 3 * DAY)


def compute(key, filters):
    return figures.get(key).compute(filters)


def test_every_figure_is_registered_in_order():
    assert [figure.key for figure in figures if not figure.key.startswith("stories.")] == [
        "cohorts.enrolled",
        "cohorts.took_part",
        "cohorts.sessions_held",
        "cohorts.attendance_rate",
        "cohorts.completions",
        "cohorts.graduates",
        "mentoring.graduates_supporting",
        "mentoring.active_pairings",
        "mentoring.check_ins",
        "academy.badges_awarded",
        "academy.alumni_reported_back",
        "engagement.across_communities",
        "engagement.across_languages",
        "engagement.newcomers_through_peers",
    ]


def test_every_table_is_registered_in_order():
    assert [table.key for table in figures.tables()][:2] == [
        "cohorts.by_track",
        "academy.skill_growth",
    ]


def test_cohort_figures(cohort_data, period):
    assert compute("cohorts.enrolled", period) == Value(4, 4)
    assert compute("cohorts.took_part", period) == Value(3, 3)
    assert compute("cohorts.sessions_held", period) == Value(2, 3)
    assert compute("cohorts.completions", period) == Value(2, 2)


def test_cohort_figures_for_one_track(cohort_data, period, track, second_track):
    one = Filters(period.start, period.end, track)
    assert compute("cohorts.enrolled", one) == Value(3, 3)
    assert compute("cohorts.took_part", one) == Value(2, 2)
    assert compute("cohorts.sessions_held", one) == Value(1, 2)
    assert compute("cohorts.completions", one) == Value(2, 2)
    other = Filters(period.start, period.end, second_track)
    assert compute("cohorts.enrolled", other) == Value(2, 2)
    assert compute("cohorts.completions", other) == Value(0, 0)


def test_cohort_figures_for_a_longer_period(cohort_data):
    today = timezone.localdate()
    year = Filters(today - 365 * DAY, today)
    assert compute("cohorts.enrolled", year) == Value(4, 4)  # p1 of the old cohort is in
    assert compute("cohorts.completions", year) == Value(3, 2)
    assert compute("cohorts.took_part", year) == Value(4, 4)
    assert compute("cohorts.sessions_held", year) == Value(3, 4)


def test_mentoring_figures(mentoring_data, period):
    # Two pairings under way: one supporter, two people supported; the smaller side counts.
    assert compute("mentoring.active_pairings", period) == Value(2, 1)
    assert compute("mentoring.check_ins", period) == Value(2, 1, out_of=3)


def test_growth_figures(growth_data, period):
    assert compute("academy.badges_awarded", period) == Value(2, 1)
    assert compute("academy.alumni_reported_back", period) == Value(2, 2)


def test_breakdown_by_track(cohort_data, period, settings):
    settings.ACADEMY_REPORT_MINIMUM = 2
    table = report.breakdown(period, 2)
    assert table.header == ["Track", "Enrolled", "Completed"]
    assert table.rows == [
        ("Running great workshops", ["3", "2"]),
        ("Second track", ["2", "0"]),
    ]
    assert table.total == ["5", "2"]
    assert table.complemented is False


def test_breakdown_suppresses_with_the_default_minimum(cohort_data, period):
    table = report.breakdown(period, 5)
    assert table.rows == [
        ("Running great workshops", ["fewer than 5", "fewer than 5"]),
        ("Second track", ["fewer than 5", "0"]),
    ]
    assert table.total == ["5", "fewer than 5"]


def test_figure_rows_suppress_small_numbers(cohort_data, mentoring_data, growth_data, period):
    rows = report.figure_rows(period, 3)
    assert [(row.label, row.shown) for row in rows] == [
        ("People enrolled", "4"),
        ("Learners at one session or more", "3"),
        ("Sessions held", "2"),
        ("Attendance rate", "4 of 5 (80%)"),
        ("Completions", "fewer than 3"),
        ("Graduates", "fewer than 3"),
        ("Graduates who went on to support others as mentors", "fewer than 3"),
        ("Active pairings", "fewer than 3"),
        ("Check-ins held of those scheduled", "fewer than 3"),
        ("Badges awarded", "fewer than 3"),
        ("Alumni who reported back", "fewer than 3"),
        ("Ties across communities", "0"),  # no one here has named a community
        ("Ties across languages", "0"),
        ("Newcomers who arrived through a peer", "0"),
    ]
    assert rows[1].meaning == (
        "Different learners who attended (present or late) at least one session held in the period."
    )


def test_check_ins_show_a_percentage_when_enough_people_take_part(db, period):
    now = timezone.now()
    pairings = [PairingFactory(started_at=now - 50 * DAY) for _number in range(5)]
    for number in range(8):
        met = now - 3 * DAY if number < 6 else None
        CheckInFactory(pairing=pairings[number % 5], due_at=now - 3 * DAY, met_at=met)
    assert compute("mentoring.check_ins", period) == Value(6, 5, out_of=8)
    shown = {row.label: row.shown for row in report.figure_rows(period, 5)}
    assert shown["Check-ins held of those scheduled"] == "6 of 8 (75%)"
    assert shown["Active pairings"] == "5"
    shown = {row.label: row.shown for row in report.figure_rows(period, 6)}
    assert shown["Check-ins held of those scheduled"] == "fewer than 6"


# --- The page and its CSV ---------------------------------------------------------


def cohort_of(track, *, enrolled, completed):
    today = timezone.localdate()
    cohort = CohortFactory(track=track, start_date=today - 40 * DAY, end_date=today - DAY)
    for _number in range(enrolled):
        EnrolmentFactory(cohort=cohort, status=EnrolmentStatus.ENROLLED)
    for _number in range(completed):
        EnrolmentFactory(cohort=cohort, status=EnrolmentStatus.COMPLETED)
    return cohort


def test_report_page_for_a_coordinator(client, coordinator, track, second_track):
    cohort_of(track, enrolled=4, completed=2)
    cohort_of(second_track, enrolled=2, completed=5)
    client.force_login(coordinator)
    response = client.get("/en/reports/")
    assert response.status_code == 200
    by_track = response.context["tables"][0]
    assert by_track.rows == [
        ("Running great workshops", ["6", "fewer than 5"]),
        ("Second track", ["7", "not shown"]),
    ]
    assert by_track.total == ["13", "7"]
    content = response.content.decode()
    assert "Some cells are not shown so that a number of fewer than 5 people" in content
    assert '<th scope="row">People enrolled</th>' in content
    assert "in a cohort that runs on at least one day of the period." in content
    assert response.context["figures"][0].shown == "13"


def test_report_page_refuses_bad_filters(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/en/reports/", {"start": "2026-02-30"})
    assert response.status_code == 400
    assert "figures" not in response.context


def test_report_page_narrows_to_a_track(client, coordinator, track, second_track):
    cohort_of(track, enrolled=4, completed=2)
    cohort_of(second_track, enrolled=2, completed=5)
    client.force_login(coordinator)
    response = client.get("/en/reports/", {"track": second_track.pk})
    assert response.context["tables"][0].rows == [("Second track", ["7", "5"])]
    assert response.context["figures"][0].shown == "7"
    assert "(this figure ignores the chosen track)" in response.content.decode()


@pytest.mark.parametrize("url", ["/en/reports/", "/en/reports/report.csv"])
def test_reports_refuse_a_member(client, user, url):
    client.force_login(user)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/en/reports/", "/en/reports/report.csv"])
def test_reports_refuse_someone_who_runs_a_cohort_without_being_a_coordinator(client, track, url):
    person = UserFactory()
    CohortFactory(track=track).coordinators.add(person)
    client.force_login(person)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/en/reports/", "/en/reports/report.csv"])
def test_reports_send_the_anonymous_to_sign_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def csv_head(filters=None):
    filters = filters or default_filters()
    return f"Period,{filters.start.isoformat()},{filters.end.isoformat()}\r\n\r\n"


def test_csv_exact_bytes(client, coordinator, track, second_track):
    cohort_of(track, enrolled=4, completed=2)
    cohort_of(second_track, enrolled=2, completed=5)
    client.force_login(coordinator)
    response = client.get("/en/reports/report.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="report.csv"'
    expected = (
        csv_head() + "Figure,Value,Out of,Percentage\r\n"
        "People enrolled,13,,\r\n"
        "Learners at one session or more,0,,\r\n"
        "Sessions held,0,,\r\n"
        "Attendance rate,0,0,\r\n"
        "Completions,7,,\r\n"
        "Graduates,7,,\r\n"
        "Graduates who went on to support others as mentors,0,7,0\r\n"
        "Active pairings,0,,\r\n"
        "Check-ins held of those scheduled,0,0,\r\n"
        "Badges awarded,0,,\r\n"
        "Alumni who reported back,0,,\r\n"
        "Ties across communities,0,,\r\n"
        "Ties across languages,0,,\r\n"
        "Newcomers who arrived through a peer,0,,\r\n"
        "\r\n"
        "People by track\r\n"
        "Track,Enrolled,Completed\r\n"
        "Running great workshops,6,fewer than 5\r\n"
        "Second track,7,not shown\r\n"
        "All tracks,13,7\r\n"
        "\r\n"
        "Skill growth by area\r\n"
        "Skill area,People assessed at least twice,Average change\r\n"
    ) + other_tables_csv()
    assert response.content == b"\xef\xbb\xbf" + expected.encode()


def other_tables_csv():
    """The tables other rooms register after growth's (stories), empty in these tests:
    their title, their header and a total row of zeros."""
    lines = []
    for table in figures.tables()[2:]:
        columns = [str(column) for column in table.columns]
        lines += ["", str(table.label), ",".join([str(table.row_heading), *columns])]
        if table.people_column is None:  # a table of averages has no total row
            lines.append(",".join([str(table.total_label or "Total"), *("0" for _c in columns)]))
    return "".join(line + "\r\n" for line in lines)


def test_csv_keeps_big_numbers_plain_and_quotes_titles(client, coordinator, school):
    quoted = TrackPageFactory(parent=school, title='Facilitation, "hands on"', slug="hands")
    cohort_of(quoted, enrolled=0, completed=5)
    client.force_login(coordinator)
    response = client.get("/en/reports/report.csv", {"track": quoted.pk})
    table = response.content.decode("utf-8-sig").split("People by track\r\n")[1]
    assert table.split("\r\n\r\n")[0] == (
        'Track,Enrolled,Completed\r\n"Facilitation, ""hands on""",5,5\r\nAll tracks,5,5'
    )


def test_csv_refuses_bad_filters(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/en/reports/report.csv", {"end": "99999-01-01"})
    assert response.status_code == 400


@pytest.mark.parametrize("url", ["/en/reports/", "/en/reports/report.csv"])
@pytest.mark.parametrize(
    "query",
    [
        {"track": "9" * 25},
        {"track": "-1"},
        {"start": "0001-01-01"},
        {"end": "99999-12-31"},
        {"start": "x" * 3000},
        {"start": "2026-01-01", "end": "2025-01-01"},
    ],
)
def test_reports_refuse_junk_filters_without_a_server_error(client, coordinator, url, query):
    client.force_login(coordinator)
    assert client.get(url, query).status_code == 400


def test_csv_speaks_the_chosen_language(client, coordinator, track):
    cohort_of(track, enrolled=4, completed=2)
    client.force_login(coordinator)
    lines = client.get("/de/reports/report.csv").content.decode("utf-8-sig").split("\r\n")
    # (the catalogues are compiled by `make test`)
    assert lines[2].startswith("Kennzahl,Wert,")
    assert lines[3] == "Eingeschriebene Personen,6,,"
    table = lines.index("Personen nach Lernpfad")
    assert lines[table + 1 : table + 4] == [
        "Lernpfad,Eingeschrieben,Abgeschlossen",
        "Gute Workshops gestalten,6,weniger als 5",
        "Alle Lernpfade,6,weniger als 5",
    ]
