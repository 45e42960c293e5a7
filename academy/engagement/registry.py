"""What a person's engagement is made of, and where ties come from. The ground floor
names the dimensions; each app adds the records it keeps, from its `ready()`, so this
room never imports upward:

    from academy.engagement.registry import engagement

    engagement.count("taking_part", attended_registrations, person="person",
                     when="session__start")
    engagement.ties("mentoring", label, pairs)   # pairs(people) -> [(helper, helped, when)]
    engagement.suggest("mentoring", lambda person: Suggestion(text, url) or None)
    engagement.population("cohort", label, choices, people)

A dimension counts what already happened, in rows the academy keeps: nothing is typed
twice and no points are invented. A tie is directed, from the person who helped to the
person helped (for co-facilitators, either way). `pairs(people)` gives every tie, or,
when `people` is a list of ids, only those with one of them at either end."""

from collections.abc import Callable
from dataclasses import dataclass, field


def text(value) -> str:
    """A label: a lazy string, or a callable returning one (for role words)."""
    return str(value()) if callable(value) else str(value)


@dataclass(frozen=True)
class Source:
    """Rows that count in a dimension: `rows()` a queryset of them, `person` the path
    to the person they belong to, `when` the path to the moment they happened, and
    `counted` what is counted once (the row, or a distinct thing such as a skill)."""

    rows: Callable
    person: str
    when: str
    counted: str = "pk"


@dataclass(frozen=True)
class Suggestion:
    text: str
    url: str


@dataclass
class Dimension:
    key: str
    label: object
    meaning: object
    position: int
    sources: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)

    def label_text(self):
        return text(self.label)

    def meaning_text(self):
        return text(self.meaning)


@dataclass(frozen=True)
class TieKind:
    key: str
    label: object  # a noun phrase: "Invitation", "A session they ran together"
    pairs: Callable  # (people: ids or None) -> iterable of (helper id, helped id, when)
    mutual: bool = False  # co-facilitators: neither helped the other more
    position: int = 100

    def label_text(self):
        return text(self.label)


@dataclass(frozen=True)
class Population:
    """A group a coordinator may look at: a school, a cohort. `people(value)` is a
    queryset of the ids of the people in it; `choices()` gives [(value, label)]."""

    key: str
    label: object
    choices: Callable
    people: Callable


class Engagement:
    def __init__(self):
        self._dimensions: dict[str, Dimension] = {}
        self._ties: dict[str, TieKind] = {}
        self._populations: dict[str, Population] = {}

    def dimension(self, key, label, meaning, *, position):
        self._dimensions[key] = Dimension(key, label, meaning, position)

    def count(self, key, rows, *, person, when, counted="pk"):
        self._dimensions[key].sources.append(Source(rows, person, when, counted))

    def suggest(self, key, suggestion):
        self._dimensions[key].suggestions.append(suggestion)

    def ties(self, key, label, pairs, *, mutual=False, position=100):
        self._ties[key] = TieKind(key, label, pairs, mutual, position)

    def population(self, key, label, choices, people):
        self._populations[key] = Population(key, label, choices, people)

    def dimensions(self):
        return sorted(self._dimensions.values(), key=lambda d: (d.position, d.key))

    def get(self, key) -> Dimension | None:
        return self._dimensions.get(key)

    def tie_kinds(self):
        return sorted(self._ties.values(), key=lambda k: (k.position, k.key))

    def tie_kind(self, key) -> TieKind | None:
        return self._ties.get(key)

    def populations(self):
        return list(self._populations.values())

    def population_of(self, key) -> Population | None:
        return self._populations.get(key)


engagement = Engagement()
