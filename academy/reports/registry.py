"""The registry of report figures and tables. Each figure is defined once, here or by the
app that owns its facts, from that app's `AppConfig.ready()`, so this room never imports
upward:

    from academy.reports.registry import Value, figures

    figures.register(
        "cohorts.enrolled", label, meaning, compute, by_track=True, position=10
    )

`compute(filters)` returns a `Value`: how many things were counted, and how many
different people they describe (what suppression looks at). Labels and meanings may be
lazy strings or callables returning a string, for sentences that need a role word, which
is only known when the page is rendered."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Value:
    count: int
    people: int
    out_of: int | None = None  # "held of scheduled": the whole the count is part of


@dataclass(frozen=True)
class Figure:
    key: str
    label: object
    meaning: object
    compute: Callable
    by_track: bool = True  # whether the track filter narrows it
    position: int = 100

    def label_text(self):
        return str(self.label()) if callable(self.label) else str(self.label)

    def meaning_text(self):
        return str(self.meaning()) if callable(self.meaning) else str(self.meaning)


@dataclass(frozen=True)
class Table:
    """A breakdown: `compute(filters)` returns rows of (label, [int per column]); the
    total row is the sum of the rows, so that complementary suppression can protect it."""

    key: str
    label: object
    row_heading: object
    columns: tuple = field(default_factory=tuple)  # labels, lazy strings
    compute: Callable | None = None


class Registry:
    def __init__(self):
        self._figures: dict[str, Figure] = {}
        self._tables: dict[str, Table] = {}

    def register(self, key, label, meaning, compute, *, by_track=True, position=100):
        self._figures[key] = Figure(key, label, meaning, compute, by_track, position)

    def register_table(self, key, label, row_heading, columns, compute):
        self._tables[key] = Table(key, label, row_heading, tuple(columns), compute)

    def get(self, key) -> Figure | None:
        return self._figures.get(key)

    def table(self, key) -> Table | None:
        return self._tables.get(key)

    def __iter__(self):
        return iter(sorted(self._figures.values(), key=lambda f: (f.position, f.key)))

    def __contains__(self, key):
        return key in self._figures


figures = Registry()
