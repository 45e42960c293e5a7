"""A person with a row behind every link the personal-data registry knows, and the
people around them, for export and deletion tests."""

from dataclasses import dataclass
from datetime import timedelta

from allauth.socialaccount.models import SocialAccount
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    PageLogEntry,
    PageSubscription,
)
from wagtail.users.models import UserProfile

from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement.models import HiddenTie, Invitation, TieChoice, Welcome
from academy.growth import assessments
from academy.growth.alumni import services as alumni
from academy.growth.alumni.models import Destination, ReportRequest
from academy.growth.models import AssessmentReminder
from academy.models import Award, Badge, Domain, Role, Round, Skill, Story, TermRevision
from academy.privacy.models import DataExport, DeletionRecord
from academy.stories.models import Selection, Vote
from academy.terminology import services as term_services
from cohorts.models import (
    Attendance,
    CalendarToken,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    Registration,
    RegistrationStatus,
    SessionAccess,
)
from cohorts.services import seats
from mentoring.models import (
    LearningObjective,
    MentorApplication,
    MentorProfile,
    ProgrammeTemplate,
    SupportRequest,
)
from mentoring.services import check_ins, pairings
from tests.factories.cohorts import CohortFactory
from tests.factories.pages import SessionFactory
from tests.factories.users import UserFactory

MARK = "Zofia-7731"  # in every piece of text the person wrote, to search for afterwards


@dataclass
class World:
    person: object
    mentor: object
    supported: object
    waiting: object
    past_session: object
    full_session: object
    pairing: object
    token: str
    proposal: object


def person_with_everything(track, workshop):
    person = UserFactory(
        display_name=f"{MARK} Nowak",
        email="zofia.7731@example.org",
        preferred_language="pl",
        home_community=f"{MARK} community",
    )
    mentor, waiting, coordinator = UserFactory(), UserFactory(), UserFactory()
    coordinator.groups.add(Group.objects.get(name="Coordinators"))

    # Cohorts: an application with answers, a past session attended, a full session
    # with someone waiting, a cohort and a session the person runs.
    cohort = CohortFactory(track=track)
    cohort.coordinators.add(person)
    Enrolment.objects.create(
        cohort=cohort,
        person=person,
        status=EnrolmentStatus.ENROLLED,
        answers={"why": f"{MARK} wants to learn"},
    )
    enrolment = Enrolment.objects.get(person=person)
    EnrolmentEvent.objects.create(
        enrolment=enrolment, new_status=EnrolmentStatus.ENROLLED, actor=person
    )
    past = SessionFactory(workshop=workshop, start=timezone.now() - timedelta(days=5))
    Registration.objects.create(
        session=past,
        person=person,
        status=RegistrationStatus.REGISTERED,
        attendance=Attendance.PRESENT,
    )
    Registration.objects.create(
        session=past,
        person=mentor,
        status=RegistrationStatus.REGISTERED,
        attendance=Attendance.PRESENT,
    )
    full = SessionFactory(workshop=workshop, capacity=1, start=timezone.now() + timedelta(days=3))
    SessionAccess.objects.create(session=full, open_to_members=True)
    full.access.facilitators.add(person)
    seats.register(person, full, check=False)
    seats.register(waiting, full, check=False)
    token = CalendarToken.objects.create(person=person).token

    # Words: a proposal, a vote and a comment, a change of a word.
    role = Role.objects.get(key="leader")
    proposal = term_services.propose(
        user=person,
        role=role,
        locale="pl",
        forms={"neutral": {"one": "przewodnik", "other": "przewodnicy"}},
        rationale=f"{MARK} thinks it sounds kind",
    )
    term_services.cast_vote(user=person, proposal=proposal, choice="support")
    term_services.cast_vote(user=mentor, proposal=proposal, choice="oppose")
    term_services.add_comment(user=person, proposal=proposal, body=f"{MARK} comments")
    TermRevision.objects.create(
        role=role, locale="pl", author=person, reason=f"{MARK} changed it", new_forms={}
    )

    # Peer support: the person offers support, asks for it, and is supported.
    skill = Skill.objects.create(key="facilitation", name="facilitation")
    MentorProfile.objects.create(person=person, introduction=f"{MARK} introduces herself")
    MentorApplication.objects.create(person=person, motivation=f"{MARK} would like to help")
    SupportRequest.objects.create(person=person, languages=["pl"], note=f"{MARK} evenings")
    MentorProfile.objects.create(person=mentor, capacity=3).skills.add(skill)
    programme = ProgrammeTemplate.objects.create(name="Three months", months=3, check_ins=2)
    pairing = pairings.propose(actor=person, mentor=mentor, mentee=person, programme=programme)
    pairings.accept(actor=mentor, pairing=pairing)
    LearningObjective.objects.create(
        person=person, statement=f"{MARK} will facilitate", supporter=mentor
    )
    supported = UserFactory()
    earlier = pairings.propose(
        actor=supported, mentor=person, mentee=supported, programme=programme
    )
    pairings.accept(actor=person, pairing=earlier)
    pairings.complete(actor=person, pairing=earlier)
    LearningObjective.objects.create(person=mentor, statement="Mentor's own", supporter=person)
    first = pairing.check_ins.order_by("due_at").first()
    first.due_at = timezone.now()  # recorded on its day
    first.save(update_fields=["due_at"])
    for author, notes in ((person, f"{MARK} private note"), (mentor, "MENTOR-PRIVATE-NOTE")):
        check_ins.record_check_in(
            actor=author,
            check_in=first,
            notes=notes,
            rating=4,
            working_well="",
            could_change="",
        )

    # Badges: one awarded by hand, with a reason.
    badge = Badge.objects.create(key="welcomer", name="Welcomer", description="-", criteria="-")
    Award.objects.create(
        badge=badge, person=person, awarded_by=mentor, reason=f"{MARK} welcomes", salt="s"
    )

    # Growth: a submitted self-assessment, shared with mentors, and a reminder.
    assessment = assessments.submit(
        person, {skill: assessments.RatingInput(level=3, evidence=f"{MARK} ran a meeting")}
    )
    assessments.set_sharing(person, mentors_may_see=True)
    AssessmentReminder.objects.create(person=person, due_on=assessment.submitted_at.date())

    # Alumni: moved on, reported back, and asked to once.
    alumni.move_on(person, destination=Destination.ROLE, where=f"{MARK} trainer")
    alumni.report_back(person, new_role=f"{MARK} trainer", carried=f"{MARK} listening")
    ReportRequest.objects.create(person=person, year=timezone.now().year)

    # Stories: one written in a round, and the person's vote and decision on the panel.
    today = timezone.localdate()
    story_round = Round.objects.create(starts_on=today, ends_on=today, scope="academy")
    domain = Domain.objects.get(key="new-voices")
    story = Story.objects.create(
        round=story_round,
        author=person,
        domain=domain,
        headline=f"{MARK} story",
        what_happened=f"{MARK} what happened",
        why_it_matters=f"{MARK} why",
        language="pl",
    )
    Vote.objects.create(
        round=story_round, story=story, domain=domain, voter=person, reason=f"{MARK} vote"
    )
    Selection.objects.create(
        round=story_round, story=story, domain=domain, reason=f"{MARK} chosen", decided_by=person
    )

    # Accounts and the CMS.
    SocialAccount.objects.create(user=person, provider="mediawiki", uid="7731")
    UserProfile.get_for_user(person)
    page = workshop.page_ptr
    workshop.owner = person
    workshop.locked_by = person
    workshop.save(update_fields=["owner", "locked_by"])
    workshop.save_revision(user=person)
    PageLogEntry.objects.log_action(page, "wagtail.edit", user=person)
    ModelLogEntry.objects.log_action(role, "wagtail.edit", user=person)
    comment = Comment.objects.create(
        page=page, user=person, text=f"{MARK} page comment", resolved_by=person
    )
    CommentReply.objects.create(comment=comment, user=person, text=f"{MARK} reply")
    PageSubscription.objects.create(page=page, user=person, comment_notifications=True)
    Image.objects.create(
        title="Photo", file="original_images/x.png", width=1, height=1, uploaded_by_user=person
    )
    Document.objects.create(title="Notes", file="documents/x.pdf", uploaded_by_user=person)
    DataExport.objects.create(person=person)
    DeletionRecord.objects.create(requested_by=person, reason="someone else asked")
    _engagement_and_circles(person, mentor)
    return World(person, mentor, supported, waiting, past, full, pairing, token, proposal)


def _engagement_and_circles(person, other):
    """An invitation link; a welcome on either side; the choice and a hidden tie; a
    circle the person hosts, one they are in and notes they kept."""
    Invitation.objects.create(person=person)
    Welcome.objects.create(inviter=other, newcomer=person)
    Welcome.objects.create(inviter=person, newcomer=UserFactory())
    TieChoice.objects.create(person=person, shown=True)
    HiddenTie.objects.create(person=person, other=other, kind="mentoring")
    HiddenTie.objects.create(person=other, other=person, kind="facilitation")
    hosted = Circle.objects.create(name="Hosted circle", purpose="Reflect.", host=person)
    joined = Circle.objects.create(name="Their circle", purpose="Reflect.", host=other)
    CircleMember.objects.create(circle=joined, person=person)
    Meeting.objects.create(
        circle=hosted, starts_at=timezone.now(), prompt="What changed?", notes_updated_by=person
    )
