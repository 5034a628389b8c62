"""The pivot map in the terminal: exposure (x) against projected job change (y).

The person is ``●``, pivots are numbered; a legend under the plot names every point
with its figures and quadrant, so nothing depends on colour or on reading a position.
Draws in whatever width it gets (from 40 cells) and in any theme: colours are theme
variables.
"""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.reactive import reactive

from career_resilience import wording
from career_resilience.model.pivot_map import (
    SHORT_QUADRANTS,
    Y_MAX,
    Y_MIN,
    Y_SPLIT,
    MapPoint,
    describe,
    grid_cells,
    split_cells,
)
from career_resilience.tui.widgets.fitted import FittedText

#: Plot rows (without the axis and legend).
PLOT_ROWS = 9
#: The fewest plot rows given up to a legend that would not fit otherwise (two a half).
MIN_PLOT_ROWS = 5
#: The most rows the map alone ("m") grows to on a tall terminal: 1.5 points of the
#: projected change a row. At 200x50 it had kept its 9 rows over an empty half screen.
ALONE_PLOT_ROWS = 30
AXIS_LABEL = 6  # cells for the y-axis labels ("≥+30%│")
#: Short quadrant names for the plot corners; the report's map gives the full ones.
CORNERS = SHORT_QUADRANTS


class PivotMap(FittedText):
    """Where the person and their pivots sit: AI exposure against projected job change."""

    DEFAULT_CSS = """
    PivotMap {
        height: auto;
        min-height: 12;
    }
    """

    points: reactive[tuple[MapPoint, ...]] = reactive((), layout=True)
    #: Lines the map has to itself (the map alone, "m"), or 0 when it may scroll.
    max_lines: reactive[int] = reactive(0, layout=True)

    def show(self, points: list[MapPoint]) -> None:
        """Display a new set of points (the first is normally the person)."""
        self.points = tuple(points)

    def render_for(self, width: int) -> Content:
        """The plot with its axes, then the legend (a long entry wraps, never cut)."""
        if not self.points:
            return Content.styled("No map yet: score a profile first.", "dim")
        width = max(width, 40)
        legend = []
        for point in self.points:
            style = "bold" if point.is_you else ""
            parts = textwrap.wrap(describe(point, short=True), width - 1, subsequent_indent="  ")
            legend += [Content.styled(part, style) for part in parts]
        rows = PLOT_ROWS
        if self.max_lines:
            # Shown alone for a client, the legend is the only place naming the points:
            # a farmhand's five long O*NET names ran off the foot of the map at 80x24
            # ("5 Separating, ... Still Machine"), so the plot gives up rows instead;
            # on a tall terminal it takes the rows the legend leaves.
            rows = max(MIN_PLOT_ROWS, min(ALONE_PLOT_ROWS, self.max_lines - 2 - len(legend)))
        plot_w = width - AXIS_LABEL - 1
        grid = [[(" ", "")] * plot_w for _ in range(rows)]
        split_col, split_row = split_cells(plot_w, rows)
        for r in range(rows):
            grid[r][split_col] = ("┊", "dim")
        for c in range(plot_w):
            grid[split_row][c] = ("┈", "dim") if c != split_col else ("┼", "dim")
        placed = grid_cells(list(self.points), plot_w, rows)
        self._corner_names(grid, plot_w, split_col, set(placed))
        for (col, row), point in placed.items():
            style = "bold $accent" if point.is_you else "bold $primary"
            grid[row][col] = (point.marker, style)
        lines = []
        marks = {0: Y_MAX, split_row: Y_SPLIT, rows - 1: Y_MIN}
        for r, cells in enumerate(grid):
            label = wording.axis_change(marks[r], r != split_row) if r in marks else ""
            axis = Content.styled(f"{label:>{AXIS_LABEL - 1}}│", "dim")
            lines.append(axis + Content.assemble(*cells))
        lines.append(Content.styled(" " * (AXIS_LABEL - 1) + "└" + "─" * plot_w, "dim"))
        scale = "0" + "AI exposure →".center(plot_w - 4) + "100"
        lines.append(Content.styled(" " * AXIS_LABEL + scale, "dim"))
        return Content("\n").join(lines + legend)

    @staticmethod
    def _corner_names(
        grid: list[list[tuple[str, str]]],
        plot_w: int,
        split_col: int,
        taken: set[tuple[int, int]],
    ) -> None:
        """Write the short quadrant names into the plot's corners (dim), where no point is.

        A point drawn over a name made "exposed · grow2●1" at 120 columns: a name a
        point would cut is left out (the legend names every point's quadrant).
        """
        bottom = len(grid) - 1
        spots = {
            (False, True): (0, 1),
            (True, True): (0, plot_w - len(CORNERS[(True, True)]) - 1),
            (False, False): (bottom, 1),
            (True, False): (bottom, plot_w - len(CORNERS[(True, False)]) - 1),
        }
        for key, (row, start) in spots.items():
            name = CORNERS[key]
            left_half = not key[0]
            room = split_col - 1 if left_half else plot_w - split_col - 2
            if len(name) > room:
                continue  # a clipped name ("sheltered · grow") reads wrong; the legend names it
            if any((col, row) in taken for col in range(start - 1, start + len(name) + 1)):
                continue  # a point inside it (or touching it) would cut the name
            for i, ch in enumerate(name):
                col = start + i
                # A name stays inside its own half of the plot.
                if 0 <= col < plot_w and (col < split_col if left_half else col > split_col):
                    grid[row][col] = (ch, "dim italic")
