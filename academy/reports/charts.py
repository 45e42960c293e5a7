"""A report table as a horizontal bar chart drawn on the server: no chart script,
nothing from another origin, and the same numbers in the table beside it. A hidden cell
(fewer than the minimum, or hidden to protect one) gets no bar, only its words. Bars grow
in the reading direction, so in Arabic they start on the right; text anchors are logical
("start" is where reading starts), since the SVG inherits the page's direction.

Coordinates are strings with a "." decimal point, so that no localisation of the
template can turn 12.5 into "12,5"."""

from dataclasses import dataclass, field

from babel.lists import format_list
from django.utils.translation import gettext as _

from academy.formats import cldr_locale

WIDTH = 560
LABEL_END = 170  # row labels end here, measured from where reading starts
BAR_START = 180
BAR_END = 470  # the rest is room for the number after the longest bar
BAR_HEIGHT = 16
BAR_GAP = 4
ROW_GAP = 14
LEGEND_HEIGHT = 28
LABEL_CHARACTERS = 26


def _n(number):
    return f"{number:.1f}"


@dataclass(frozen=True)
class ChartCell:
    value: object  # a number, or None when hidden
    shown: str  # what the table beside shows


@dataclass
class Bar:
    series: int
    x: str
    y: str
    width: str
    text: str
    text_x: str
    text_y: str
    anchor: str
    drawn: bool


@dataclass
class ChartRow:
    label: str
    short_label: str
    label_x: str
    label_y: str
    bars: list = field(default_factory=list)


@dataclass
class LegendItem:
    series: int
    label: str
    x: str
    text_x: str


@dataclass
class BarChart:
    chart_id: str
    title: str
    description: str
    rows: list
    legend: list
    zero_x: str
    plot_top: str
    plot_bottom: str
    width: int = WIDTH
    height: int = 0


def _shortened(label):
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def build_chart(chart_id, title, series, rows, *, rtl):
    """`series`: the column labels; `rows`: [(label, [ChartCell per series])]."""
    values = [c.value for _label, cells in rows for c in cells if c.value is not None]
    low, high = min([0, *values]), max([0, *values])
    span = (high - low) or 1

    def place(x):
        return WIDTH - x if rtl else x

    def x_of(value):
        return BAR_START + (value - low) / span * (BAR_END - BAR_START)

    zero = x_of(0)
    chart_rows, y = [], LEGEND_HEIGHT
    for label, cells in rows:
        group = len(cells) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
        row = ChartRow(label, _shortened(label), _n(place(LABEL_END)), _n(y + group / 2))
        for series_index, a_cell in enumerate(cells):
            row.bars.append(_bar(series_index, a_cell, y, x_of, zero, place, rtl))
            y += BAR_HEIGHT + BAR_GAP
        chart_rows.append(row)
        y += ROW_GAP - BAR_GAP
    legend = [
        LegendItem(
            index,
            str(label),
            _n(place(BAR_START + index * 180) - (12 if rtl else 0)),
            _n(place(BAR_START + index * 180 + 16)),
        )
        for index, label in enumerate(series)
    ]
    return BarChart(
        chart_id=chart_id,
        title=title,
        description=_description(title, series, rows),
        rows=chart_rows,
        legend=legend,
        zero_x=_n(place(zero)),
        plot_top=_n(LEGEND_HEIGHT - 4),
        plot_bottom=_n(max(y, LEGEND_HEIGHT)),
        height=int(max(y, LEGEND_HEIGHT) + 4),
    )


def _bar(series_index, a_cell, y, x_of, zero, place, rtl):
    text_y = _n(y + BAR_HEIGHT / 2)
    if a_cell.value is None:
        return Bar(series_index, _n(place(zero)), _n(y), "0", a_cell.shown,
                   _n(place(zero + 4)), text_y, "start", False)  # fmt: skip
    end = x_of(a_cell.value)
    left, right = min(zero, end), max(zero, end)
    negative = a_cell.value < 0
    text_x = place(left - 4) if negative else place(right + 4)
    return Bar(
        series_index,
        _n(place(right) if rtl else left),
        _n(y),
        _n(right - left),
        a_cell.shown,
        _n(text_x),
        text_y,
        "end" if negative else "start",
        True,
    )


def _description(title, series, rows):
    """Every number of the chart in one sentence per row, for those who cannot see it."""
    locale = cldr_locale()
    lines = [
        _("%(row)s: %(values)s")
        % {
            "row": label,
            "values": format_list(
                [
                    _("%(series)s %(value)s") % {"series": series_label, "value": a_cell.shown}
                    for series_label, a_cell in zip(series, cells, strict=True)
                ],
                locale=locale,
            ),
        }
        for label, cells in rows
    ]
    return " ".join([_("%(title)s.") % {"title": title}, *(line + "." for line in lines)])
