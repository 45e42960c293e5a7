"""What circles register when the app is ready: the circle as a kind of story round
(its people write, its host sits on the panel), the people it touches, the ties it
makes and the personal data it holds."""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from academy.accounts.home import home
from academy.accounts.rules import is_coordinator
from academy.accounts.versions import roles, touches
from academy.circles.models import Circle, CircleMember, Meeting
from academy.engagement.registry import engagement
from academy.privacy import labels
from academy.privacy.registry import Rule, personal_data
from academy.stories.scopes import scopes


def circle_scopes(user):
    """The circles a person hosts or is in, as story scopes: one query."""
    found = Circle.objects.filter(Q(host=user) | Q(memberships__person=user))
    return {("circle", pk) for pk in found.values_list("pk", flat=True)}


def in_a_circle(user):
    return is_coordinator(user) or bool(circle_scopes(user))


def hosted_by(user):
    return {("circle", pk) for pk in Circle.objects.filter(host=user).values_list("pk", flat=True)}


def hosts_a_circle():
    return Exists(Circle.objects.filter(host=OuterRef("pk")))


def circle_pairs(people):
    rows = CircleMember.objects.filter(circle__host__isnull=False)
    if people is not None:
        rows = rows.filter(Q(person__in=people) | Q(circle__host__in=people))
    return rows.values_list("circle__host", "person", "joined_at")


def register():
    scopes.register_kind(
        "circle",
        _("One reflection circle"),
        lambda: Circle.objects.filter(closed_at__isnull=True),
        lambda ids: dict.fromkeys(ids),
        parent_kind="academy",
        target_label=_("Reflection circle"),
    )
    home.register_link("circles", _("Reflection circles"), "circle_list", in_a_circle, position=35)
    scopes.register_members(circle_scopes)
    scopes.register_panel(hosted_by)
    roles.register(hosts_a_circle)
    touches.register(
        Circle, lambda circle: [circle.host_id] if circle.host_id else [], role_work=True
    )
    touches.register(CircleMember, lambda member: [member.person_id])
    engagement.ties(
        "circle", pgettext_lazy("a tie", "A reflection circle"), circle_pairs, position=80
    )
    personal_data.register(
        Circle, "host", Rule.CLEAR, export=("name", "purpose", ("created_at", labels.CREATED))
    )
    personal_data.register(
        CircleMember,
        "person",
        Rule.REMOVE,
        export=("circle", ("joined_at", labels.CREATED)),
        title=_("Reflection circles I am in"),
    )
    personal_data.register(
        Meeting, "notes_updated_by", Rule.CLEAR, export=("circle", "starts_at", "prompt", "notes")
    )
