"""A report as it is shown: every registered figure and every registered table, computed
for the filters, with suppression applied before any number leaves this module."""

from dataclasses import dataclass

from babel.lists import format_list
from babel.numbers import format_decimal
from django.conf import settings
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from academy.formats import cldr_locale, format_number, format_percent
from academy.reports import figures as _own_figures  # noqa: F401  registers academy's figures
from academy.reports.charts import ChartCell, build_chart
from academy.reports.forms import FiltersForm
from academy.reports.registry import figures
from academy.reports.suppression import (
    SMALL,
    Cell,
    cell,
    is_small,
    percentage,
    suppress_columns,
)

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


def show_average(value, *, plain=False, signed=True):
    """An average to one decimal place: by default a change on the 1 to 5 scale, signed."""
    if plain:
        return f"{value:+.1f}" if signed else f"{value:.1f}"
    pattern = "+#,##0.0;-#,##0.0" if signed else "#,##0.0"
    shown = format_decimal(value, format=pattern, locale=cldr_locale())
    # A sign and digits have no direction of their own: in Arabic "+0.9" would read
    # "0.9+". Isolated left to right, it keeps its order wherever it is placed.
    return f"\u2066{shown}\u2069" if get_language_bidi() else shown


def ignored_text(names):
    """ "(this figure ignores the chosen track and region)", or "" when it ignores none."""
    if not names:
        return ""
    fields = FiltersForm.base_fields  # the filters' own labels, as the form shows them
    labels = format_list([str(fields[name].label) for name in names], locale=cldr_locale())
    return _("(this figure ignores the chosen %(filters)s)") % {"filters": labels}


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    meaning: str
    shown: str
    ignored: str  # which of the chosen filters it does not honour, as a sentence
    csv: tuple  # (value, out of, percentage) as plain text, suppression applied


def figure_rows(filters, minimum, keys=None):
    """Every figure, or those of `keys` in the registry's order."""
    return [
        _figure_row(figure, filters, minimum)
        for figure in figures
        if keys is None or figure.key in keys
    ]


def _figure_row(figure, filters, minimum):
    value = figure.compute(filters)
    people = cell(value.people, minimum)
    if value.out_of is not None and is_small(value.out_of, minimum):
        people = Cell(value.people, SMALL)  # "0 of 3" would give the whole away
    share = None
    if people.hidden:
        shown = show(people, minimum)
        csv = (shown, "", "")
    elif value.out_of is None:
        shown = format_number(value.count)
        csv = (str(value.count), "", "")
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
        csv = (str(value.count), str(value.out_of), "" if share is None else str(share))
    return FigureRow(
        figure.key,
        figure.label_text(),
        figure.meaning_text(),
        shown,
        ignored_text(figure.ignored(filters)),
        csv,
    )


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    meaning: str
    header: list
    rows: list  # [(label, [shown text])]
    total: list | None  # [shown text], or None for a table without a total row
    total_label: str
    complemented: bool  # some cells hidden only to protect others
    empty: str
    ignored: str
    chart: object  # a BarChart, or None without rows

    @property
    def dom_id(self):
        return "table-" + _slug(self.key)


def _slug(key):
    """The key "academy.skill_growth" as "academy-skill-growth", for ids in the page."""
    return key.replace(".", "-").replace("_", "-")


def breakdowns(filters, minimum, *, plain=False):
    """Every registered table, in the registry's order."""
    return [_breakdown(table, filters, minimum, plain) for table in figures.tables()]


def breakdown(filters, minimum, key=BY_TRACK, *, plain=False):
    table = figures.table(key)
    return None if table is None else _breakdown(table, filters, minimum, plain)


def _breakdown(table, filters, minimum, plain):
    raw = table.compute(filters)
    if table.people_column is None:
        shown, chart_cells, total, complemented = _counts(table, raw, minimum, plain)
        series = list(table.columns)
    else:
        shown, chart_cells = _averages(table, raw, minimum, plain)
        total, complemented = None, False
        series = [c for i, c in enumerate(table.columns) if i != table.people_column]
    title = str(table.label)
    chart = None
    if raw and not plain:  # the CSV has no use for the drawing
        chart = build_chart(
            "chart-" + _slug(table.key),
            title,
            [str(label) for label in series],
            [(label, cells) for (label, _values), cells in zip(raw, chart_cells, strict=True)],
            rtl=get_language_bidi(),
        )
    return Breakdown(
        key=table.key,
        title=title,
        meaning=str(table.meaning or ""),
        header=[str(table.row_heading), *(str(label) for label in table.columns)],
        rows=[(label, cells) for (label, _values), cells in zip(raw, shown, strict=True)],
        total=total,
        total_label=str(table.total_label or _("Total")),
        complemented=complemented,
        empty=str(table.empty or _("There is nothing to count in this period.")),
        ignored=ignored_text(table.ignored(filters)),
        chart=chart,
    )


def _counts(table, raw, minimum, plain):
    """Columns of people, each with a total row: complementary suppression."""
    cells, totals = suppress_columns([values for _label, values in raw], minimum)
    every = [c for row in cells for c in row] + totals
    shown = [[show(c, minimum, plain=plain) for c in row] for row in cells]
    chart = [
        [ChartCell(None if c.hidden else c.value, show(c, minimum)) for c in row] for row in cells
    ]
    if not raw:
        totals = [Cell(0) for _c in table.columns]
    total = [show(c, minimum, plain=plain) for c in totals]
    complemented = any(c.hidden and c.state != SMALL for c in every)
    return shown, chart, total, complemented


def _averages(table, raw, minimum, plain):
    """A column of people and averages over them: a row of too few people is hidden."""
    shown, chart = [], []
    for _label, values in raw:
        people = cell(values[table.people_column], minimum)
        row, bars = [], []
        for index, value in enumerate(values):
            if people.hidden or index == table.people_column:
                text = show(people, minimum, plain=plain)
            else:
                text = show_average(value, plain=plain, signed=table.signed)
            row.append(text)
            if index != table.people_column:
                seen = (
                    show(people, minimum)
                    if people.hidden
                    else show_average(value, signed=table.signed)
                )
                bars.append(ChartCell(None if people.hidden else float(value), seen))
        shown.append(row)
        chart.append(bars)
    return shown, chart
