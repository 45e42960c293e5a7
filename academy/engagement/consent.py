"""A person's choices about their ties: whether they appear beyond the coordinators
(off until the person turns it on), and which single ties never appear at all."""

from django.utils.translation import gettext as _

from academy.engagement.models import HiddenTie, TieChoice
from academy.engagement.registry import engagement
from academy.errors import Refused


def shows_ties(person) -> bool:
    return TieChoice.objects.filter(person=person, shown=True).exists()


def choose(person, shown: bool):
    TieChoice.objects.update_or_create(person=person, defaults={"shown": shown})


def hide(person, other_id: int, kind: str):
    if engagement.tie_kind(kind) is None:
        raise Refused(_("There is no such tie."))
    HiddenTie.objects.get_or_create(person=person, other_id=other_id, kind=kind)


def show_again(person, other_id: int, kind: str):
    HiddenTie.objects.filter(person=person, other_id=other_id, kind=kind).delete()


def hidden_by(person):
    """[(other id, kind)] the person hid themselves."""
    return list(HiddenTie.objects.filter(person=person).values_list("other", "kind"))
