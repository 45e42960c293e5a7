"""What mentoring contributes to the engagement web and the network: pairings as the
one who supports, check-ins held on either side, and the tie of each pairing that
began."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from academy.engagement.registry import Suggestion, engagement
from academy.terminology import term
from mentoring.models import CheckIn, MentorProfile, Pairing, PairingStatus
from mentoring.services.applications import is_graduate

BEGUN = (PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.ENDED)


def begun():
    return Pairing.objects.filter(status__in=BEGUN, started_at__isnull=False)


def held():
    return CheckIn.objects.filter(met_at__isnull=False)


def pairing_pairs(people):
    rows = begun()
    if people is not None:
        rows = rows.filter(Q(mentor__in=people) | Q(mentee__in=people))
    return rows.values_list("mentor", "mentee", "started_at")


def suggest_support(person):
    if MentorProfile.objects.filter(person=person).exists():
        return Suggestion(
            _("See who asked for your support on your dashboard."), reverse("mentor_dashboard")
        )
    if is_graduate(person):
        return Suggestion(
            _("You completed a track: offer your support to a peer as a %(role)s.")
            % {"role": term("mentor", person=person)},
            reverse("mentor_apply"),
        )
    return Suggestion(
        _("Find a %(role)s who supports you for a few months.") % {"role": term("mentor")},
        reverse("find_mentor"),
    )


def register():
    engagement.count("mentoring", begun, person="mentor", when="started_at")
    engagement.count("mentoring", held, person="pairing__mentor", when="met_at")
    engagement.count("mentoring", held, person="pairing__mentee", when="met_at")
    engagement.suggest("mentoring", suggest_support)
    engagement.ties("mentoring", pgettext_lazy("a tie", "Peer support"), pairing_pairs, position=20)
