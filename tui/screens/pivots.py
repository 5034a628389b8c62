"""Ranked pivots; the highlighted one shows its skill gap and learning plan."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.widgets import DataTable, Footer, Static

from career_resilience import wording as w
from career_resilience.model.pivot_map import map_points
from career_resilience.model.result import PivotOption, Result
from career_resilience.tui import views
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.widgets.pivot_detail import PivotDetail
from career_resilience.tui.widgets.pivot_map import PivotMap
from career_resilience.tui.widgets.view_bar import ViewBar

COLUMNS = ("#", "Pivot", "Fit", "Exposure", "Resilience", "To learn")


def pivot_row(rank: int, pivot: PivotOption, result: Result) -> tuple[str, ...]:
    """One table row: the change after the pivot is shown against today."""
    gap = len(pivot.gap_skills)
    return (
        str(rank),
        pivot.label,
        w.percent(pivot.fit),
        f"{w.score(pivot.exposure)} {w.score_change(pivot.exposure, result.exposure)}",
        f"{w.score(pivot.resilience)} {w.score_change(pivot.resilience, result.resilience)}",
        f"{gap} skill{'' if gap == 1 else 's'}, {pivot.plan_weeks:g} wk",
    )


class PivotsScreen(SessionScreen):
    """Where the person could go next, and what it takes."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("pivots")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("pivots"))

    def compose(self) -> ComposeResult:
        """Intro line, then the table beside (or above) the detail."""
        yield ViewBar("pivots")
        yield Static(id="pivots-intro")
        with Horizontal(id="pivots-body"):
            yield DataTable(id="pivot-table", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="pivot-detail-box"):
                yield PivotDetail()
                yield PivotMap(id="pivot-map")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Set up columns and panels."""
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        self.query_one("#pivot-detail-box").border_title = "The move in detail"
        self.sync_if_stale()

    def sync(self) -> None:
        """Fill the table from the session's result."""
        result = self.session.result
        table = self.query_one(DataTable)
        table.clear()
        intro = self.query_one("#pivots-intro", Static)
        body = self.query_one("#pivots-body")
        if result is None:
            intro.update("[b]No result yet.[/] Score your profile first (F2, then Enter).")
            body.display = False
            return
        note = escape(getattr(result, "pivot_note", ""))
        if not result.pivots:
            intro.update(
                note
                or "[b]No pivot here raises your resilience.[/] Your work is already in a "
                "comparatively resilient place; the what-if view (F5) shows which new skills "
                "would still move your score."
            )
            body.display = False
            return
        body.display = True
        intro.update(
            f"[b]Where you could go next[/], ranked by fit and by how much each move raises "
            f"your resilience (now [b]{w.score(result.resilience)}[/]). ↑↓ to choose; the map is "
            f"under the detail.{' ' + note if note else ''}"
        )
        self.query_one(PivotMap).show(map_points(result))
        for rank, pivot in enumerate(result.pivots, 1):
            table.add_row(*pivot_row(rank, pivot, result), key=pivot.id)
        table.move_cursor(row=0)
        self._show(0)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    def _show(self, row: int) -> None:
        result = self.session.result
        detail = self.query_one(PivotDetail)
        if result is None or not 0 <= row < len(result.pivots):
            detail.show(None, 0, 0)
            return
        detail.show(result.pivots[row], result.resilience, result.exposure)

    @on(DataTable.RowSelected)
    def action_focus_detail(self) -> None:
        """Move into the detail to scroll it."""
        self.query_one("#pivot-detail-box").focus()

    def action_focus_table(self) -> None:
        """Back to the list."""
        self.query_one(DataTable).focus()
