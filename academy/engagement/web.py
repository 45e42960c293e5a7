"""A person's engagement web: how much they have done in each dimension, at a few
moments, counted from the records the academy keeps; and, for coordinators, how many
people of a group are active in one, two, three or more dimensions.

One query per registered source, whatever the number of people: each source is
grouped by person, with one conditional count per moment."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from academy.accounts.models import User
from academy.engagement.registry import engagement

# The moments a person's web is drawn at, in days before now: a year ago, half a year
# ago, now. Each count is everything up to that moment.
MOMENTS = (365, 182, 0)


def moments(now=None):
    now = now or timezone.now()
    return [now - timedelta(days=days) for days in MOMENTS]


def counts(people, at):
    """{dimension key: {person id: [count up to each moment of `at`]}}. `people` is a
    list or queryset of ids, or None for everyone."""
    found = {}
    for dimension in engagement.dimensions():
        per_person = found.setdefault(dimension.key, {})
        for source in dimension.sources:
            rows = source.rows()
            if people is not None:
                rows = rows.filter(**{f"{source.person}__in": people})
            columns = {
                f"m{i}": Count(
                    source.counted, distinct=True, filter=Q(**{f"{source.when}__lte": moment})
                )
                for i, moment in enumerate(at)
            }
            for row in rows.order_by().values(source.person).annotate(**columns):
                totals = per_person.setdefault(row[source.person], [0] * len(at))
                for i in range(len(at)):
                    totals[i] += row[f"m{i}"]
    return found


@dataclass
class WebRow:
    dimension: object
    values: list  # the count up to each moment
    suggestions: list = field(default_factory=list)

    @property
    def now(self):
        return self.values[-1]


def person_web(person, *, now=None, suggest=True):
    """The rows of one person's web at `moments`, in the registry's order; a dimension the
    person has not touched carries what they might try next there (only what exists)."""
    at = moments(now)
    found = counts([person.pk], at)
    rows = []
    for dimension in engagement.dimensions():
        values = found[dimension.key].get(person.pk, [0] * len(at))
        row = WebRow(dimension, values)
        if suggest and not row.now:
            row.suggestions = [
                offer for make in dimension.suggestions if (offer := make(person)) is not None
            ]
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Distribution:
    people: int
    by_number: list  # people active in 0, 1, 2, 3 or more dimensions
    by_dimension: list  # (dimension, people active in it)


SPREAD = 3  # the last line is "three or more"


def distribution(people=None, now=None):
    """How many people of the group (ids; None for every member) are active in none,
    one, two, three or more dimensions, and how many in each. Never a list of people.
    For every member the sources are read whole, not through a list of all their ids."""
    if people is None:
        members = set(
            User.objects.filter(is_active=True, is_former_member=False).values_list("pk", flat=True)
        )
    else:
        members = set(people)
    at = [now or timezone.now()]
    found = counts(None if people is None else members, at)
    active = dict.fromkeys(members, 0)
    by_dimension = []
    for dimension in engagement.dimensions():
        in_it = {p for p, values in found[dimension.key].items() if values[0] and p in members}
        by_dimension.append((dimension, len(in_it)))
        for person in in_it:
            active[person] += 1
    by_number = [0] * (SPREAD + 1)
    for number in active.values():
        by_number[min(number, SPREAD)] += 1
    return Distribution(len(members), by_number, by_dimension)
