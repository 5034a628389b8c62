"""A data table cut to its own width: one column gives up the room the others need.

A client's name or a job title longer than the room pushed the columns after it out of
sight at 80 columns (the client list's Exposure read "53 modera" and its Status, where
"past retention" shows, was off screen). The table refits whenever its size changes:
a terminal resized, a panel that gained a scrollbar, more rows than fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events

from career_resilience.tui.client_actions import fill_table
from career_resilience.tui.widgets.row_table import RowTable

Row = tuple[str, Sequence[str | Text]]


class CutTable(RowTable):
    """A :class:`RowTable` filled with :meth:`fill`, whose column ``crop`` ends its
    longer cells in "…" rather than let the table grow wider than itself."""

    def __init__(self, *, crop: int, id: str | None = None) -> None:
        super().__init__(id=id)
        self.crop = crop
        self._columns: tuple[str, ...] = ()
        #: The rows as last given (key, cells), whole: each fit cuts them afresh.
        self._rows: list[Row] = []

    def fill(self, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Replace the columns and rows, cut to the table's width now."""
        self._columns, self._rows = tuple(columns), list(rows)
        fill_table(self, self._columns, self._rows, self.room(), self.crop)

    def room(self) -> int:
        """The cells the columns may take: the table's width, less the scrollbar when
        its rows overflow its height (0 before it is laid out: nothing is cut)."""
        room = self.size.width
        if len(self._rows) + self.header_height > self.size.height:
            room -= self.styles.scrollbar_size_vertical
        return max(0, room)

    def on_resize(self, event: events.Resize) -> None:
        """Fit again to the new size, keeping the cursor where it was."""
        if self._columns:
            cursor = self.cursor_row
            fill_table(self, self._columns, self._rows, self.room(), self.crop)
            self.move_cursor(row=cursor)
