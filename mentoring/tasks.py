"""Emails of the mentoring app, sent as background tasks, each in the recipient's
language and time zone and with their community's role words."""

from datetime import datetime

from django.db.models import Q
from django_tasks import task

from academy.accounts.rules import COORDINATORS_GROUP
from academy.emails import path_for, send_to
from academy.models import User
from mentoring.models import CheckIn, MentorApplication, Pairing


def _pairing(pk):
    return Pairing.objects.select_related("mentor", "mentee", "programme", "proposed_by").get(pk=pk)


def _last_message(pairing):
    last = pairing.events.order_by("-created_at", "-pk").first()
    return last.message if last else ""


@task()
def send_pairing_proposed(pairing_id, to_mentee=False):
    """To the mentor, who answers; and to the person supported when a coordinator
    proposed on their behalf."""
    pairing = _pairing(pairing_id)
    person = pairing.mentee if to_mentee else pairing.mentor
    send_to(
        person,
        "mentoring/pairing_proposed",
        {
            "pairing": pairing,
            "to_mentee": to_mentee,
            "by_coordinator": pairing.proposed_by_id != pairing.mentee_id,
            "message": _last_message(pairing),
            "path": path_for(person, "pairing_detail", pairing.pk),
        },
    )


@task()
def send_pairing_answered(pairing_id):
    pairing = _pairing(pairing_id)
    send_to(
        pairing.mentee,
        "mentoring/pairing_answered",
        {
            "pairing": pairing,
            "message": _last_message(pairing),
            "path": path_for(pairing.mentee, "pairing_detail", pairing.pk),
        },
    )


def _check_in_pair(check_in_id, person_id):
    """(check-in, the person with `person_id`, the other person of the pair)."""
    check_in = CheckIn.objects.select_related(
        "pairing__mentor", "pairing__mentee", "pairing__programme"
    ).get(pk=check_in_id)
    pairing = check_in.pairing
    person = pairing.mentor if pairing.mentor_id == person_id else pairing.mentee
    return check_in, person, pairing.other_than(person_id)


@task()
def send_check_in_reminder(check_in_id, person_id):
    check_in, person, other = _check_in_pair(check_in_id, person_id)
    pairing = check_in.pairing
    send_to(
        person,
        "mentoring/check_in_reminder",
        {
            "check_in": check_in,
            "other": other,
            "path": path_for(person, "pairing_detail", pairing.pk),
        },
    )


@task()
def send_check_in_moved(check_in_id, actor_id, moved_from, note):
    """To the other person of the pair, when one of them moves a check-in; `moved_from`
    is the earlier time, in ISO 8601."""
    check_in, actor, person = _check_in_pair(check_in_id, actor_id)
    pairing = check_in.pairing
    send_to(
        person,
        "mentoring/check_in_moved",
        {
            "check_in": check_in,
            "actor": actor,
            "moved_from": datetime.fromisoformat(moved_from),
            "note": note,
            "path": path_for(person, "pairing_detail", pairing.pk),
        },
    )


@task()
def send_pairing_ended(pairing_id, actor_id, message):
    """The optional word to the coordinators when someone ends a pairing early."""
    pairing = _pairing(pairing_id)
    actor = User.objects.get(pk=actor_id)
    coordinators = User.objects.filter(
        Q(groups__name=COORDINATORS_GROUP) | Q(is_superuser=True), is_active=True
    ).distinct()
    for coordinator in coordinators:
        send_to(
            coordinator,
            "mentoring/pairing_ended",
            {
                "pairing": pairing,
                "actor": actor,
                "message": message,
                "path": path_for(coordinator, "mentoring_overview"),
            },
        )


@task()
def send_pairing_left(pairing_id, person_id):
    """To the other person, when someone in an open pairing deleted their account."""
    pairing = _pairing(pairing_id)
    person = User.objects.get(pk=person_id)
    send_to(
        person,
        "mentoring/pairing_left",
        {
            "pairing": pairing,
            "was_mentor": person.pk == pairing.mentor_id,
            "path": path_for(person, "find_mentor"),
        },
    )


@task()
def send_application_decision(application_id, widened=False):
    """`widened`: the person already offered support, and new skills were added."""
    application = MentorApplication.objects.select_related("person").get(pk=application_id)
    send_to(
        application.person,
        "mentoring/mentor_application_decided",
        {
            "application": application,
            "widened": widened,
            "path": path_for(application.person, "my_mentor_profile"),
        },
    )
