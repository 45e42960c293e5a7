"""The report's charts: horizontal bars drawn on the server, exact coordinates, mirrored
in Arabic, hidden cells drawn as words without a bar, numbers with a "." in every
language; every table on the page with its chart; the print view."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone, translation

from academy.reports.charts import ChartCell, build_chart
from cohorts.models import EnrolmentStatus
from tests.factories.cohorts import CohortFactory, EnrolmentFactory

DAY = timedelta(days=1)
ROWS = [
    ("One", [ChartCell(10, "10"), ChartCell(None, "fewer than 5")]),
    ("Two", [ChartCell(5, "5"), ChartCell(20, "20")]),
]


def bars(chart):
    return [
        (b.series, b.x, b.y, b.width, b.text_x, b.anchor, b.drawn, b.text)
        for row in chart.rows
        for b in row.bars
    ]


def test_chart_left_to_right():
    chart = build_chart("c", "People", ["A", "B"], ROWS, rtl=False)
    assert bars(chart) == [
        (0, "180.0", "28.0", "145.0", "329.0", "start", True, "10"),
        (1, "180.0", "48.0", "0", "184.0", "start", False, "fewer than 5"),
        (0, "180.0", "78.0", "72.5", "256.5", "start", True, "5"),
        (1, "180.0", "98.0", "290.0", "474.0", "start", True, "20"),
    ]
    assert [(row.label_x, row.label_y) for row in chart.rows] == [
        ("170.0", "46.0"),
        ("170.0", "96.0"),
    ]
    assert (chart.zero_x, chart.height) == ("180.0", 132)
    assert [(item.x, item.text_x, item.label) for item in chart.legend] == [
        ("180.0", "196.0", "A"),
        ("360.0", "376.0", "B"),
    ]


def test_chart_right_to_left_is_mirrored():
    chart = build_chart("c", "People", ["A", "B"], ROWS, rtl=True)
    assert bars(chart) == [
        (0, "235.0", "28.0", "145.0", "231.0", "start", True, "10"),
        (1, "380.0", "48.0", "0", "376.0", "start", False, "fewer than 5"),
        (0, "307.5", "78.0", "72.5", "303.5", "start", True, "5"),
        (1, "90.0", "98.0", "290.0", "86.0", "start", True, "20"),
    ]
    assert chart.rows[0].label_x == "390.0"
    assert chart.zero_x == "380.0"
    assert [(item.x, item.text_x) for item in chart.legend] == [
        ("368.0", "364.0"),
        ("188.0", "184.0"),
    ]


def test_chart_of_changes_grows_both_ways_from_zero():
    rows = [("Down", [ChartCell(-1.0, "-1.0")]), ("Up", [ChartCell(3.0, "+3.0")])]
    chart = build_chart("c", "Growth", ["Average change"], rows, rtl=False)
    assert chart.zero_x == "252.5"
    assert bars(chart) == [
        (0, "180.0", "28.0", "72.5", "176.0", "end", True, "-1.0"),
        (0, "252.5", "58.0", "217.5", "474.0", "start", True, "+3.0"),
    ]


def test_chart_describes_every_number():
    chart = build_chart("c", "People", ["A", "B"], ROWS, rtl=False)
    assert chart.description == "People. One: A 10 and B fewer than 5. Two: A 5 and B 20."


def test_chart_shortens_long_labels_only_in_the_drawing():
    label = "A track with a very long title indeed"
    chart = build_chart("c", "People", ["A"], [(label, [ChartCell(1, "1")])], rtl=False)
    assert chart.rows[0].short_label == "A track with a very long …"
    assert chart.rows[0].label == label


@pytest.fixture
def enrolments(track):
    today = timezone.localdate()
    cohort = CohortFactory(track=track, start_date=today - 40 * DAY, end_date=today - DAY)
    for number in range(7):
        status = EnrolmentStatus.COMPLETED if number < 2 else EnrolmentStatus.ENROLLED
        EnrolmentFactory(cohort=cohort, status=status)


def svg_of(content):
    return re.search(r'<svg class="report-chart__svg".*?</svg>', content, re.DOTALL).group(0)


def test_page_draws_each_table_with_its_chart(client, coordinator, enrolments):
    client.force_login(coordinator)
    content = client.get("/en/reports/").content.decode()
    svg = svg_of(content)
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-cohorts-by-track-title chart-cohorts-by-track-desc"' in svg
    assert '<title id="chart-cohorts-by-track-title">People by track</title>' in svg
    assert (
        '<desc id="chart-cohorts-by-track-desc">People by track. Running great workshops: '
        "Enrolled 7 and Completed fewer than 5.</desc>"
    ) in svg
    assert svg.count("<rect") == 3  # two in the legend, one bar: the small cell has none
    assert "<script" not in svg
    assert "http" not in svg.replace("http://www.w3.org", "")
    assert '<h2 id="table-academy-skill-growth-heading">Skill growth by area</h2>' in content
    assert "Nobody assessed their skills twice in this period." in content
    assert f'href="{settings.STATIC_URL}academy/css/reports.css"' in content


@pytest.mark.parametrize("language", ["de", "fr", "pl", "ar"])
def test_chart_coordinates_keep_a_decimal_point(client, coordinator, enrolments, language):
    client.force_login(coordinator)
    svg = svg_of(client.get(f"/{language}/reports/").content.decode())
    numbers = re.findall(r' (?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"', svg)
    assert numbers
    assert all(re.fullmatch(r"\d+(\.\d)?", number) for number in numbers)


def test_chart_is_mirrored_in_arabic(client, coordinator, enrolments):
    client.force_login(coordinator)
    content = client.get("/ar/reports/").content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    with translation.override("ar"):
        assert 'class="report-chart__label" x="390.0"' in svg_of(content)


def test_print_view(client, coordinator, enrolments):
    client.force_login(coordinator)
    content = client.get("/en/reports/", {"print": "1", "region": "Europe"}).content.decode()
    assert '<body class="report-page report-page--print">' in content
    assert '<a href="?region=Europe">Back to the full page</a>' in content
    assert 'href="/en/reports/report.csv?region=Europe"' in content
    plain = client.get("/en/reports/", {"region": "Europe"}).content.decode()
    assert '<a href="?region=Europe&amp;print=1">Print view (A4)</a>' in plain


def test_print_styles_lay_the_page_out_on_a4():
    css = (Path(settings.BASE_DIR) / "academy/static/academy/css/reports.css").read_text()
    assert "@page { size: A4; margin: 15mm; }" in css
    printed = css[css.index("@media print {") :]
    assert ".site-header, .site-footer, .report-filters" in printed
