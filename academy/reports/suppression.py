"""Small-number suppression: no cell describing fewer people than the minimum is shown.

Rules, all pure functions:
- A cell of 1 to minimum-1 people is hidden and reads "fewer than N".
- 0 is shown as 0. It describes no one, and hiding it would make every empty cell look
  like a small group. Because 0 is shown, a reader knows a hidden cell holds at least 1,
  so a 0 is never chosen as the complementary cell (hiding a known 0 protects nothing).
- Complementary suppression: in a line (a column with a total) whose total is shown, if
  exactly one cell is hidden, the smallest other non-zero cell is hidden too, so the
  hidden one cannot be worked out by subtracting the others from the total. If there is
  no such cell, the total is hidden instead. A cell hidden this way reads "not shown",
  since it may well hold more than the minimum.
- Where several cells of a line are hidden and its total is shown, the total minus the
  shown cells is what the hidden cells hold together. When that is fewer than the
  minimum (two hidden cells that hold 3 people between them), or when it leaves each
  hidden cell exactly 1 (five hidden cells that hold 5), the total is hidden too.
- A percentage whose whole is fewer than the minimum is not shown, nor one whose part is
  a small number (with the whole shown, the percentage would give the part away).
- A figure read "part of a whole" is hidden whole when the whole is a small number:
  "0 of 3" would show a group of three (see `report.figure_rows`).
- A table of averages has no total row; a row whose people are fewer than the minimum
  is hidden whole, its averages included."""

from dataclasses import dataclass

SHOWN = "shown"
SMALL = "small"  # fewer than the minimum
COMPLEMENT = "complement"  # hidden so that a small cell cannot be worked out


@dataclass(frozen=True)
class Cell:
    value: int
    state: str = SHOWN

    @property
    def hidden(self):
        return self.state != SHOWN


def is_small(people, minimum):
    return 0 < people < minimum


def cell(people, minimum):
    return Cell(people, SMALL if is_small(people, minimum) else SHOWN)


def suppress_line(values, total, minimum):
    """([Cell per value], Cell for the total) for one line whose total is `total`."""
    cells = [cell(value, minimum) for value in values]
    total_cell = cell(total, minimum)
    hidden = [c for c in cells if c.hidden]
    if total_cell.hidden or not hidden:
        return cells, total_cell
    if len(hidden) > 1:
        together = sum(c.value for c in hidden)
        if together < minimum or together <= len(hidden):
            return cells, Cell(total, COMPLEMENT)
        return cells, total_cell
    candidates = [(c.value, i) for i, c in enumerate(cells) if not c.hidden and c.value > 0]
    if not candidates:
        return cells, Cell(total, COMPLEMENT)
    _value, index = min(candidates)
    cells[index] = Cell(cells[index].value, COMPLEMENT)
    return cells, total_cell


def suppress_columns(rows, minimum):
    """Rows of ints, a total row of column sums below them: ([[Cell]], [Cell total])."""
    width = len(rows[0]) if rows else 0
    columns = []
    totals = []
    for column in range(width):
        values = [row[column] for row in rows]
        cells, total_cell = suppress_line(values, sum(values), minimum)
        columns.append(cells)
        totals.append(total_cell)
    cell_rows = [[columns[c][r] for c in range(width)] for r in range(len(rows))]
    return cell_rows, totals


def percentage(part, whole, minimum):
    """The whole-number percentage, or None when it could describe fewer than the minimum."""
    if whole < minimum or is_small(part, minimum):
        return None
    return round(100 * part / whole)
