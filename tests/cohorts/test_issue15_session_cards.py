"""Issue 15, items 5 and 11: session cards say who may register and why not, show the
seats left, offer Register only when it can succeed, open the check-in box shortly
before the session, and show the meeting link to registered people only."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone

from academy.errors import Refused
from academy.models import Role
from cohorts.models import Registration
from cohorts.services import attendance
from cohorts.services.seats import check_may_register
from cohorts.services.session_cards import session_cards
from tests.factories import SessionFactory, UserFactory
from tests.factories.cohorts import (
    CohortFactory,
    EnrolmentFactory,
    RegistrationFactory,
    SessionAccessFactory,
)

pytestmark = pytest.mark.django_db

WORKSHOP_URL = "/en/peer-learning/great-workshops/feedback/"
MEETING = "https://meet.example.org/secret-room-42"


def page_for(client, person):
    if person is not None:
        client.force_login(person)
    return client.get(WORKSHOP_URL).content.decode()


def register_form(session):
    return f'action="/en/sessions/{session.pk}/register/"'


@pytest.fixture
def learning_days(track):
    return CohortFactory(track=track, name="Learning Days")


@pytest.fixture
def cohort_only(workshop, learning_days):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=3))
    SessionAccessFactory(session=session, cohort=learning_days)
    return session


@pytest.fixture
def mentor_role():
    experienced = Group.objects.create(name="Experienced")
    role = Role.objects.get(key="mentor")
    role.holders = experienced
    role.save()
    return role


@pytest.fixture
def role_only(workshop, mentor_role):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=3))
    SessionAccessFactory(session=session, restricted_role=mentor_role)
    return session


# Who may register, and why not


def test_cohort_only_session_without_a_place(client, user, cohort_only, learning_days):
    page = page_for(client, user)
    assert register_form(cohort_only) not in page
    assert (
        "For the people enrolled in the "
        f'<a href="/en/cohorts/{learning_days.pk}/"><bdi>Learning Days</bdi></a> cohort.'
    ) in page
    assert "session-rules__rule--unmet" in page


def test_cohort_only_session_with_a_place(client, user, cohort_only, learning_days):
    EnrolmentFactory(cohort=learning_days, person=user)
    page = page_for(client, user)
    assert register_form(cohort_only) in page
    assert "session-rules__rule--unmet" not in page
    assert f'<a href="/en/cohorts/{learning_days.pk}/"><bdi>Learning Days</bdi></a>' in page


def test_applicant_of_the_cohort_may_not_register(client, user, cohort_only, learning_days):
    EnrolmentFactory(cohort=learning_days, person=user, status="applied")
    assert register_form(cohort_only) not in page_for(client, user)


def test_cohort_session_open_to_members_has_no_cohort_rule(client, user, cohort_only):
    cohort_only.access.open_to_members = True
    cohort_only.access.save()
    page = page_for(client, user)
    assert register_form(cohort_only) in page
    assert "For the people enrolled in the" not in page


def test_role_only_session_without_the_role(client, user, role_only):
    page = page_for(client, user)
    assert register_form(role_only) not in page
    assert "For people in the mentor role." in page


def test_role_only_session_with_the_role(client, user, role_only, mentor_role):
    user.groups.add(mentor_role.holders)
    page = page_for(client, user)
    assert register_form(role_only) in page
    assert "For people in the mentor role." in page
    assert "session-rules__rule--unmet" not in page


def test_role_nobody_holds_refuses_everyone(client, user, role_only, mentor_role):
    mentor_role.holders = None
    mentor_role.save()
    assert register_form(role_only) not in page_for(client, user)


@pytest.mark.parametrize(
    ("closes_in", "sentence"),
    [
        (timedelta(days=2, hours=5), "Registration closes in 2 days."),
        (timedelta(days=1, minutes=5), "Registration closes in 1 day."),
        (timedelta(hours=5, minutes=10), "Registration closes in 5 hours."),
        (timedelta(minutes=70), "Registration closes in 1 hour."),
        (timedelta(minutes=20), "Registration closes within the hour."),
    ],
)
def test_registration_deadline_is_shown(client, user, workshop, closes_in, sentence):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=5))
    SessionAccessFactory(session=session, registration_closes_at=timezone.now() + closes_in)
    page = page_for(client, user)
    assert sentence in page
    assert register_form(session) in page


def test_closed_registration_offers_no_register(client, user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=1))
    SessionAccessFactory(
        session=session, registration_closes_at=timezone.now() - timedelta(minutes=5)
    )
    page = page_for(client, user)
    assert "Registration closed." in page
    assert register_form(session) not in page


def test_running_session_is_closed_for_registration(client, user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(minutes=10))
    page = page_for(client, user)
    assert "Registration closed." in page
    assert register_form(session) not in page


def test_plain_session_has_no_rules(client, user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(days=1))
    page = page_for(client, user)
    assert register_form(session) in page
    assert 'class="session-rules"' not in page


def test_card_rules_agree_with_the_service(user, cohort_only, role_only):
    cards = session_cards(user, [cohort_only, role_only])
    for session, code in ((cohort_only, "not_enrolled"), (role_only, "role_only")):
        assert cards[session.pk].refused_because == code
        with pytest.raises(Refused) as refused:
            check_may_register(user, session)
        assert refused.value.code == code


# Seats left, not total seats


def test_card_shows_seats_left(client, workshop):
    session = SessionFactory(workshop=workshop, capacity=3, start=timezone.now() + timedelta(1))
    RegistrationFactory(session=session)
    session.seats_taken = 1
    session.save(update_fields=["seats_taken"])
    page = client.get(WORKSHOP_URL).content.decode()
    assert "2 seats left" in page
    assert "3 seats" not in page


def test_card_shows_one_seat_left(client, workshop):
    session = SessionFactory(workshop=workshop, capacity=3, start=timezone.now() + timedelta(1))
    session.seats_taken = 2
    session.save(update_fields=["seats_taken"])
    assert "1 seat left" in client.get(WORKSHOP_URL).content.decode()


def test_full_session_offers_the_waiting_list(client, user, workshop):
    session = SessionFactory(workshop=workshop, capacity=1, start=timezone.now() + timedelta(1))
    session.seats_taken = 1
    session.save(update_fields=["seats_taken"])
    page = page_for(client, user)
    assert "No seats left" in page
    assert "Join the waiting list" in page


# Self check-in opens shortly before the session


@pytest.mark.parametrize(
    ("starts_in", "box"),
    [
        (timedelta(days=2), False),
        (attendance.CHECK_IN_OPENS_BEFORE + timedelta(minutes=1), False),
        (attendance.CHECK_IN_OPENS_BEFORE - timedelta(minutes=1), True),
        (-timedelta(minutes=30), True),
    ],
)
def test_check_in_box_only_around_the_session(client, user, workshop, starts_in, box):
    session = SessionFactory(workshop=workshop, start=timezone.now() + starts_in)
    SessionAccessFactory(session=session)
    RegistrationFactory(session=session, person=user)
    page = page_for(client, user)
    assert (f'action="/en/sessions/{session.pk}/check-in/"' in page) is box


def test_check_in_box_not_for_waitlisted(client, user, workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(minutes=5))
    RegistrationFactory(session=session, person=user, waitlisted=True)
    assert f'action="/en/sessions/{session.pk}/check-in/"' not in page_for(client, user)


def test_check_in_window_matches_the_service(workshop):
    session = SessionFactory(workshop=workshop, start=timezone.now(), duration_minutes=60)
    opens = session.start - attendance.CHECK_IN_OPENS_BEFORE
    assert attendance.check_in_is_open(session, opens - timedelta(seconds=1)) is False
    assert attendance.check_in_is_open(session, opens) is True
    assert attendance.check_in_is_open(session, session.end) is True
    assert attendance.check_in_is_open(session, session.end + timedelta(seconds=1)) is False


# The meeting link


@pytest.fixture
def online(workshop):
    return SessionFactory(
        workshop=workshop, online_url=MEETING, start=timezone.now() + timedelta(days=1)
    )


@pytest.mark.parametrize(
    ("who", "sees_link"),
    [("registered", True), ("waitlisted", False), ("member", False), ("anonymous", False)],
)
def test_meeting_link_only_for_registered_people(client, online, who, sees_link):
    person = None if who == "anonymous" else UserFactory()
    if who == "registered":
        RegistrationFactory(session=online, person=person)
    elif who == "waitlisted":
        RegistrationFactory(session=online, person=person, waitlisted=True)
    page = page_for(client, person)
    assert (f'href="{MEETING}"' in page) is sees_link
    assert (MEETING in page) is sees_link


def test_cancelled_registration_hides_the_link(client, user, online):
    RegistrationFactory(session=online, person=user, status="cancelled")
    assert MEETING not in page_for(client, user)


def cached_pages():
    """The pages in the whole-page cache (the test cache is local memory)."""
    keys = [key.split(":", 2)[2] for key in cache._cache if ":academy:page:" in key]
    return [cache.get(key)[0].decode() for key in keys]


def test_meeting_link_never_reaches_the_anonymous_page_cache(client, user, online):
    RegistrationFactory(session=online, person=user)
    assert MEETING in page_for(client, user)
    assert cached_pages() == []  # a signed-in page is never stored
    client.logout()
    client.cookies.clear()
    first = client.get(WORKSHOP_URL).content.decode()
    second = client.get(WORKSHOP_URL).content.decode()
    assert first == second
    assert MEETING not in first
    pages = cached_pages()
    assert len(pages) == 1
    assert "Sign in to register" in pages[0]
    assert MEETING not in pages[0]


# One query for the whole page


@pytest.mark.parametrize("item_count", [1, 10])
def test_session_cards_cost_two_queries(workshop, track, item_count, django_assert_num_queries):
    person = UserFactory()
    sessions = []
    for index in range(item_count):
        cohort = CohortFactory(track=track)
        EnrolmentFactory(cohort=cohort, person=person)
        session = SessionFactory(workshop=workshop, start=timezone.now() + timedelta(hours=index))
        SessionAccessFactory(session=session, cohort=cohort).facilitators.add(person)
        RegistrationFactory(session=session, person=person)
        sessions.append(session)
    # The sessions with their facts; the person's groups, and whether they hold any role
    # (in a request both come with their cached account)
    with django_assert_num_queries(3):
        cards = session_cards(person, sessions)
    assert [cards[s.pk].status for s in sessions] == ["registered"] * item_count
    assert [cards[s.pk].may_take_attendance for s in sessions] == [True] * item_count
    assert Registration.objects.filter(person=person).count() == item_count
