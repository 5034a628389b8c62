"""Home and End in a table of rows (the pivots list, the client list) go to the first and
the last row: as DataTable binds them, to its horizontal scroll, they did nothing."""

from __future__ import annotations

from textual.app import App, ComposeResult

from career_resilience.tui.widgets.cut_table import CutTable
from career_resilience.tui.widgets.row_table import RowTable


class _Rows(App[None]):
    def __init__(self, table: RowTable) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        yield self.table

    def on_mount(self) -> None:
        self.table.add_columns("#", "Pivot")
        for n in range(1, 6):
            self.table.add_row(str(n), f"Move {n}", key=str(n))
        self.table.focus()


async def test_end_and_home_move_to_the_last_and_the_first_row() -> None:
    for table in (RowTable(), CutTable(crop=1)):
        app = _Rows(table)
        async with app.run_test(size=(40, 12)) as pilot:
            await pilot.press("end")
            assert table.cursor_row == 4, type(table).__name__
            await pilot.press("home")
            assert table.cursor_row == 0, type(table).__name__
