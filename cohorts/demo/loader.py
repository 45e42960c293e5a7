"""Demo cohorts, session rules, enrolments and seats from demo/data/cohorts.toml, added when
`manage.py demo` runs. Idempotent: nothing is added once any cohort exists."""

from datetime import timedelta
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import timezone

from academy.demo.files import read_toml
from academy.demo.translated import set_translated
from academy.models import Role, SessionFormat, TrackPage, WorkshopSession
from academy.pages.publishing import assign_author
from cohorts.models import (
    ApplicationQuestion,
    Cohort,
    Enrolment,
    EnrolmentStatus,
    SelectionMode,
    SessionAccess,
)
from cohorts.services import seats

DATA = Path(__file__).parent / "data"


def load_cohorts(sender, people, **kwargs):
    """`people` maps the demo's person keys ("learner", "mentor", …) to users."""
    if Cohort.objects.exists():
        return
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
