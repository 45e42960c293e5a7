"""The registry of report figures and tables. Each figure is defined once, here or by the
app that owns its facts, from that app's `AppConfig.ready()`, so this room never imports
upward:

    from academy.reports.registry import Value, figures

    figures.register(
        "cohorts.enrolled", label, meaning, compute, narrowed_by=EVERY_FILTER, position=10
    )

`compute(filters)` returns a `Value`: how many things were counted, and how many
different people they describe (what suppression looks at). `narrowed_by` names the
filters the figure honours (besides the period, which every figure honours); the page
says beside a figure which chosen filters it ignores. Labels and meanings may be lazy
strings or callables returning a string, for sentences that need a role word, which is
only known when the page is rendered.

Choices that only a higher app knows (its cohorts) come through `figures.choices`: the
app registers a callable returning [(value, label)] for a filter name."""

from collections.abc import Callable
from dataclasses import dataclass, field

from academy.reports.filters import NARROWING


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
    narrowed_by: frozenset = frozenset()  # the filters that narrow it
    position: int = 100

    def ignored(self, filters):
        """The chosen filters this figure does not honour, in the page's order."""
        return ignored(self.narrowed_by, filters)

    def label_text(self):
        return str(self.label()) if callable(self.label) else str(self.label)

    def meaning_text(self):
        return str(self.meaning()) if callable(self.meaning) else str(self.meaning)


@dataclass(frozen=True)
class Table:
    """A breakdown: `compute(filters)` returns rows of (label, [number per column]).

    Without `people_column`, every column counts people and the total row is the sum of
    the rows, so that complementary suppression can protect it. With `people_column`
    (the index of the column counting the people a row describes), the other columns are
    averages: a row is hidden whole when its people are fewer than the minimum, and there
    is no total row, since people may count in several rows."""

    key: str
    label: object
    row_heading: object
    columns: tuple = field(default_factory=tuple)  # labels, lazy strings
    compute: Callable | None = None
    narrowed_by: frozenset = frozenset()
    position: int = 100
    meaning: object = None
    total_label: object = None  # None: "Total"
    empty: object = None  # what to say when there are no rows; None: a general sentence
    people_column: int | None = None
    signed: bool = True  # averages are changes ("+0.9"); False for plain means ("1.4")

    def ignored(self, filters):
        return ignored(self.narrowed_by, filters)


def ignored(narrowed_by, filters):
    applied = filters.applied()
    return [name for name in NARROWING if name in applied and name not in narrowed_by]


class Registry:
    def __init__(self):
        self._figures: dict[str, Figure] = {}
        self._tables: dict[str, Table] = {}
        self._choices: dict[str, Callable] = {}

    def register(self, key, label, meaning, compute, *, narrowed_by=(), position=100):
        self._figures[key] = Figure(key, label, meaning, compute, frozenset(narrowed_by), position)

    def register_table(self, key, label, row_heading, columns, compute, **options):
        """`options`: narrowed_by, position, meaning, total_label, empty, people_column,
        signed."""
        options["narrowed_by"] = frozenset(options.get("narrowed_by", ()))
        self._tables[key] = Table(key, label, row_heading, tuple(columns), compute, **options)

    def register_choices(self, name, provider):
        """`provider()` returns [(value, label)] for the filter `name` ("cohort")."""
        self._choices[name] = provider

    def choices(self, name):
        provider = self._choices.get(name)
        return list(provider()) if provider else []

    def get(self, key) -> Figure | None:
        return self._figures.get(key)

    def table(self, key) -> Table | None:
        return self._tables.get(key)

    def tables(self):
        return sorted(self._tables.values(), key=lambda t: (t.position, t.key))

    def __iter__(self):
        return iter(sorted(self._figures.values(), key=lambda f: (f.position, f.key)))

    def __contains__(self, key):
        return key in self._figures


figures = Registry()
