"""A data table of rows, where Home and End go to the first and the last row.

A DataTable binds Home and End to its horizontal scroll, which on a table of rows that
fits its width does nothing: a coach pressing End in the pivots list or the client list
saw no change (only ctrl+End moved). Here they move the row cursor, as in a list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable


class RowTable(DataTable[str]):
    """A row-cursor :class:`DataTable` whose Home and End go to the first and last row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
