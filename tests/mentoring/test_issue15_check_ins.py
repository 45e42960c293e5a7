"""Issue 15, item 7: a check-in is recorded as met from its day on, the rating is five
labelled choices, and either person of the pair moves a check-in with a note to the
other, who is told in their own language and time zone."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from academy.errors import Refused
from academy.formats import format_date
from mentoring.models import CheckIn, Feedback
from mentoring.services import check_ins, pairings
from tests.factories import MentorProfileFactory, ProgrammeTemplateFactory, UserFactory
from tests.factories.mentoring import make_pairing

pytestmark = pytest.mark.django_db

FEEDBACK = {"notes": "", "rating": 4, "working_well": "", "could_change": ""}


@pytest.fixture
def pair(db):
    mentor = MentorProfileFactory(
        person__display_name="Kasia",
        person__time_zone="Europe/Warsaw",
        person__preferred_language="pl",
    ).person
    mentee = UserFactory(display_name="Lucía", time_zone="America/Bogota", preferred_language="en")
    pairing = make_pairing(mentor, mentee, ProgrammeTemplateFactory(months=9, check_ins=3))
    first = pairing.check_ins.order_by("due_at").first()
    first.pairing = pairing
    return pairing, mentor, mentee, first


def page(client, person, pairing):
    client.force_login(person)
    response = client.get(f"/en/mentoring/pairings/{pairing.pk}/")
    assert response.status_code == 200
    return response.content.decode()


# "Met" only from the check-in's day on.


def test_a_check_in_months_ahead_cannot_be_recorded(pair):
    _pairing, _mentor, mentee, first = pair
    first.due_at = datetime(2027, 3, 1, 22, 0, tzinfo=UTC)  # 17:00 in Bogotá
    with pytest.raises(Refused) as refusal:
        check_ins.record_check_in(actor=mentee, check_in=first, **FEEDBACK)
    assert refusal.value.code == "too_early"
    assert refusal.value.message == (
        "This check-in is on 1 March 2027. You can record it from that day."
    )
    assert CheckIn.objects.get(pk=first.pk).met_at is None
    assert Feedback.objects.count() == 0


def test_the_day_is_the_persons_own(pair):
    """22:00 UTC is 17:00 in Bogotá and already the next day in Warsaw."""
    _pairing, mentor, mentee, first = pair
    now = datetime(2027, 3, 1, 23, 30, tzinfo=UTC)
    first.due_at = datetime(2027, 3, 2, 3, 0, tzinfo=UTC)  # 2 March in Warsaw, 1 March in Bogotá
    assert check_ins.recordable(first, mentee, now) is True
    assert check_ins.recordable(first, mentor, now) is True
    assert check_ins.recordable(first, mentor, now - timedelta(hours=2)) is False


def test_a_check_in_is_recorded_on_its_day(pair):
    _pairing, _mentor, mentee, first = pair
    CheckIn.objects.filter(pk=first.pk).update(due_at=timezone.now())
    first.refresh_from_db()
    check_ins.record_check_in(actor=mentee, check_in=first, **FEEDBACK)
    assert CheckIn.objects.get(pk=first.pk).met_at is not None
    assert list(Feedback.objects.values_list("author_id", "rating")) == [(mentee.pk, 4)]


def test_posting_to_a_future_check_in_is_refused_with_a_message(client, pair):
    pairing, _mentor, mentee, first = pair
    client.force_login(mentee)
    url = f"/en/mentoring/pairings/{pairing.pk}/check-ins/{first.pk}/"
    response = client.post(url, {"rating": 5}, follow=True)
    assert "You can record it from that day." in response.content.decode()
    assert Feedback.objects.count() == 0
    assert CheckIn.objects.get(pk=first.pk).met_at is None


def test_the_record_form_shows_only_from_the_day_on(client, pair):
    pairing, mentor, _mentee, first = pair
    html = page(client, mentor, pairing)
    assert f'/check-ins/{first.pk}/"' not in html  # no form to record any of them yet
    assert 'name="rating"' not in html
    assert html.count("You can record this check-in from") == 3
    CheckIn.objects.filter(pk=first.pk).update(due_at=timezone.now() - timedelta(hours=1))
    html = page(client, mentor, pairing)
    assert f'action="/en/mentoring/pairings/{pairing.pk}/check-ins/{first.pk}/"' in html
    assert html.count("You can record this check-in from") == 2


# The rating: five labelled choices in a fieldset.


def test_rating_is_five_labelled_radio_buttons_in_a_fieldset(client, pair):
    pairing, mentor, _mentee, first = pair
    CheckIn.objects.filter(pk=first.pk).update(due_at=timezone.now() - timedelta(hours=1))
    html = page(client, mentor, pairing)
    fieldset = re.search(r'<fieldset class="field rating-choices".*?</fieldset>', html, re.S)
    assert "<legend>How is the pairing working for you?</legend>" in fieldset.group(0)
    labels = re.findall(
        r'<label class="choice" for="c(\d+)-rating-(\d)"><input id="c\1-rating-\2" '
        r'type="radio" name="rating" value="\2" required> <span class="rating-number">\2</span> '
        r"([^<]+)</label>",
        fieldset.group(0),
    )
    assert [(int(value), label) for _pk, value, label in labels] == [
        (1, "Not working"),
        (2, "Difficult"),
        (3, "Partly working"),
        (4, "Working well"),
        (5, "Working very well"),
    ]


@pytest.mark.parametrize("rating", ["0", "6", "x", "", "4.5"])
def test_ratings_outside_the_five_are_sent_back(client, pair, rating):
    pairing, mentor, _mentee, first = pair
    CheckIn.objects.filter(pk=first.pk).update(due_at=timezone.now() - timedelta(hours=1))
    client.force_login(mentor)
    response = client.post(
        f"/en/mentoring/pairings/{pairing.pk}/check-ins/{first.pk}/",
        {"rating": rating, "notes": "Keep this."},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Keep this." in html
    assert f'aria-describedby="c{first.pk}-rating-error"' in html
    assert Feedback.objects.count() == 0


def test_recorded_rating_is_shown_in_words_and_checked_again(client, pair):
    pairing, mentor, _mentee, first = pair
    CheckIn.objects.filter(pk=first.pk).update(due_at=timezone.now() - timedelta(hours=1))
    client.force_login(mentor)
    client.post(f"/en/mentoring/pairings/{pairing.pk}/check-ins/{first.pk}/", {"rating": "2"})
    html = page(client, mentor, pairing)
    assert "<bdi>Kasia</bdi></strong>: 2/5, Difficult" in html
    assert (
        f'id="c{first.pk}-rating-2" type="radio" name="rating" value="2" required checked' in html
    )


# Moving a check-in.


def move_url(pairing, check_in):
    return f"/en/mentoring/pairings/{pairing.pk}/check-ins/{check_in.pk}/move/"


def test_the_mentee_moves_a_check_in_and_the_mentor_is_told_in_polish(
    client, pair, django_capture_on_commit_callbacks
):
    pairing, mentor, mentee, first = pair
    original = first.due_at
    CheckIn.objects.filter(pk=first.pk).update(reminded_at=timezone.now())
    new_day = (timezone.now() + timedelta(days=20)).astimezone(first.due_at.tzinfo)
    client.force_login(mentee)  # in Bogotá
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            move_url(pairing, first),
            {"due_at": f"{new_day:%Y-%m-%d}T18:30", "note": "I have a workshop that day."},
        )
    assert response["Location"] == f"/en/mentoring/pairings/{pairing.pk}/"
    first.refresh_from_db()
    expected = datetime.fromisoformat(f"{new_day:%Y-%m-%d}T18:30-05:00")
    assert first.due_at == expected
    assert first.reminded_at is None  # reminded again before the new time
    (email,) = mail.outbox
    assert email.to == [mentor.email]
    with translation.override("pl"):  # whatever the catalogue holds for the new words
        subject = gettext("%(name)s has moved your check-in") % {"name": "Lucía"}
    assert email.subject == subject
    assert email.body.startswith("Cześć Kasia,")
    warsaw = expected.astimezone(ZoneInfo("Europe/Warsaw"))  # the next day, on her clock
    with timezone.override(ZoneInfo("Europe/Warsaw")):
        day = format_date(expected, "full", language="pl")  # e.g. "wtorek, 22 grudnia 2026"
    assert day in email.body
    assert f"{warsaw:%H:%M} (Warszawa, Polska)" in email.body
    assert "I have a workshop that day." in email.body
    assert f"http://testserver/pl/mentoring/pairings/{pairing.pk}/" in email.body
    assert original != first.due_at


def test_the_mentor_moves_a_check_in_without_a_note(
    client, pair, django_capture_on_commit_callbacks
):
    pairing, mentor, mentee, first = pair
    client.force_login(mentor)
    new_day = timezone.now() + timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(move_url(pairing, first), {"due_at": f"{new_day:%Y-%m-%d}T09:00"})
    (email,) = mail.outbox
    assert email.to == [mentee.email]
    assert email.subject == "Kasia has moved your check-in"
    assert "left you this note" not in email.body
    bogota = (
        datetime.fromisoformat(f"{new_day:%Y-%m-%d}T09:00")
        .replace(tzinfo=ZoneInfo("Europe/Warsaw"))
        .astimezone(ZoneInfo("America/Bogota"))
    )
    assert f"at {bogota:%H:%M} (Bogotá" in email.body  # Kasia's 9:00 on Lucía's clock


@pytest.mark.parametrize("who", ["member", "coordinator"])
def test_nobody_else_moves_a_check_in(client, pair, coordinator, who):
    pairing, _mentor, _mentee, first = pair
    client.force_login(UserFactory() if who == "member" else coordinator)
    new_day = timezone.now() + timedelta(days=3)
    response = client.post(move_url(pairing, first), {"due_at": f"{new_day:%Y-%m-%d}T09:00"})
    assert response.status_code == 403
    assert CheckIn.objects.get(pk=first.pk).due_at == first.due_at
    assert mail.outbox == []


def test_anonymous_people_are_sent_to_sign_in(client, pair):
    pairing, _mentor, _mentee, first = pair
    response = client.post(move_url(pairing, first), {"due_at": "2030-01-01T09:00"})
    assert response["Location"].startswith("/en/accounts/login/")
    assert CheckIn.objects.get(pk=first.pk).due_at == first.due_at


def test_moving_is_get_free(client, pair):
    pairing, mentor, _mentee, first = pair
    client.force_login(mentor)
    assert client.get(move_url(pairing, first)).status_code == 405


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("2020-01-01T09:00", "Choose a time that has not passed yet."),
        ("2099-01-01T09:00", "Choose a time within the next year."),
        ("0001-01-01T00:00", "Choose a time that has not passed yet."),
        ("9999-12-31T23:59", "Choose a time within the next year."),
        ("tomorrow", "Enter a valid date/time."),
        ("", "This field is required."),
    ],
)
def test_times_out_of_range_are_sent_back_with_the_note(client, pair, value, error):
    pairing, mentor, _mentee, first = pair
    client.force_login(mentor)
    response = client.post(move_url(pairing, first), {"due_at": value, "note": "Keep me."})
    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    assert "Keep me." in html
    assert "<details open>\n                  <summary>Move this check-in" in html
    assert CheckIn.objects.get(pk=first.pk).due_at == first.due_at


def test_a_recorded_check_in_is_not_moved(pair):
    _pairing, mentor, _mentee, first = pair
    CheckIn.objects.filter(pk=first.pk).update(met_at=timezone.now())
    with pytest.raises(Refused) as refusal:
        check_ins.move(actor=mentor, check_in=first, due_at=timezone.now() + timedelta(days=1))
    assert refusal.value.code == "met"


def test_a_check_in_of_an_ended_pairing_is_not_moved(pair):
    pairing, mentor, _mentee, first = pair
    pairings.end_early(actor=mentor, pairing=pairing, reason="Moved on.")
    first.pairing.refresh_from_db()
    with pytest.raises(Refused) as refusal:
        check_ins.move(actor=mentor, check_in=first, due_at=timezone.now() + timedelta(days=1))
    assert refusal.value.code == "not_active"


def test_the_move_form_is_in_the_persons_zone_and_only_for_the_pair(client, pair, coordinator):
    pairing, _mentor, mentee, first = pair
    html = page(client, mentee, pairing)
    local = first.due_at.astimezone(ZoneInfo("America/Bogota"))
    assert (
        f'<input type="datetime-local" name="due_at" value="{local:%Y-%m-%dT%H:%M}" required '
        f'aria-describedby="move-{first.pk}-due_at_helptext" id="move-{first.pk}-due_at">'
    ) in html
    assert "In your time zone, " in html
    assert html.count("Move this check-in") == 3
    assert "Move this check-in" not in page(client, coordinator, pairing)
