"""Which mentoring records touch whom (`academy.accounts.versions`): a pairing, its
check-ins and feedback move both people; objectives, profiles, applications and
requests move their person; all of them move the role-work version, which the
coordinators' and mentors' pages are keyed by. Registered from MentoringConfig.ready()."""

from django.db.models import Exists, OuterRef

from academy.accounts.versions import roles, touches


def mentors():
    from mentoring.models import MentorProfile, Pairing  # models exist once ready() runs

    person = OuterRef("pk")
    return Exists(MentorProfile.objects.filter(person=person)) | Exists(
        Pairing.objects.filter(mentor=person)
    )


def register():
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
    from mentoring.models.pairings import PairingEvent

    def both(pairing):
        return [pairing.mentor_id, pairing.mentee_id]

    touches.register(Pairing, both, role_work=True)
    touches.register(PairingEvent, lambda event: both(event.pairing), role_work=True)
    touches.register(CheckIn, lambda check_in: both(check_in.pairing), role_work=True)
    touches.register(Feedback, lambda row: both(row.check_in.pairing), role_work=True)
    touches.register(
        LearningObjective,
        lambda objective: [objective.person_id, objective.supporter_id],
        role_work=True,
    )
    for model in (MentorProfile, MentorApplication, SupportRequest):
        touches.register(model, lambda row: [row.person_id], role_work=True)
    touches.register(ProgrammeTemplate, lambda programme: [], role_work=True)
    roles.register(mentors)
