"""Acknowledging work done on the academy's behalf: the people a person welcomed and
supported, and what those people went on to do. On someone else's page, only with the
consent of the person and, for a name, of the person named; the others are counted."""

from dataclasses import dataclass, field

from django.utils import timezone

from academy.engagement import network
from academy.engagement.registry import engagement
from academy.engagement.web import counts
from academy.languages import reading_key

LISTED = 20  # names on the page; the rest are counted


@dataclass
class Helped:
    person: object  # network.Person
    kinds: list  # labels of the ties
    went_on: list = field(default_factory=list)  # (dimension label, count)


@dataclass
class Acknowledgement:
    welcomed: list  # Helped
    supported: list  # Helped
    unnamed: int = 0  # people helped who are not named here
    more: int = 0  # named, beyond the first LISTED

    @property
    def empty(self):
        return not (self.welcomed or self.supported or self.unnamed or self.more)


def acknowledge(person, *, beyond_coordinators=False, ties=None):
    """For the person themselves or a coordinator, everyone is named; `beyond_coordinators`,
    only the people who show their ties. `ties`: the person's ties no one hid, when the
    caller has read them already."""
    if ties is None:
        ties = network.ties_of(person.pk)
    helped_ties = [t for t in ties if t.helper == person.pk and not _mutual(t.kind)]
    people = network.people_by_id({t.helped for t in helped_ties})
    named = network.shown_people(set(people)) if beyond_coordinators else set(people)
    kinds = {}
    for tie in helped_ties:
        if tie.helped in named:
            kinds.setdefault(tie.helped, []).append(tie.kind)
    ordered = sorted(kinds, key=lambda pk: reading_key(people[pk].name))
    listed, more = ordered[:LISTED], max(len(ordered) - LISTED, 0)
    found = counts(listed, [timezone.now()]) if listed else {}
    welcomed, supported = [], []
    for pk in listed:
        went_on = [
            (dimension.label_text(), found[dimension.key][pk][0])
            for dimension in engagement.dimensions()
            if found[dimension.key].get(pk, [0])[0]
        ]
        labels = [engagement.tie_kind(kind).label_text() for kind in dict.fromkeys(kinds[pk])]
        entry = Helped(people[pk], labels, went_on)
        (welcomed if network.INVITATION in kinds[pk] else supported).append(entry)
    unnamed = len({pk for pk in people if pk not in named})
    return Acknowledgement(welcomed, supported, unnamed, more)


def _mutual(kind):
    tie_kind = engagement.tie_kind(kind)
    return tie_kind is None or tie_kind.mutual
