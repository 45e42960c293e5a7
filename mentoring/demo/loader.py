"""Demo peer support from the TOML files in demo/data/, added when `manage.py demo` runs:
skills, programmes, people who offer support (one of them away), pairings with past and
upcoming check-ins, objectives, a request waiting for a coordinator and an offer waiting for
a decision. Idempotent: nothing is added once any programme exists."""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from academy.demo.files import read_toml
from academy.demo.loader import demo_user
from academy.demo.translated import set_translated
from academy.models import Skill
from cohorts.models import Cohort, Enrolment, EnrolmentEvent, EnrolmentStatus
from mentoring.models import (
    CheckIn,
    Feedback,
    LearningObjective,
    MentorApplication,
    MentorProfile,
    ObjectiveStatus,
    Pairing,
    PairingStatus,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services import pairings
from mentoring.services.pairings import check_in_dates

DATA = Path(__file__).parent / "data"


def load_mentoring(sender, people, log=None, **kwargs):
    """`people` maps the academy's demo person keys ("learner", "mentor", …) to users."""
    if ProgrammeTemplate.objects.exists():
        return
    now = timezone.now()
    skills = _skills()
    programmes = _programmes(read_toml(DATA / "programmes.toml"))
    data = read_toml(DATA / "people.toml")
    people = {**people, **{person["key"]: demo_user(person) for person in data["people"]}}
    approved_at = now - timedelta(days=data["approved_days_ago"])
    for spec in data["profiles"]:
        _profile(people[spec["person"]], spec, skills, approved_at)
    for spec in data["graduates"]:
        _graduate(people[spec["person"]], spec)
    for spec in read_toml(DATA / "pairings.toml")["pairings"]:
        _pairing(spec, people, programmes)
    for spec in read_toml(DATA / "objectives.toml")["objectives"]:
        _objective(spec, people[spec["person"]], now)
    _requests(read_toml(DATA / "requests.toml"), people, skills, now)
    if log is not None:
        log(
            f"Peer support: {len(skills)} skills, {len(programmes)} programmes, "
            f"{MentorProfile.objects.count()} people offering support, "
            f"{Pairing.objects.count()} pairings."
        )


def _skills():
    """The skills framework is the academy's (academy/demo/data/skills.toml), loaded first."""
    return {skill.key: skill for skill in Skill.objects.all()}


def _programmes(data):
    found = {}
    for spec in data["programmes"]:
        programme = ProgrammeTemplate(months=spec["months"], check_ins=spec["check_ins"])
        set_translated(programme, "name", spec["name"])
        programme.name = spec["name"]["en"]
        programme.save()
        found[spec["key"]] = programme
    return found


def _profile(person, spec, skills, approved_at):
    away_days = spec.get("away_days")
    away_until = (timezone.now() + timedelta(days=away_days)).date() if away_days else None
    profile, _created = MentorProfile.objects.get_or_create(
        person=person,
        defaults={
            "organisation": person.home_community,
            "approved_at": approved_at,
            "capacity": spec["capacity"],
            "introduction": spec.get("introduction", ""),
            "away_until": away_until,
        },
    )
    profile.skills.set([skills[key] for key in spec["skills"]])
    return profile


def _graduate(person, spec):
    """The person completed a cohort: learner, then graduate, then mentor."""
    cohort = Cohort.objects.filter(track__slug_en=spec["track"], slug=spec["cohort"]).first()
    if cohort is None:
        return
    enrolment = Enrolment.objects.create(
        cohort=cohort, person=person, status=EnrolmentStatus.COMPLETED
    )
    start = timezone.now() - timedelta(days=spec["enrolled_days_ago"])
    EnrolmentEvent.objects.create(
        enrolment=enrolment, new_status=EnrolmentStatus.ENROLLED, created_at=start
    )
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        old_status=EnrolmentStatus.ENROLLED,
        new_status=EnrolmentStatus.COMPLETED,
        created_at=start + timedelta(days=spec["completed_after_days"]),
    )
    MentorProfile.objects.filter(person=person).update(
        approved_at=start + timedelta(days=spec["approved_after_days"])
    )


def _pairing(spec, people, programmes):
    mentor, mentee = people[spec["mentor"]], people[spec["mentee"]]
    programme = programmes[spec["programme"]]
    status = PairingStatus(spec["status"])
    if status == PairingStatus.PROPOSED:
        pairings.propose(
            actor=people[spec["proposed_by"]],
            mentor=mentor,
            mentee=mentee,
            programme=programme,
            message=spec.get("message", ""),
        )
        return
    if status not in (PairingStatus.ACTIVE, PairingStatus.COMPLETED):
        raise ValueError(f"The demo makes proposed, active or completed pairings, not {status}.")
    pairing = _active(mentor, mentee, programme, spec["started_days_ago"])
    for meeting in spec.get("meetings", []):
        _meet(pairing, meeting)
    if spec.get("starred"):
        pairings.set_star(actor=mentor, pairing=pairing, starred=True)
    if status == PairingStatus.COMPLETED:
        _complete(pairing, spec["ended_days_ago"])


def _active(mentor, mentee, programme, days_ago):
    """A pairing accepted `days_ago`, its check-ins scheduled from that day."""
    pairing = pairings.propose(actor=mentee, mentor=mentor, mentee=mentee, programme=programme)
    pairings.accept(actor=mentor, pairing=pairing)
    start = timezone.now() - timedelta(days=days_ago)
    Pairing.objects.filter(pk=pairing.pk).update(started_at=start, created_at=start)
    pairing.events.update(created_at=start)
    pairing.check_ins.all().delete()
    for due_at in check_in_dates(start, programme.months, programme.check_ins, mentee.time_zone):
        CheckIn.objects.create(pairing=pairing, due_at=due_at)
    pairing.refresh_from_db()
    return pairing


def _meet(pairing, meeting):
    """One check-in took place, with notes and feedback from each side."""
    check_in = pairing.check_ins.all()[meeting["check_in"]]
    check_in.met_at = check_in.due_at - timedelta(days=meeting["met_days_before_due"])
    check_in.notes = meeting["notes"]
    check_in.save()
    sides = {"mentee": pairing.mentee, "mentor": pairing.mentor}
    for feedback in meeting["feedback"]:
        Feedback.objects.create(
            check_in=check_in,
            author=sides[feedback["author"]],
            rating=feedback["rating"],
            working_well=feedback["working_well"],
            could_change=feedback["could_change"],
        )


def _complete(pairing, ended_days_ago):
    """Every check-in met on its due date, then completed `ended_days_ago`."""
    for check_in in pairing.check_ins.all():
        check_in.met_at = check_in.due_at
        check_in.save(update_fields=["met_at"])
    pairings.complete(actor=pairing.mentee, pairing=pairing)
    ended = timezone.now() - timedelta(days=ended_days_ago)
    Pairing.objects.filter(pk=pairing.pk).update(ended_at=ended)
    pairing.events.filter(new_status=PairingStatus.COMPLETED).update(created_at=ended)


def _objective(spec, person, now):
    """Supported by the mentor of the person's active pairing, if they have one."""
    supporter = (
        Pairing.objects.filter(mentee=person, status=PairingStatus.ACTIVE).values_list(
            "mentor", flat=True
        )
    ).first()
    target_days, closed_days_ago = spec.get("target_days"), spec.get("closed_days_ago")
    LearningObjective.objects.create(
        person=person,
        statement=spec["statement"],
        why=spec["why"],
        evidence=spec["evidence"],
        target_date=(now + timedelta(days=target_days)).date() if target_days else None,
        supporter_id=supporter,
        status=ObjectiveStatus(spec["status"]),
        reflection=spec.get("reflection", ""),
        created_at=now - timedelta(days=spec["created_days_ago"]),
        closed_at=now - timedelta(days=closed_days_ago) if closed_days_ago else None,
    )


def _requests(data, people, skills, now):
    for spec in data["support_requests"]:
        request = SupportRequest.objects.create(
            person=people[spec["person"]],
            languages=spec["languages"],
            note=spec["note"],
            created_at=now - timedelta(days=spec["created_days_ago"]),
        )
        request.skills.set([skills[key] for key in spec["skills"]])
    for spec in data["mentor_applications"]:
        offer = MentorApplication.objects.create(
            person=people[spec["person"]],
            motivation=spec["motivation"],
            organisation=spec["organisation"],
        )
        offer.skills.set([skills[key] for key in spec["skills"]])
