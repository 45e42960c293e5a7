"""Seats: registering, the waiting list, cancelling and promotion."""

from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import IntegrityError

from academy.errors import Refused
from academy.models import WorkshopSession
from cohorts.models import Registration
from cohorts.services import seats
from tests.factories import UserFactory


def seat_state(session):
    session.refresh_from_db()
    registered = list(
        Registration.objects.filter(session=session, status="registered")
        .order_by("pk")
        .values_list("person", flat=True)
    )
    waiting = list(
        Registration.objects.filter(session=session, status="waitlisted")
        .order_by("waitlisted_at", "pk")
        .values_list("person", flat=True)
    )
    return session.seats_taken, registered, waiting


@pytest.mark.django_db
def test_seats_then_waiting_list_in_order(small_session):
    people = [UserFactory() for _ in range(5)]
    statuses = [seats.register(person, small_session).status for person in people]
    assert statuses == ["registered"] * 3 + ["waitlisted"] * 2
    assert seat_state(small_session) == (3, [p.pk for p in people[:3]], [p.pk for p in people[3:]])
    assert [seats.waitlist_position(Registration.objects.get(person=p)) for p in people[3:]] == [
        1,
        2,
    ]


@pytest.mark.django_db
def test_cancelling_promotes_the_first_waiting(small_session, django_capture_on_commit_callbacks):
    people = [UserFactory() for _ in range(5)]
    for person in people:
        seats.register(person, small_session)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = seats.cancel(people[1], small_session)
    assert [r.person_id for r in promoted] == [people[3].pk]
    assert seat_state(small_session) == (
        3,
        [people[0].pk, people[2].pk, people[3].pk],
        [people[4].pk],
    )
    assert mail.outbox[-1].to == [people[3].email]
    assert mail.outbox[-1].subject.startswith("A seat freed up")
    assert mail.outbox[-1].attachments[0][0] == "session.ics"


@pytest.mark.django_db
def test_cancelling_frees_the_seat_at_once(small_session):
    person = UserFactory()
    seats.register(person, small_session)
    seats.cancel(person, small_session)
    assert seat_state(small_session) == (0, [], [])


@pytest.mark.django_db
def test_registering_twice_keeps_one_registration(small_session):
    person = UserFactory()
    first = seats.register(person, small_session)
    second = seats.register(person, small_session)
    assert first.pk == second.pk
    assert seat_state(small_session)[0] == 1


@pytest.mark.django_db
def test_database_refuses_duplicate_registration(small_session):
    person = UserFactory()
    seats.register(person, small_session)
    with pytest.raises(IntegrityError):
        Registration.objects.create(session=small_session, person=person, status="registered")


@pytest.mark.django_db
def test_database_refuses_overselling(small_session):
    with pytest.raises(IntegrityError):
        WorkshopSession.objects.filter(pk=small_session.pk).update(seats_taken=4)


@pytest.mark.django_db
def test_confirmation_email_has_calendar(small_session, django_capture_on_commit_callbacks):
    person = UserFactory(time_zone="Asia/Kolkata")
    with django_capture_on_commit_callbacks(execute=True):
        seats.register(person, small_session)
    message = mail.outbox[0]
    assert message.subject == "Your seat at “Giving feedback that helps” is confirmed"
    local = small_session.start.astimezone(ZoneInfo("Asia/Kolkata"))
    assert f"at {local:%H:%M} (Asia/Kolkata)" in message.body
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("session.ics", "text/calendar")
    assert "BEGIN:VEVENT" in content
    assert f"UID:session-{small_session.pk}@testserver" in content


@pytest.mark.django_db
def test_closed_or_cancelled_sessions_refuse(small_session):

    small_session.cancelled = True
    small_session.save()
    with pytest.raises(Refused, match="cancelled"):
        seats.register(UserFactory(), small_session)
