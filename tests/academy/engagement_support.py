"""A small hand-made world for the engagement tests: one person, Ada, who has done a
little of everything at known moments, and the helpers that write each kind of record
straight to its table (the services would stamp them with now)."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from academy.engagement.models import Welcome
from academy.growth.models import Skill
from academy.models import (
    Domain,
    ProposalComment,
    ProposalVote,
    Role,
    Round,
    Story,
    TermProposal,
    TermRevision,
    TranslatedFrom,
    WorkshopPage,
)
from cohorts.models import Attendance, Registration, RegistrationStatus, SessionAccess
from mentoring.models import CheckIn, PairingStatus
from tests.academy.growth_support import assessed, framework
from tests.factories import PairingFactory, SessionFactory, UserFactory, WorkshopPageFactory


def ago(days):
    return timezone.now() - timedelta(days=days)


def attended(person, workshop, days_ago, attendance=Attendance.PRESENT, facilitator=None):
    session = SessionFactory(workshop=workshop, start=ago(days_ago))
    access = SessionAccess.objects.create(session=session)
    if facilitator is not None:
        access.facilitators.add(facilitator)
    Registration.objects.create(
        session=session, person=person, status=RegistrationStatus.REGISTERED, attendance=attendance
    )
    return session


def ran(person, workshop, days_ago):
    session = SessionFactory(workshop=workshop, start=ago(days_ago))
    SessionAccess.objects.create(session=session).facilitators.add(person)
    return session


def translated(person, days_ago, field="title"):
    row = TranslatedFrom.objects.create(
        content_type=ContentType.objects.get_for_model(Role),
        object_id=str(Role.objects.first().pk),
        field=field,
        language="pl",
        source="x",
        translated_by=person,
    )
    TranslatedFrom.objects.filter(pk=row.pk).update(translated_at=ago(days_ago))


def proposal(proposer, days_ago=1, **kwargs):
    return TermProposal.objects.create(
        role=Role.objects.get(key="leader"),
        locale="pl",
        forms={"neutral": {"one": "lider", "other": "liderzy"}},
        rationale="Because.",
        proposer=proposer,
        created_at=ago(days_ago),
        **kwargs,
    )


def story(author, days_ago, withdrawn=False):
    today = timezone.localdate()
    round_ = Round.objects.create(
        starts_on=today - timedelta(days=400), ends_on=today, scope="academy"
    )
    written = Story.objects.create(
        round=round_,
        author=author,
        domain=Domain.objects.first(),
        headline="We found our voice",
        what_happened="It happened.",
        why_it_matters="It matters.",
        language="en",
        withdrawn_at=timezone.now() if withdrawn else None,
    )
    Story.objects.filter(pk=written.pk).update(created_at=ago(days_ago))
    return written


def welcomed(inviter, days_ago, **kwargs):
    newcomer = UserFactory(**kwargs)
    return Welcome.objects.create(inviter=inviter, newcomer=newcomer, joined_at=ago(days_ago))


def ada_world(track):
    """Ada's records, and some of another person's, which must never count for her.
    The moments of her web are a year ago, six months ago and now."""
    ada = UserFactory(display_name="Ada", home_community="Wikimedia Polska")
    other = UserFactory(display_name="Bo")
    workshop = WorkshopPageFactory(parent=track, owner=ada)
    WorkshopPageFactory(parent=track, owner=other)
    WorkshopPage.objects.update(first_published_at=timezone.now())  # as publishing does
    attended(ada, workshop, 400)
    attended(ada, workshop, 100)
    attended(ada, workshop, 50, attendance=Attendance.ABSENT)
    attended(other, workshop, 40)
    ran(ada, workshop, 30)
    ran(ada, workshop, -10)  # still to come: not yet run
    mentoring = PairingFactory(mentor=ada, started_at=ago(200))
    CheckIn.objects.create(pairing=mentoring, due_at=ago(190), met_at=ago(190))
    CheckIn.objects.create(pairing=mentoring, due_at=ago(20))  # not held
    supported = PairingFactory(mentee=ada, started_at=ago(60))
    CheckIn.objects.create(pairing=supported, due_at=ago(10), met_at=ago(10))
    PairingFactory(mentor=ada, status=PairingStatus.DECLINED, started_at=None)
    translated(ada, 300, "title")
    translated(ada, 1, "description")
    translated(ada, 1, "plural")
    TermRevision.objects.create(
        role=Role.objects.get(key="mentor"),
        locale="pl",
        author=ada,
        reason="r",
        created_at=ago(500),
    )
    proposal(ada, days_ago=20)
    ProposalVote.objects.create(proposal=proposal(other), voter=ada, choice="support")
    ProposalComment.objects.create(
        proposal=proposal(other), author=ada, body="Good", created_at=ago(400)
    )
    story(ada, 5)
    story(ada, 3, withdrawn=True)
    welcomed(ada, 370)
    welcomed(ada, 100)
    welcomed(other, 10)
    skills = framework()
    practical = list(skills.values())
    third = Skill.objects.create(key="listening", name="Listening", area=practical[0].area)
    assessed(ada, ago(300).date(), {practical[0]: 2, practical[1]: 3})
    assessed(ada, ago(10).date(), {practical[0]: 3, practical[1]: 3, third: 2})
    return ada, other
