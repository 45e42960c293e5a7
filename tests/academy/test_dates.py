"""Dates, times and numbers in the reader's language (CLDR through Babel), in the reader's
time zone; and the pages and emails that show them."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.template import Context, Template
from django.utils import formats as django_formats
from django.utils import timezone, translation

from academy.emails import send_to
from academy.formats import (
    format_date,
    format_date_range,
    format_datetime,
    format_number,
    format_percent,
    format_time,
    format_zone,
    with_isolated,
)
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import CohortFactory, EnrolmentFactory

FIRST_OF_DECEMBER = date(2026, 12, 1)
TOKYO = ZoneInfo("Asia/Tokyo")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1 December 2026"),
        ("de", "1. Dezember 2026"),
        ("es", "1 de diciembre de 2026"),
        ("fr", "1 décembre 2026"),
        ("pl", "1 grudnia 2026"),
        ("ar", "1 ديسمبر 2026"),
    ],
)
def test_long_date_in_each_language(language, expected):
    assert format_date(FIRST_OF_DECEMBER, language=language) == expected


@pytest.mark.parametrize(
    ("language", "style", "expected"),
    [
        ("pl", "full", "wtorek, 1 grudnia 2026"),
        ("es", "full", "martes, 1 de diciembre de 2026"),
        ("en", "full", "Tuesday, 1 December 2026"),
        ("pl", "yMMMd", "1 gru 2026"),
        ("fr", "yMMMd", "1 déc. 2026"),
        ("es", "MMMEd", "mar, 1 dic"),
        ("pl", "MMMEd", "wt., 1 gru"),
        ("de", "MMMd", "1. Dez."),
        ("pl", "E", "wt."),
        ("pl", "yMMMM", "grudzień 2026"),
        ("es", "yMMMM", "diciembre de 2026"),
    ],
)
def test_date_styles_and_skeletons(language, style, expected):
    assert format_date(FIRST_OF_DECEMBER, style, language=language) == expected


def test_date_follows_the_active_language():
    with translation.override("pl"):
        assert format_date(FIRST_OF_DECEMBER) == "1 grudnia 2026"
    with translation.override("es"):
        assert format_date(FIRST_OF_DECEMBER) == "1 de diciembre de 2026"


def test_late_evening_utc_is_the_next_day_in_tokyo():
    late = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    with timezone.override(TOKYO):
        assert format_date(late, language="en") == "2 December 2026"
        assert format_datetime(late, language="en") == "2 December 2026, 08:30"
        assert format_datetime(late, language="pl") == "2 grudnia 2026 08:30"
    with timezone.override(ZoneInfo("UTC")):
        assert format_datetime(late, language="en") == "1 December 2026, 23:30"


def test_early_morning_utc_is_the_day_before_in_los_angeles():
    early = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with timezone.override(LOS_ANGELES):
        assert format_datetime(early, "yMMMd", language="es") == "1 dic 2026, 19:00"
        assert format_datetime(early, "MMMEd", language="de") == "Di., 1. Dez., 19:00"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "14:05"), ("de", "14:05"), ("es", "14:05"), ("pl", "14:05"), ("ar", "2:05 م")],
)
def test_time_of_day(language, expected):
    with timezone.override(WARSAW):
        assert format_time(datetime(2026, 12, 3, 13, 5, tzinfo=UTC), language=language) == expected


def test_time_in_a_given_zone_ignores_the_active_one():
    start = datetime(2026, 12, 3, 13, 5, tzinfo=UTC)
    with timezone.override(TOKYO):
        assert format_time(start, zone=WARSAW, language="en") == "14:05"


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("de", WARSAW, "MEZ"),
        ("pl", WARSAW, "CET"),
        ("en", TOKYO, "GMT+09:00"),
        ("fr", TOKYO, "UTC+09:00"),
        ("en", ZoneInfo("UTC"), "UTC"),
    ],
)
def test_zone_abbreviation_or_offset(language, zone, expected):
    with timezone.override(zone):
        assert format_zone(datetime(2026, 12, 3, 13, 5, tzinfo=UTC), language=language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1\u2009\u2013\u20095 Dec 2026"),
        ("pl", "1\u20135 gru 2026"),
        ("es", "1\u20135 dic 2026"),
        ("de", "1.\u20135. Dez. 2026"),
    ],
)
def test_date_range_says_the_shared_month_once(language, expected):
    assert format_date_range(FIRST_OF_DECEMBER, date(2026, 12, 5), language=language) == expected


def test_date_range_across_years():
    assert (
        format_date_range(FIRST_OF_DECEMBER, date(2027, 2, 5), language="en")
        == "1 Dec 2026\u2009\u2013\u20095 Feb 2027"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1,234,567"),
        ("de", "1.234.567"),
        ("pl", "1\xa0234\xa0567"),
        ("ar", "1,234,567"),
    ],
)
def test_numbers(language, expected):
    assert format_number(1234567, language=language) == expected


def test_arabic_numbers_keep_western_digits_as_django_does():
    ours = format_number(1234567, language="ar")
    with translation.override("ar"):
        djangos = django_formats.number_format(1234567, force_grouping=True)
    digits = set("0123456789")
    assert [c for c in ours if c in digits] == list("1234567")
    assert [c for c in djangos if c in digits] == list("1234567")


@pytest.mark.parametrize(("language", "expected"), [("en", "25%"), ("de", "25\xa0%")])
def test_percentages(language, expected):
    assert format_percent(0.25, language=language) == expected


def test_empty_values_show_nothing():
    assert format_date(None) == ""
    assert format_datetime("") == ""
    assert format_time(None) == ""


def test_unknown_language_falls_back_to_british_english():
    assert format_date(FIRST_OF_DECEMBER, language="xx") == "1 December 2026"


def test_filters_format_in_the_active_language_and_zone():
    template = Template(
        "{% load academy_tags %}{{ day|local_date }} | {{ moment|local_datetime:'MMMEd' }}"
        " | {{ moment|local_time }} | {{ 1234|local_number }} | {% local_date_range day end %}"
    )
    context = Context(
        {
            "day": FIRST_OF_DECEMBER,
            "end": date(2026, 12, 5),
            "moment": datetime(2026, 12, 3, 23, 30, tzinfo=UTC),
        }
    )
    with translation.override("pl"), timezone.override(WARSAW):
        assert template.render(context) == (
            "1 grudnia 2026 | pt., 4 gru, 00:30 | 00:30 | 1\xa0234 | 1\u20135 gru 2026"
        )


def test_messages_escape_their_text_and_isolate_names():
    assert with_isolated("%(name)s can <now> write", name="<ليلى>") == (
        "<bdi>&lt;ليلى&gt;</bdi> can &lt;now&gt; write"
    )


@pytest.mark.django_db
def test_cohort_page_in_polish_has_genitive_months(client, track):
    cohort = CohortFactory(
        track=track,
        enrolment_opens=datetime(2030, 12, 1, 9, 0, tzinfo=UTC),
        enrolment_closes=datetime(2031, 1, 5, 9, 0, tzinfo=UTC),
    )
    html = client.get(f"/pl/cohorts/{cohort.pk}/").content.decode()
    assert "1 grudnia 2030" in html
    assert "5 stycznia 2031" in html
    assert "Grudzień" not in html


@pytest.mark.django_db
def test_reminder_email_in_the_persons_language_and_zone(workshop):
    person = UserFactory(preferred_language="es", time_zone="America/Mexico_City")
    session = SessionFactory(workshop=workshop, start=datetime(2026, 12, 2, 1, 30, tzinfo=UTC))
    send_to(person, "cohorts/reminder", {"session": session, "facilitators": []})
    body = mail.outbox[0].body
    assert "martes, 1 de diciembre de 2026" in body
    assert "19:30 (America/Mexico_City)" in body


@pytest.mark.django_db
def test_organiser_time_in_the_readers_language(workshop):
    session = SessionFactory(
        workshop=workshop,
        start=datetime(2026, 12, 3, 13, 5, tzinfo=UTC),
        time_zone="Europe/Warsaw",
    )
    with translation.override("ar"):
        assert session.organiser_time == "2:05 م"
    with translation.override("en"):
        assert session.organiser_time == "14:05"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "one", "five"),
    [
        ("en", "0 of 1 session attended", "0 of 5 sessions attended"),
        ("pl", "Obecność: 0 z 1 spotkania", "Obecność: 0 z 5 spotkań"),
    ],
)
def test_dashboard_counts_sessions_with_the_right_plural(client, user, track, language, one, five):
    EnrolmentFactory(person=user, cohort=CohortFactory(track=track, completion_min_sessions=1))
    EnrolmentFactory(person=user, cohort=CohortFactory(track=track, completion_min_sessions=5))
    client.force_login(user)
    html = client.get(f"/{language}/dashboard/").content.decode()
    assert one in html
    assert five in html
