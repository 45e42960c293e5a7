"""Demo cohorts, session rules, enrolments and seats from demo/data/cohorts.toml, and a
cohort that has finished, with its people, sessions and attendance, from
demo/data/past_cohort.toml; added when `manage.py demo` runs. Idempotent: the cohorts of
cohorts.toml are added while no cohort exists, the past cohort while it does not exist."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import timezone

from academy.demo.files import read_toml
from academy.demo.translated import set_translated
from academy.growth.demo import load_assessments
from academy.models import (
    AddressForm,
    Role,
    SessionFormat,
    TrackPage,
    User,
    WorkshopPage,
    WorkshopSession,
)
from academy.pages.publishing import assign_author
from academy.timezones import get_zone
from cohorts.models import (
    ApplicationQuestion,
    Attendance,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
    SelectionMode,
    SessionAccess,
)
from cohorts.services import seats

DATA = Path(__file__).parent / "data"
PEOPLE_DOMAIN = "people.demo.peer-academy.org"  # the past cohort's participants, no sign-in
CHECKED_IN_AFTER = {Attendance.PRESENT: timedelta(0), Attendance.LATE: timedelta(minutes=12)}


def load_cohorts(sender, people, log=None, **kwargs):
    """`people` maps the demo's person keys ("learner", "mentor", …) to users."""
    if not Cohort.objects.exists():
        _current(people)
    _past(read_toml(DATA / "past_cohort.toml"), people, log)


def _current(people):
    data = read_toml(DATA / "cohorts.toml")
    cohorts = {spec["key"]: _cohort(spec, data) for spec in data["cohorts"]}
    for cohort in cohorts.values():
        cohort.coordinators.add(*(people[key] for key in data["coordinators"]))
    owners = [cohorts[spec["key"]] for spec in data["cohorts"] if spec.get("owns_track_sessions")]
    _open_sessions(owners, people[data["sessions"]["facilitator"]])
    days = data["learning_days"]
    _learning_days(days, cohorts[days["cohort"]], people)
    for spec in data["enrolments"]:
        _enrol(spec, cohorts[spec["cohort"]], people[spec["person"]])
    _register(data["registrations"], people)
    for spec in data["authors"]:
        for slug in spec["tracks"]:
            assign_author(
                coordinator=people[spec["assigned_by"]],
                person=people[spec["person"]],
                track=TrackPage.objects.get(slug_en=slug),
            )


def _cohort(spec, data):
    now = timezone.now()
    calendar = data["calendar"]
    cohort = Cohort(
        track=TrackPage.objects.get(slug_en=spec["track"]),
        slug=spec["slug"],
        language=spec["language"],
        format=SessionFormat(spec["format"]),
        capacity=spec["capacity"],
        selection_mode=SelectionMode(spec.get("selection_mode", SelectionMode.OPEN)),
        start_date=(now + timedelta(days=calendar["starts_in_days"])).date(),
        end_date=(now + timedelta(days=calendar["ends_in_days"])).date(),
        enrolment_opens=now - timedelta(days=calendar["enrolment_opened_days_ago"]),
        enrolment_closes=now + timedelta(days=calendar["enrolment_closes_in_days"]),
    )
    set_translated(cohort, "name", data["names"][spec["name"]])
    cohort.save()
    if "question" in spec:
        question = ApplicationQuestion(cohort=cohort, position=1)
        set_translated(question, "text", spec["question"])
        question.save()
    return cohort


def _open_sessions(owners, facilitator):
    """Every demo session is open to members; a cohort that owns its track's sessions holds them."""
    for session in WorkshopSession.objects.select_related("workshop"):
        access, _created = SessionAccess.objects.get_or_create(session=session)
        access.open_to_members = True
        access.cohort = next(
            (c for c in owners if session.workshop.path.startswith(c.track.path)), None
        )
        access.save()
        access.facilitators.add(facilitator)


def _learning_days(spec, cohort, people):
    """The next few sessions of the cohort's track are its own; day one only for experienced
    people in one role."""
    experienced, _created = Group.objects.get_or_create(name=spec["experienced_group"])
    experienced.user_set.add(*(people[key] for key in spec["experienced"]))
    Role.objects.filter(key=spec["restricted_role"]).update(holders=experienced)
    day_sessions = list(
        WorkshopSession.objects.filter(
            workshop__path__startswith=cohort.track.path, start__gte=timezone.now()
        ).order_by("start")[: spec["sessions"]]
    )
    if len(day_sessions) < spec["sessions"]:
        return
    accesses = [SessionAccess.objects.get(session=session) for session in day_sessions]
    for access in accesses:
        access.cohort, access.open_to_members = cohort, False
    accesses[0].restricted_role = Role.objects.get(key=spec["restricted_role"])
    for access in accesses:
        access.save()


def _enrol(spec, cohort, person):
    answers = {}
    if "answer" in spec:  # the application answers the cohort's one question
        answers[str(ApplicationQuestion.objects.get(cohort=cohort).pk)] = spec["answer"]
    Enrolment.objects.create(
        cohort=cohort, person=person, status=EnrolmentStatus(spec["status"]), answers=answers
    )


def _register(spec, people):
    upcoming = WorkshopSession.objects.filter(start__gte=timezone.now(), cancelled=False).order_by(
        "start"
    )
    for session in upcoming[: spec["next_sessions"]]:
        seats.register(people[spec["person"]], session, check=False)
    smallest = upcoming.order_by("capacity", "start").first()
    if smallest is not None:
        for key in spec["smallest_session"]:
            seats.register(people[key], smallest, check=False)


def _past(data, people, log):
    track = TrackPage.objects.get(slug_en=data["track"])
    if Cohort.objects.filter(track=track, slug=data["slug"]).exists():
        return
    today = timezone.localdate()
    now = timezone.now()
    cohort = Cohort(
        track=track,
        slug=data["slug"],
        language=data["language"],
        format=SessionFormat(data["format"]),
        capacity=data["capacity"],
        completion_min_sessions=data["completion_min_sessions"],
        start_date=today - timedelta(days=data["started_days_ago"]),
        end_date=today - timedelta(days=data["ended_days_ago"]),
        enrolment_opens=now - timedelta(days=data["enrolment_opened_days_ago"]),
        enrolment_closes=now - timedelta(days=data["enrolment_closed_days_ago"]),
    )
    set_translated(cohort, "name", data["name"])
    cohort.save()
    cohort.coordinators.add(*(people[key] for key in data["coordinators"]))
    participants = _participants(data["participants"])
    sessions = [
        _past_session(spec, cohort, people[data["facilitator"]]) for spec in data["sessions"]
    ]
    _past_enrolments(data["participants"], participants, cohort)
    _attendance(data["participants"], participants, sessions)
    added = load_assessments(data["assessments"], participants)
    if log is not None:
        completed = cohort.enrolments.filter(status=EnrolmentStatus.COMPLETED).count()
        log(
            f"Past cohort: {len(participants)} people, {len(sessions)} sessions, "
            f"{completed} completed, {added} self-assessments."
        )


def _participants(specs):
    """{key: user}: accounts that hold data for the report but cannot sign in."""
    emails = {spec["key"]: f"{spec['key']}@{PEOPLE_DOMAIN}" for spec in specs}
    existing = set(User.objects.filter(email__in=emails.values()).values_list("email", flat=True))
    new = []
    for spec in specs:
        if emails[spec["key"]] in existing:
            continue
        user = User(
            username=spec["key"],
            email=emails[spec["key"]],
            display_name=spec["display_name"],
            preferred_language=spec["preferred_language"],
            time_zone=spec["time_zone"],
            address_form=AddressForm(spec["address_form"]),
            spoken_languages=spec["spoken_languages"],
            home_community=spec["home_community"],
        )
        user.set_unusable_password()
        new.append(user)
    User.objects.bulk_create(new)
    by_email = {user.email: user for user in User.objects.filter(email__in=emails.values())}
    return {key: by_email[email] for key, email in emails.items()}


def _past_session(spec, cohort, facilitator):
    """One of the cohort's sessions, held `days_ago`; only its people could register."""
    day = timezone.localdate() - timedelta(days=spec["days_ago"])
    hours, minutes = (int(part) for part in spec["local_time"].split(":"))
    start = datetime.combine(day, time(hours, minutes), tzinfo=get_zone(spec["time_zone"]))
    session = WorkshopSession.objects.create(
        workshop=WorkshopPage.objects.child_of(cohort.track).get(slug_en=spec["workshop"]),
        start=start.astimezone(UTC),
        duration_minutes=spec["duration_minutes"],
        time_zone=spec["time_zone"],
        format=SessionFormat(cohort.format),
        online_url=spec["online_url"],
        language=cohort.language,
        capacity=cohort.capacity,
    )
    access = SessionAccess.objects.create(session=session, cohort=cohort)
    access.facilitators.add(facilitator)
    return session


def _past_enrolments(specs, participants, cohort):
    """Enrolled as enrolment opened; completed as the cohort ended, or withdrawn two weeks
    in, after the first session."""
    opened = cohort.enrolment_opens
    changed_at = {
        EnrolmentStatus.COMPLETED: datetime.combine(cohort.end_date, time(18), tzinfo=UTC),
        EnrolmentStatus.WITHDRAWN: datetime.combine(
            cohort.start_date + timedelta(days=14), time(9), tzinfo=UTC
        ),
    }
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            cohort=cohort,
            person=participants[spec["key"]],
            status=EnrolmentStatus(spec["status"]),
            created_at=opened + timedelta(hours=7 * index),
        )
        for index, spec in enumerate(specs)
    )
    events = []
    for enrolment in enrolments:
        events.append(
            EnrolmentEvent(
                enrolment=enrolment,
                new_status=EnrolmentStatus.ENROLLED,
                created_at=enrolment.created_at,
            )
        )
        if enrolment.status in changed_at:
            events.append(
                EnrolmentEvent(
                    enrolment=enrolment,
                    old_status=EnrolmentStatus.ENROLLED,
                    new_status=enrolment.status,
                    created_at=changed_at[enrolment.status],
                )
            )
    EnrolmentEvent.objects.bulk_create(events)


def _attendance(specs, participants, sessions):
    """Everyone registered for every session; a withdrawn person came to the first only."""
    registrations = []
    for spec in specs:
        taken = len(sessions) if spec["status"] != EnrolmentStatus.WITHDRAWN else 1
        for number, session in enumerate(sessions[:taken], start=1):
            attendance = Attendance.PRESENT
            if number in spec.get("late", []):
                attendance = Attendance.LATE
            if number in spec.get("absent", []):
                attendance = Attendance.ABSENT
            after = CHECKED_IN_AFTER.get(attendance)
            registrations.append(
                Registration(
                    session=session,
                    person=participants[spec["key"]],
                    status=RegistrationStatus.REGISTERED,
                    created_at=session.start - timedelta(days=10),
                    attendance=attendance,
                    checked_in_at=None if after is None else session.start + after,
                )
            )
    Registration.objects.bulk_create(registrations)
    for session in sessions:
        session.seats_taken = session.registrations.count()
        session.save(update_fields=["seats_taken"])
