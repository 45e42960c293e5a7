"""What one signed-in person can do with each session on a page, worked out before the
click: whether they may register (and why not), whether check-in is open, whether they
see the meeting link and the roster.

The rules are the ones the services apply (seats.registration_refusal,
attendance.check_in_is_open); here they are fed by one query for the whole page, which
annotates each session with the facts about the person that the rules ask for."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Exists, F, OuterRef, Subquery, Value
from django.utils import timezone

from academy.accounts.models import User
from academy.accounts.rules import is_coordinator
from academy.accounts.versions import roles
from academy.errors import Refused
from academy.models import WorkshopSession
from cohorts.models import (
    HOLDS_PLACE,
    Cohort,
    Enrolment,
    Registration,
    RegistrationStatus,
    SessionAccess,
)
from cohorts.services.attendance import check_in_is_open
from cohorts.services.seats import registration_closes_at, registration_refusal


@dataclass(frozen=True)
class SessionCard:
    status: str  # the person's registration: "registered", "waitlisted" or ""
    refusal: Refused | None  # why registering would be refused, if it would
    access: SessionAccess | None
    closes_at: datetime | None  # the session's own registration deadline, if it has one
    now: datetime
    check_in_open: bool
    may_take_attendance: bool

    @property
    def may_register(self):
        return not self.status and self.refusal is None

    @property
    def refused_because(self):
        return self.refusal.code if self.refusal is not None else ""

    @property
    def registered(self):
        return self.status == RegistrationStatus.REGISTERED

    @property
    def cohort_rule(self):
        """The cohort the session is for, when only its members may register."""
        access = self.access
        if access is None or not access.cohort_id or access.open_to_members:
            return None
        return access.cohort

    @property
    def role_rule(self):
        return self.access.restricted_role if self.access is not None else None

    @property
    def shows_rules(self):
        """The rules are shown to people who have not registered, when there are any."""
        return not self.status and bool(
            self.cohort_rule or self.role_rule or self.closes_at or self.refused_because == "closed"
        )

    def _left(self):
        if self.closes_at is None or self.closes_at <= self.now:
            return None
        return self.closes_at - self.now

    @property
    def closes_in_days(self):
        left = self._left()
        return left.days if left is not None and left >= timedelta(days=1) else 0

    @property
    def closes_in_hours(self):
        left = self._left()
        if left is None or left >= timedelta(days=1):
            return 0
        return left.seconds // 3600

    @property
    def closes_within_the_hour(self):
        left = self._left()
        return left is not None and left < timedelta(hours=1)


def _annotated(person, session_ids):
    """The sessions with the person's registration and the facts the rules ask for.
    Whether they hold the session's role, facilitate it or run its cohort is asked only
    of people who hold some role (a fact kept with their cached account): for everyone
    else each is False, and the query is the simpler for it."""
    if roles.holds_role(person):
        role_facts = {
            "holds_role": Exists(
                User.groups.through.objects.filter(
                    user_id=person.pk, group_id=OuterRef("access__restricted_role__holders")
                )
            ),
            "facilitates": Exists(
                SessionAccess.facilitators.through.objects.filter(
                    sessionaccess_id=OuterRef("access__pk"), user_id=person.pk
                )
            ),
            "runs_cohort": Exists(
                Cohort.coordinators.through.objects.filter(
                    cohort_id=OuterRef("access__cohort"), user_id=person.pk
                )
            ),
        }
    else:
        role_facts = dict.fromkeys(("holds_role", "facilitates", "runs_cohort"), Value(False))
    return (
        WorkshopSession.objects.filter(pk__in=session_ids)
        .select_related("access__cohort", "access__restricted_role")
        .annotate(
            workshop_owner_id=F("workshop__owner_id"),
            my_status=Subquery(
                Registration.objects.filter(session=OuterRef("pk"), person=person)
                .exclude(status=RegistrationStatus.CANCELLED)
                .values("status")[:1]
            ),
            enrolled=Exists(
                Enrolment.objects.filter(
                    cohort=OuterRef("access__cohort"), person=person, status__in=HOLDS_PLACE
                )
            ),
            **role_facts,
        )
    )


def session_cards(person, sessions, now=None):
    """{session id: SessionCard} for a signed-in person, in two queries whatever the
    number of sessions (the sessions, and whether the person is a coordinator)."""
    if not person.is_authenticated or not sessions:
        return {}
    now = now or timezone.now()
    coordinator = is_coordinator(person)
    cards = {}
    for session in _annotated(person, [session.pk for session in sessions]):
        access = getattr(session, "access", None)
        refusal = registration_refusal(
            session,
            access,
            now,
            enrolled=lambda s=session: s.enrolled,
            holds_role=lambda s=session: s.holds_role,
        )
        closes_at = registration_closes_at(session, access)
        cards[session.pk] = SessionCard(
            status=session.my_status or "",
            refusal=refusal,
            access=access,
            closes_at=closes_at if closes_at != session.start else None,
            now=now,
            check_in_open=check_in_is_open(session, now),
            # The people cohorts.permissions.can_take_attendance lets into the roster.
            may_take_attendance=coordinator
            or session.workshop_owner_id == person.pk
            or session.facilitates
            or (access is not None and access.cohort_id is not None and session.runs_cohort),
        )
    return cards
