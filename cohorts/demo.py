"""Demo cohorts, session rules and registrations, added when `manage.py demo` runs.
Idempotent: nothing is added once the demo cohorts exist."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from academy.demo.translated import set_translated
from academy.models import Role, TrackPage, WorkshopSession
from academy.pages.publishing import assign_author
from cohorts.models import ApplicationQuestion, Cohort, Enrolment, SessionAccess
from cohorts.services import seats

NAMES = {
    "spring": {
        "en": "Spring cohort",
        "de": "Frühjahrsjahrgang",
        "es": "Cohorte de primavera",
        "fr": "Cohorte de printemps",
        "pl": "Edycja wiosenna",
        "ar": "دفعة الربيع",
    },
    "days": {
        "en": "Learning Days",
        "de": "Lerntage",
        "es": "Jornadas de aprendizaje",
        "fr": "Journées d’apprentissage",
        "pl": "Dni nauki",
        "ar": "أيام التعلّم",
    },
}
QUESTION = {
    "en": "What would you like to try out in your community after this track?",
    "de": "Was möchtest du nach diesem Lernpfad in deiner Community ausprobieren?",
    "es": "¿Qué te gustaría probar en tu comunidad después de este itinerario?",
    "fr": "Qu’aimeriez-vous essayer dans votre communauté après ce parcours ?",
    "pl": "Co chcesz wypróbować w swojej społeczności po tej ścieżce?",
    "ar": "ما الذي تودّون تجربته في مجتمعكم بعد هذا المسار؟",
}


def _cohort(track, key, slug, **fields):
    now = timezone.now()
    cohort = Cohort(
        track=track,
        slug=slug,
        start_date=(now + timedelta(days=10)).date(),
        end_date=(now + timedelta(days=100)).date(),
        enrolment_opens=now - timedelta(days=5),
        enrolment_closes=now + timedelta(days=9),
        **fields,
    )
    set_translated(cohort, "name", NAMES[key])
    cohort.save()
    return cohort


def load_cohorts(sender, people, **kwargs):
    if Cohort.objects.exists():
        return
    tracks = list(TrackPage.objects.order_by("path"))
    coordinator, mentor, learner = people["coordinator"], people["mentor"], people["learner"]
    open_cohort = _cohort(
        tracks[0], "spring", "spring", language="en", format="online", capacity=12
    )
    applied = _cohort(
        tracks[1],
        "spring",
        "spring",
        language="de",
        format="hybrid",
        capacity=8,
        selection_mode="application",
    )
    question = ApplicationQuestion(cohort=applied, position=1)
    set_translated(question, "text", QUESTION)
    question.save()
    days = _cohort(
        tracks[-1], "days", "learning-days", language="en", format="in_person", capacity=30
    )
    for cohort in (open_cohort, applied, days):
        cohort.coordinators.add(coordinator)

    # Every demo session is open to members; the first track's sessions belong to its cohort.
    for session in WorkshopSession.objects.select_related("workshop"):
        access, _created = SessionAccess.objects.get_or_create(session=session)
        access.open_to_members = True
        access.cohort = open_cohort if session.workshop.path.startswith(tracks[0].path) else None
        access.save()
        access.facilitators.add(mentor)

    # Learning Days: day one only for experienced people in the mentoring role.
    experienced, _created = Group.objects.get_or_create(name="Experienced (mentor role)")
    experienced.user_set.add(mentor)
    Role.objects.filter(key="mentor").update(holders=experienced)
    day_sessions = list(
        WorkshopSession.objects.filter(
            workshop__path__startswith=tracks[-1].path, start__gte=timezone.now()
        ).order_by("start")[:2]
    )
    if len(day_sessions) == 2:
        first, second = (SessionAccess.objects.get(session=s) for s in day_sessions)
        first.cohort, first.open_to_members = days, False
        first.restricted_role = Role.objects.get(key="mentor")
        second.cohort, second.open_to_members = days, False
        first.save()
        second.save()

    Enrolment.objects.create(cohort=open_cohort, person=learner, status="enrolled")
    Enrolment.objects.create(
        cohort=applied,
        person=people["translator_de"],
        status="applied",
        answers={str(question.pk): "Ein Schreibtreffen für Neue in unserer Bibliothek."},
    )
    upcoming = WorkshopSession.objects.filter(start__gte=timezone.now(), cancelled=False).order_by(
        "start"
    )
    for session in upcoming[:2]:
        seats.register(learner, session, check=False)
    smallest = upcoming.order_by("capacity", "start").first()
    if smallest is not None:
        for key in ("translator_pl", "translator_ar", "coordinator", "mentor"):
            seats.register(people[key], smallest, check=False)
    for track in tracks[:2]:
        assign_author(coordinator=people["admin"], person=mentor, track=track)
