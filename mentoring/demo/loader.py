"""Demo peer support, added when `manage.py demo` runs: skills, programmes, people who
offer support (one of them away), pairings with past and upcoming check-ins, objectives,
a request waiting for a coordinator and an offer waiting for a decision. Idempotent."""

from datetime import timedelta

from django.utils import timezone

from academy.demo.loader import demo_user
from academy.demo.translated import set_translated
from academy.models import Skill
from cohorts.models import Cohort, Enrolment, EnrolmentEvent
from mentoring.demo import content
from mentoring.models import (
    CheckIn,
    Feedback,
    LearningObjective,
    MentorApplication,
    MentorProfile,
    Pairing,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services import pairings
from mentoring.services.pairings import check_in_dates


def load_mentoring(sender, people, log=None, **kwargs):
    if ProgrammeTemplate.objects.exists():
        return
    now = timezone.now()
    skills = _skills()
    programmes = _programmes()
    people = {**people, **{data["key"]: demo_user(data) for data in content.PEOPLE}}
    _profile(people["mentor"], ["facilitation", "newcomers", "events"], skills, capacity=3)
    for data in content.PEOPLE:
        if "profile" in data:
            profile = dict(data["profile"])
            away = profile.pop("away_days", None)
            _profile(
                people[data["key"]],
                profile.pop("skills"),
                skills,
                away_until=(now + timedelta(days=away)).date() if away else None,
                **profile,
            )
    _graduate(people["kasia"], days_ago=400)

    lucia = _active(people["mentor"], people["learner"], programmes["nine-months"], 100)
    _meet(lucia, 0, "Hablamos de la maratón y de cómo invitar a la biblioteca.", people)
    quiet = _active(people["kasia"], people["tomasz"], programmes["quarterly"], 130)
    starred = _active(people["anna"], people["translator_pl"], programmes["nine-months"], 20)
    Pairing.objects.filter(pk=starred.pk).update(starred=True)
    _completed(people["mateo"], people["learner"], programmes["sprint"], 400, 300)
    pairings.propose(
        actor=people["translator_ar"],
        mentor=people["mentor"],
        mentee=people["translator_ar"],
        programme=programmes["sprint"],
        message="أودّ أن أتعلم كيف أرحّب بالمحررين الجدد في ويكيبيديا العربية.",
    )
    _objectives(people, now)
    LearningObjective.objects.filter(person=people["tomasz"]).update(
        created_at=quiet.started_at + timedelta(days=5)
    )

    waiting = SupportRequest.objects.create(
        person=people["translator_de"],
        languages=["de", "en"],
        note="Am liebsten abends, nach der Arbeit.",
        created_at=now - timedelta(days=6),
    )
    waiting.skills.set([skills["conflict"]])
    offer = MentorApplication.objects.create(
        person=people["translator_pl"],
        motivation="Znam Wikidane od lat i chętnie nauczę zapytań osoby z dłuższym stażem.",
        organisation="Wikimedia Polska",
    )
    offer.skills.set([skills["wikidata"]])
    if log is not None:
        log(
            f"Peer support: {len(skills)} skills, {len(programmes)} programmes, "
            f"{MentorProfile.objects.count()} people offering support, "
            f"{Pairing.objects.count()} pairings."
        )


def _skills():
    found = {}
    for position, data in enumerate(content.SKILLS):
        skill = Skill.objects.filter(key=data["key"]).first() or Skill(key=data["key"])
        skill.position = position
        set_translated(skill, "name", data["name"])
        set_translated(skill, "area", data["area"])
        skill.name, skill.area = data["name"]["en"], data["area"]["en"]
        skill.save()
        found[data["key"]] = skill
    return found


def _programmes():
    found = {}
    for data in content.PROGRAMMES:
        programme = ProgrammeTemplate(months=data["months"], check_ins=data["check_ins"])
        set_translated(programme, "name", data["name"])
        programme.name = data["name"]["en"]
        programme.save()
        found[data["key"]] = programme
    return found


def _profile(person, skill_keys, skills, **fields):
    profile, _created = MentorProfile.objects.get_or_create(
        person=person,
        defaults={
            "organisation": person.home_community,
            "approved_at": timezone.now() - timedelta(days=300),
            **fields,
        },
    )
    profile.skills.set([skills[key] for key in skill_keys])
    return profile


def _graduate(person, days_ago):
    """The person completed the first cohort: learner, then graduate, then mentor."""
    cohort = Cohort.objects.order_by("pk").first()
    if cohort is None:
        return
    enrolment = Enrolment.objects.create(cohort=cohort, person=person, status="completed")
    start = timezone.now() - timedelta(days=days_ago)
    EnrolmentEvent.objects.create(enrolment=enrolment, new_status="enrolled", created_at=start)
    EnrolmentEvent.objects.create(
        enrolment=enrolment,
        old_status="enrolled",
        new_status="completed",
        created_at=start + timedelta(days=90),
    )
    MentorProfile.objects.filter(person=person).update(approved_at=start + timedelta(days=120))


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


def _meet(pairing, index, notes, people):
    check_in = pairing.check_ins.all()[index]
    check_in.met_at = check_in.due_at - timedelta(days=1)
    check_in.notes = notes
    check_in.save()
    Feedback.objects.create(
        check_in=check_in,
        author=pairing.mentee,
        rating=5,
        working_well="Las preguntas de Chinedu me ayudan a ordenar mis ideas.",
        could_change="Me gustaría recibir el resumen por escrito.",
    )
    Feedback.objects.create(
        check_in=check_in,
        author=pairing.mentor,
        rating=4,
        working_well="Lucía arrives with a clear question each time.",
        could_change="We could meet a little earlier in her day.",
    )


def _completed(mentor, mentee, programme, started_days_ago, ended_days_ago):
    pairing = _active(mentor, mentee, programme, started_days_ago)
    for check_in in pairing.check_ins.all():
        check_in.met_at = check_in.due_at
        check_in.save(update_fields=["met_at"])
    pairings.complete(actor=mentee, pairing=pairing)
    ended = timezone.now() - timedelta(days=ended_days_ago)
    Pairing.objects.filter(pk=pairing.pk).update(ended_at=ended)
    pairing.events.filter(new_status="completed").update(created_at=ended)


def _objectives(people, now):
    for key, items in content.OBJECTIVES.items():
        person = people[key]
        supporter = (
            Pairing.objects.filter(mentee=person, status="active").values_list("mentor", flat=True)
        ).first()
        for item in items:
            target = item.get("target_days")
            LearningObjective.objects.create(
                person=person,
                statement=item["statement"],
                why=item["why"],
                evidence=item["evidence"],
                target_date=(now + timedelta(days=target)).date() if target else None,
                supporter_id=supporter,
                status=item["status"],
                reflection=item.get("reflection", ""),
                created_at=now - timedelta(days=200 if item["status"] != "active" else 30),
                closed_at=now - timedelta(days=150) if item["status"] != "active" else None,
            )
