"""The badge rules whose facts cohorts own: tracks completed, sessions attended and
sessions facilitated. Registered from CohortsConfig.ready(); each is evaluated after the
fact's transaction commits, and again by `manage.py award_badges`."""

from django.db.models import Count, Q
from django.db.models.signals import m2m_changed, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.growth.badges.rules import badge_rules
from academy.growth.badges.services import evaluate_later
from cohorts.models import ATTENDED, Enrolment, EnrolmentStatus, Registration, SessionAccess

TRACK_COMPLETED = "cohorts.track_completed"
SESSIONS_ATTENDED = "cohorts.sessions_attended"
SESSION_FACILITATED = "cohorts.session_facilitated"


def tracks_completed(threshold, among):
    """Completed cohorts of `threshold` different tracks."""
    return among.annotate(
        tracks_done=Count(
            "enrolments__cohort__track",
            filter=Q(enrolments__status=EnrolmentStatus.COMPLETED),
            distinct=True,
        )
    ).filter(tracks_done__gte=threshold)


def sessions_attended(threshold, among):
    return among.annotate(
        attended=Count("registrations", filter=Q(registrations__attendance__in=ATTENDED))
    ).filter(attended__gte=threshold)


def sessions_facilitated(threshold, among):
    """Facilitated sessions that have begun and were not cancelled."""
    return among.annotate(
        facilitated=Count(
            "facilitated_sessions",
            filter=Q(
                facilitated_sessions__session__cancelled=False,
                facilitated_sessions__session__start__lte=timezone.now(),
            ),
        )
    ).filter(facilitated__gte=threshold)


def enrolment_saved(sender, instance, **kwargs):
    if instance.status == EnrolmentStatus.COMPLETED:
        evaluate_later(instance.person_id, (TRACK_COMPLETED,))


def registration_saved(sender, instance, **kwargs):
    """Attendance taken: the person attended, and the session has visibly taken place."""
    if instance.attendance in ATTENDED:
        evaluate_later(instance.person_id, (SESSIONS_ATTENDED,))
        for person_id in SessionAccess.facilitators.through.objects.filter(
            sessionaccess__session_id=instance.session_id
        ).values_list("user_id", flat=True):
            evaluate_later(person_id, (SESSION_FACILITATED,))


def facilitators_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if action != "post_add" or reverse or not pk_set:
        return
    for person_id in pk_set:
        evaluate_later(person_id, (SESSION_FACILITATED,))


def register():
    badge_rules.register(TRACK_COMPLETED, _("Completed tracks"), tracks_completed, counted=True)
    badge_rules.register(SESSIONS_ATTENDED, _("Attended sessions"), sessions_attended, counted=True)
    badge_rules.register(
        SESSION_FACILITATED, _("Facilitated sessions"), sessions_facilitated, counted=True
    )
    post_save.connect(enrolment_saved, sender=Enrolment, dispatch_uid="badges-enrolment")
    post_save.connect(registration_saved, sender=Registration, dispatch_uid="badges-attendance")
    m2m_changed.connect(
        facilitators_changed,
        sender=SessionAccess.facilitators.through,
        dispatch_uid="badges-facilitators",
    )
