"""Every change to a circle: coordinators open circles; the host (or a coordinator)
invites people and plans meetings; the people in the circle keep its shared notes; after
a meeting the host may open a story round asking the meeting's prompt."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.accounts.rules import is_coordinator, require_coordinator
from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement.network import community_key
from academy.errors import Refused
from academy.models import Round

ROUND_DAYS = 28


def is_host(user, circle) -> bool:
    return user.is_authenticated and (circle.host_id == user.pk or is_coordinator(user))


def is_member(user, circle) -> bool:
    return is_host(user, circle) or (
        user.is_authenticated and circle.memberships.filter(person=user).exists()
    )


def require_host(user, circle):
    if not is_host(user, circle):
        raise Refused(_("Only the circle's host can do this."))


def open_circle(user, *, name, purpose, host, every_weeks):
    require_coordinator(user)
    return Circle.objects.create(name=name, purpose=purpose, host=host, every_weeks=every_weeks)


def invite(user, circle, person):
    require_host(user, circle)
    if person.pk == circle.host_id:
        raise Refused(_("The host is already in the circle."))
    try:
        with transaction.atomic():
            return CircleMember.objects.create(circle=circle, person=person)
    except IntegrityError as taken:
        message = _("%(name)s is already in the circle.") % {"name": person.public_name}
        raise Refused(message) from taken


def leave(person, circle):
    CircleMember.objects.filter(circle=circle, person=person).delete()


def plan(user, circle, *, starts_at, prompt):
    require_host(user, circle)
    return Meeting.objects.create(circle=circle, starts_at=starts_at, prompt=prompt)


def keep_notes(user, meeting, notes):
    if not is_member(user, meeting.circle):
        raise Refused(_("Only the people in the circle can keep its notes."))
    meeting.notes = notes
    meeting.notes_updated_by = user
    meeting.save(update_fields=["notes", "notes_updated_by"])


def open_story_round(user, meeting, *, days=ROUND_DAYS):
    """A story round for the circle, asking the meeting's prompt, open from today."""
    require_host(user, meeting.circle)
    if not meeting.has_met:
        raise Refused(_("A story round can be opened once the meeting has taken place."))
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.story_round_id:
            raise Refused(_("This meeting already has a story round."))
        today = timezone.localdate()
        meeting.story_round = Round.objects.create(
            starts_on=today,
            ends_on=today + timedelta(days=days),
            scope="circle",
            scope_id=meeting.circle_id,
            question=meeting.prompt,
        )
        meeting.save(update_fields=["story_round"])
    return meeting.story_round


@dataclass(frozen=True)
class Reach:
    people: int
    communities: int
    languages: int


def reach(people):
    """How many communities and languages a circle's people (host included) bring
    together."""
    communities = {community_key(p.home_community) for p in people} - {""}
    return Reach(len(people), len(communities), len({p.preferred_language for p in people}))


def circles_of(user):
    if is_coordinator(user):
        return Circle.objects.all()
    return Circle.objects.filter(Q(host=user) | Q(memberships__person=user))
