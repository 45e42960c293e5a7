"""The engagement web and the network of communities as SVG drawn on the server: no
chart script, nothing from another origin, the same numbers in a table beside each.

The web has one spoke per dimension, numbered (the names are in the table and the list
beside it, where they have room in every language). A spoke's rings are steps of a
stated scale, never invented points: 1, 2 to 4, 5 to 9, 10 or more. The spokes go round
in the reading direction: clockwise from the top in English, anticlockwise in Arabic."""

import math
from dataclasses import dataclass

from babel.lists import format_list
from django.utils.translation import gettext as _

from academy.formats import cldr_locale, format_number

SIZE = 320
CENTRE = SIZE / 2
RADIUS = 118
STEPS = (1, 2, 5, 10)  # the lower bound of each ring


def step(count: int) -> int:
    """0 for nothing done, else the ring (1 to 4) the count reaches."""
    return sum(1 for bound in STEPS if count >= bound)


def _point(index, total, fraction, rtl, radius=RADIUS):
    angle = 2 * math.pi * index / total
    x = math.sin(angle) * radius * fraction
    y = -math.cos(angle) * radius * fraction
    return round(CENTRE + (-x if rtl else x), 1), round(CENTRE + y, 1)


@dataclass
class Spoke:
    number: int
    x: float
    y: float
    label_x: float
    label_y: float


@dataclass
class Shape:
    moment: int  # index of the moment
    points: str
    dots: list


@dataclass
class Web:
    size: int
    centre: float
    rings: list  # "x,y ..." polygons, one per step
    spokes: list
    shapes: list
    description: str


def web_chart(rows, moment_labels, *, rtl) -> Web:
    total = len(rows)
    rings = [
        " ".join("{},{}".format(*_point(i, total, ring / len(STEPS), rtl)) for i in range(total))
        for ring in range(1, len(STEPS) + 1)
    ]
    spokes = []
    for i in range(total):
        x, y = _point(i, total, 1, rtl)
        lx, ly = _point(i, total, 1, rtl, radius=RADIUS + 16)
        spokes.append(Spoke(i + 1, x, y, lx, ly))
    shapes = []
    for moment in range(len(moment_labels)):
        dots = [
            _point(i, total, step(row.values[moment]) / len(STEPS), rtl)
            for i, row in enumerate(rows)
        ]
        shapes.append(Shape(moment, " ".join(f"{x},{y}" for x, y in dots), dots))
    description = _("Now: %(dimensions)s.") % {
        "dimensions": format_list(
            [
                _("%(dimension)s %(count)s")
                % {"dimension": row.dimension.label_text(), "count": format_number(row.now)}
                for row in rows
            ],
            locale=cldr_locale(),
        )
    }
    return Web(SIZE, CENTRE, rings, spokes, shapes, description)


@dataclass
class Node:
    number: int
    group: object
    x: float
    y: float
    r: float


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    ties: int


@dataclass
class GroupChart:
    size: int
    nodes: list
    edges: list
    description: str


MAX_NODES = 24  # the biggest groups; the list beside the drawing holds every one


def groups_chart(group_rows, bridges, *, rtl) -> GroupChart:
    """Communities (or languages) round a circle, each as large as its people, joined
    by lines as thick as the ties between them."""
    shown = group_rows[:MAX_NODES]
    most = max((g.people for g in shown), default=1)
    nodes = {}
    for i, group in enumerate(shown):
        x, y = _point(i, max(len(shown), 1), 1 if len(shown) > 1 else 0, rtl, radius=120)
        radius = round(6 + 16 * math.sqrt(group.people / most), 1)
        nodes[group.key] = Node(i + 1, group, x, y, radius)
    heaviest = max((count for _a, _b, count in bridges), default=1)
    edges = [
        Edge(
            nodes[a.key].x,
            nodes[a.key].y,
            nodes[b.key].x,
            nodes[b.key].y,
            round(1 + 7 * count / heaviest, 1),
            count,
        )
        for a, b, count in bridges
        if a.key in nodes and b.key in nodes
    ]
    description = _("Groups: %(groups)s. Links between groups: %(bridges)s.") % {
        "groups": format_number(len(group_rows)),
        "bridges": format_number(len(bridges)),
    }
    return GroupChart(SIZE, list(nodes.values()), edges, description)
