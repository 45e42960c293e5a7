"""Invitation links: a member shares theirs; a newcomer who signs up after opening it
is recorded, once, as welcomed by that member. Only sign-up records: an existing
account that opens a link changes nothing, and a link made anew ends the old one."""

from django.db import IntegrityError, transaction

from academy.engagement.models import Invitation, Welcome, new_invitation_code

SESSION_KEY = "academy_invitation"


def link_of(person) -> Invitation:
    invitation, _created = Invitation.objects.get_or_create(person=person)
    return invitation


def renew(person) -> Invitation:
    invitation = link_of(person)
    invitation.code = new_invitation_code()
    invitation.save(update_fields=["code"])
    return invitation


def find(code):
    """The active invitation with this code, or None (a forged or ended code)."""
    if not isinstance(code, str) or not 8 <= len(code) <= 32:
        return None
    return (
        Invitation.objects.select_related("person")
        .filter(code=code, person__is_active=True, person__is_former_member=False)
        .first()
    )


def remember(request, invitation):
    """Keep the code for the sign-up that may follow in this browser."""
    request.session[SESSION_KEY] = invitation.code


def record(newcomer, code) -> Welcome | None:
    """Record who brought the newcomer, if the code is still a member's link. A person
    is welcomed once; a link never records its own owner."""
    invitation = find(code)
    if invitation is None or invitation.person_id == newcomer.pk:
        return None
    try:
        with transaction.atomic():
            return Welcome.objects.create(newcomer=newcomer, inviter=invitation.person)
    except IntegrityError:  # already welcomed by someone
        return None


def on_signed_up(sender, request, user, **kwargs):
    """allauth's `user_signed_up`: the code this browser kept, if any."""
    if request is None:
        return
    code = request.session.pop(SESSION_KEY, None)
    if code:
        record(user, code)
