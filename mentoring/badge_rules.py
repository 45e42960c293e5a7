"""The badge rules whose facts mentoring owns: a pairing finished as mentor and as mentee,
and offering support (having a mentor profile). Registered from MentoringConfig.ready()."""

from django.db.models import Count, Q
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from academy.growth.badges.rules import badge_rules
from academy.growth.badges.services import evaluate_later
from mentoring.models import MentorProfile, Pairing, PairingStatus

FINISHED_AS_MENTOR = "mentoring.pairing_finished_as_mentor"
FINISHED_AS_MENTEE = "mentoring.pairing_finished_as_mentee"
BECAME_MENTOR = "mentoring.became_mentor"


def finished_as_mentor(threshold, among):
    return among.annotate(
        finished=Count(
            "pairings_as_mentor",
            filter=Q(pairings_as_mentor__status=PairingStatus.COMPLETED),
        )
    ).filter(finished__gte=threshold)


def finished_as_mentee(threshold, among):
    return among.annotate(
        finished=Count(
            "pairings_as_mentee",
            filter=Q(pairings_as_mentee__status=PairingStatus.COMPLETED),
        )
    ).filter(finished__gte=threshold)


def became_mentor(threshold, among):
    return among.filter(mentor_profile__isnull=False)


def pairing_saved(sender, instance, **kwargs):
    if instance.status == PairingStatus.COMPLETED:
        evaluate_later(instance.mentor_id, (FINISHED_AS_MENTOR,))
        evaluate_later(instance.mentee_id, (FINISHED_AS_MENTEE,))


def profile_saved(sender, instance, created, **kwargs):
    if created:
        evaluate_later(instance.person_id, (BECAME_MENTOR,))


def register():
    badge_rules.register(
        FINISHED_AS_MENTOR,
        _("Pairings finished, offering support"),
        finished_as_mentor,
        counted=True,
    )
    badge_rules.register(
        FINISHED_AS_MENTEE,
        _("Pairings finished, receiving support"),
        finished_as_mentee,
        counted=True,
    )
    badge_rules.register(BECAME_MENTOR, _("Began offering support"), became_mentor)
    post_save.connect(pairing_saved, sender=Pairing, dispatch_uid="badges-pairing")
    post_save.connect(profile_saved, sender=MentorProfile, dispatch_uid="badges-mentor-profile")
