"""A report as it is shown: every registered figure and the breakdown by track, computed
for the filters, with suppression applied before any number leaves this module."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from academy.formats import format_number, format_percent
from academy.reports import figures as _own_figures  # noqa: F401  registers academy's figures
from academy.reports.registry import figures
from academy.reports.suppression import SMALL, Cell, cell, percentage, suppress_columns

BY_TRACK = "cohorts.by_track"


def minimum():
    return settings.ACADEMY_REPORT_MINIMUM


def show(a_cell, minimum, *, plain=False):
    """What a reader sees in a cell; `plain` keeps shown numbers as bare digits (CSV)."""
    if a_cell.state == SMALL:
        return _("fewer than %(minimum)s") % {"minimum": format_number(minimum)}
    if a_cell.hidden:
        return _("not shown")
    return str(a_cell.value) if plain else format_number(a_cell.value)


@dataclass(frozen=True)
class FigureRow:
    label: str
    meaning: str
    shown: str
    by_track: bool


def figure_rows(filters, minimum):
    rows = []
    for figure in figures:
        value = figure.compute(filters)
        people = cell(value.people, minimum)
        if people.hidden:
            shown = show(people, minimum)
        elif value.out_of is None:
            shown = format_number(value.count)
        else:
            shown = _("%(count)s of %(whole)s") % {
                "count": format_number(value.count),
                "whole": format_number(value.out_of),
            }
            share = percentage(value.count, value.out_of, minimum)
            if share is not None:
                shown = _("%(figure)s (%(percent)s)") % {
                    "figure": shown,
                    "percent": format_percent(share / 100),
                }
        rows.append(FigureRow(figure.label_text(), figure.meaning_text(), shown, figure.by_track))
    return rows


@dataclass(frozen=True)
class Breakdown:
    title: str
    header: list
    rows: list  # [(label, [shown text])]
    total: list  # [shown text]
    complemented: bool  # some cells hidden only to protect others


def breakdown(filters, minimum, *, plain=False):
    table = figures.table(BY_TRACK)
    if table is None:
        return None
    raw = table.compute(filters)
    cells, totals = suppress_columns([values for _label, values in raw], minimum)
    every = [c for row in cells for c in row] + totals
    return Breakdown(
        title=str(table.label),
        header=[str(table.row_heading), *(str(label) for label in table.columns)],
        rows=[
            (label, [show(c, minimum, plain=plain) for c in row])
            for (label, _values), row in zip(raw, cells, strict=True)
        ],
        total=[show(c, minimum, plain=plain) for c in totals]
        if raw
        else [show(Cell(0), minimum, plain=plain) for _c in table.columns],
        complemented=any(c.hidden and c.state != SMALL for c in every),
    )
