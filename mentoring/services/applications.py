"""Becoming a mentor: graduates of a track are eligible, anyone may offer specific skills,
and a coordinator approves. Approval creates (or widens) the person's mentor profile."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.accounts.rules import is_coordinator
from academy.errors import Refused
from cohorts.models import Enrolment, EnrolmentStatus
from mentoring.models import ApplicationStatus, MentorApplication, MentorProfile
from mentoring.tasks import send_application_decision


def is_graduate(person):
    return Enrolment.objects.filter(person=person, status=EnrolmentStatus.COMPLETED).exists()


def apply(person, *, skills, motivation, organisation=""):
    skills = list(skills)
    if not skills:
        raise Refused(_("Choose at least one skill you can offer."), code="skills")
    try:
        with transaction.atomic():
            application = MentorApplication.objects.create(
                person=person,
                motivation=motivation.strip(),
                organisation=organisation.strip(),
                graduate=is_graduate(person),
            )
            application.skills.set(skills)
    except IntegrityError:
        raise Refused(
            _("Your earlier offer is still waiting for a decision."), code="pending"
        ) from None
    return application


@transaction.atomic
def decide(*, actor, application, approve, message=""):
    if not is_coordinator(actor):
        raise PermissionDenied
    claimed = MentorApplication.objects.filter(
        pk=application.pk, status=ApplicationStatus.PENDING
    ).update(
        status=ApplicationStatus.APPROVED if approve else ApplicationStatus.DECLINED,
        decided_by=actor,
        decided_at=timezone.now(),
        message=message.strip(),
    )
    if not claimed:
        raise Refused(_("Someone has already decided on this offer."), code="decided")
    application.refresh_from_db()
    widened = False
    if approve:
        profile, created = MentorProfile.objects.get_or_create(
            person=application.person,
            defaults={
                "organisation": application.organisation or application.person.home_community
            },
        )
        profile.skills.add(*application.skills.all())
        widened = not created
    transaction.on_commit(lambda: send_application_decision.enqueue(application.pk, widened))
    return application
