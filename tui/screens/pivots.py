"""Ranked pivots; the highlighted one shows its skill gap and learning plan."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widgets import DataTable, Footer, Static

from career_resilience import wording
from career_resilience.model.pivot_map import map_points
from career_resilience.model.result import PivotOption, Result
from career_resilience.tui import views
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.screens.pivots_intro import is_cut, pivots_intro
from career_resilience.tui.widgets.pivot_detail import PivotDetail
from career_resilience.tui.widgets.pivot_map import PivotMap
from career_resilience.tui.widgets.row_table import RowTable
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.wording import percent, score, signed, whole

COLUMNS = ("#", "Pivot", "Fit", "Exposure", "Resilience", "To learn")


DETAIL_TITLE = "The move in detail"
#: Its title while it is read alone on a short screen (see READ_ALONE_ROWS).
READING_TITLE = "The move in detail (t or Escape: back to the list)"
MAP_TITLE = "The map: AI exposure across, projected change in jobs up (m: back)"

#: From this many rows on, a wide screen draws the map under the table (where a short
#: list of pivots left most of the column empty) instead of under the detail: the
#: intro, the table's header and five two-line rows and the map with its legend fit.
SIDE_MAP_ROWS = 40

#: Below this many rows a narrow screen shows the move alone while it is read (d or
#: Enter): under the intro and the table its box had 5-6 lines at 80x24, for a worker
#: the note calls resilient (baker, care worker: a 5-6 line intro) only the move's name,
#: numbers and the start of why it fits.
READ_ALONE_ROWS = 32

#: Every cell's padding (one each side), the table's margins and its scroll bar.
PADDING_WIDTH = 2 * len(COLUMNS) + 2 + 2


def pivot_row(
    rank: int, pivot: PivotOption, result: Result, label_width: int = 40
) -> tuple[str, ...]:
    """One table row: the change after the pivot is shown against today.

    A name longer than ``label_width`` wraps onto a second line (the row grows), so the
    "To learn" column always keeps its room; a long shot says so under its name.
    """
    # Changes are between the scores as shown, so "54 +7" always sits beside "47".
    exposure_change = whole(pivot.exposure) - whole(result.exposure)
    resilience_change = whole(pivot.resilience) - whole(result.resilience)
    return (
        str(rank),
        "\n".join(
            [*(textwrap.wrap(pivot.label, label_width) or [pivot.label])]
            + ([wording.LONG_SHOT_ROW] if wording.reads_long_shot(pivot.fit_reasons) else [])
        ),
        percent(pivot.fit),
        f"{score(pivot.exposure)} {signed(exposure_change, 0)}",
        f"{score(pivot.resilience)} {signed(resilience_change, 0)}",
        # Under it, what most of the weeks are for when no skill takes them.
        wording.to_learn_cell(len(pivot.gap_skills), pivot.plan, pivot.plan_weeks),
    )


def fixed_width(result: Result) -> int:
    """The cells the columns besides the pivot's name take for this result's rows.

    Measured, not the widest any row could be ("10 skills · 108 wk"): the names get
    the rest, so fewer wrap ("Food and Tobacco Roasting, Baking, and Drying Machine
    Operators and Tenders" took four lines at 80 columns with a fixed reserve).
    """
    rows = [pivot_row(rank, p, result) for rank, p in enumerate(result.pivots, 1)]
    widths = [
        max(len(COLUMNS[i]), *(len(line) for row in rows for line in row[i].split("\n")))
        for i in range(len(COLUMNS))
        if i != 1
    ]
    return sum(widths) + PADDING_WIDTH


class PivotsScreen(SessionScreen):
    """Where the person could go next, and what it takes."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("pivots")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("pivots"))

    #: The note above the list is cut to fit a short screen (``i`` reads it whole).
    _note_cut = False
    #: The result whose note the intro shows.
    _note_of: Result | None = None

    def compose(self) -> ComposeResult:
        """Intro line, then the table beside (or above) the detail."""
        yield ViewBar("pivots")
        yield Static(id="pivots-intro")
        with Horizontal(id="pivots-body"):
            with Vertical(id="pivots-left"):
                yield RowTable(id="pivot-table")
                # Shown instead of the detail's map when the screen is wide and tall.
                yield PivotMap(id="side-map")
            with VerticalScroll(id="pivot-detail-box"):
                yield PivotDetail()
                yield PivotMap(id="pivot-map")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Set up the panels (the table's columns come with each result: sync)."""
        self.query_one("#pivot-detail-box").border_title = DETAIL_TITLE
        self.sync_if_stale()

    def sync(self) -> None:
        """Fill the table from the session's result."""
        result = self.session.result
        self.refresh_bindings()  # d and m are there only with pivots (check_action)
        table = self.query_one(DataTable)
        # Columns anew each time: a column only ever widens to its widest cell, so the
        # Pivot column kept the longest name shown before (a bank teller's at 200
        # columns) and at 80x24 pushed Resilience and To learn off the next person's.
        table.clear(columns=True)
        table.add_columns(*COLUMNS)
        intro = self.query_one("#pivots-intro", Static)
        body = self.query_one("#pivots-body")
        if result is None:
            intro.update(f"[b]{wording.NO_RESULT_YET}[/] {wording.SCORE_FIRST}")
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
        self._show_intro()
        points = map_points(result)
        for pivot_map in self.query(PivotMap):
            pivot_map.show(points)
        # Side by side, the table has three fifths of the width (see pivots.tcss).
        width = self.app.size.width * 3 // 5 if self.has_class("-wide") else self.app.size.width
        label_width = max(14, width - fixed_width(result))
        for rank, pivot in enumerate(result.pivots, 1):
            row = pivot_row(rank, pivot, result, label_width)
            table.add_row(*row, key=pivot.id, height=max(cell.count("\n") for cell in row) + 1)
        table.move_cursor(row=0)
        self._show(0)

    def _show_intro(self) -> None:
        """The intro, its note cut on a short screen (``pivots_intro.py``) unless it is
        read whole (``i``)."""
        result = self.session.result
        if result is None:
            return
        short = self.app.size.height < READ_ALONE_ROWS
        width = self.app.size.width - 2  # the intro's padding
        self._note_cut = short and is_cut(result, width)
        if not self._note_cut or result is not self._note_of:
            self.remove_class("-note")  # the next person's list opens as a list
        self._note_of = result
        whole = self.has_class("-note")
        self.query_one("#pivots-intro", Static).update(pivots_intro(result, short, width, whole))
        # Inline, as sync shows the body: a stylesheet rule would not override it.
        self.query_one("#pivots-body").display = not whole
        self.refresh_bindings()  # i is there only while the note is cut

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The detail and the map need a pivot: with none, d blanked the view (the
        note saying why there was none went with it) and the footer offered both.
        The whole note (i) is offered where the note is cut; d not from the detail."""
        if action in ("focus_detail", "toggle_map"):
            result = self.session.result
            if action == "focus_detail" and self.query_one("#pivot-detail-box").has_focus:
                return False  # reading it already: "d Details" did nothing there
            return result is not None and bool(result.pivots)
        if action == "toggle_note":
            return self._note_cut
        return super().check_action(action, parameters)

    def action_toggle_note(self) -> None:
        """The list's note whole, in the place of the list (a short screen cuts it), or
        back to the list."""
        if not self._note_cut:
            return
        self.set_class(not self.has_class("-note"), "-note")
        self._show_intro()

    def on_descendant_focus(self) -> None:
        """Reading a move on a short screen: it alone (:data:`READ_ALONE_ROWS`)."""
        self._read_alone()

    def on_descendant_blur(self) -> None:
        """Back to the list (or elsewhere): the intro and the table return."""
        self._read_alone()

    def _read_alone(self) -> None:
        box = self.query_one("#pivot-detail-box", VerticalScroll)
        map_shown = self.has_class("-map")
        reading = (
            box.has_focus
            and not map_shown
            and not self.has_class("-wide")
            and self.app.size.height < READ_ALONE_ROWS
        )
        if reading != self.has_class("-reading"):
            # Read from its name down, and back in the list its name heads the small
            # detail again (left scrolled, the name was off-screen at 80x24).
            box.scroll_home(animate=False)
        self.set_class(reading, "-reading")
        box.border_title = MAP_TITLE if map_shown else READING_TITLE if reading else DETAIL_TITLE
        self.refresh_bindings()  # d is offered only outside the detail (check_action)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap the names for the new width; move the map where there is room."""
        super().on_resize(event)
        self._read_alone()
        self._place_map()
        self.call_after_refresh(self._fit_map)
        if self.is_mounted:
            self.sync()

    def on_screen_resume(self) -> None:
        """Place the map for the terminal's size (it may have changed while hidden)."""
        super().on_screen_resume()
        self._place_map()

    def _place_map(self) -> None:
        """Under the table on a wide, tall screen; under the detail otherwise."""
        size = self.app.size
        self.set_class(self.has_class("-wide") and size.height >= SIDE_MAP_ROWS, "-side-map")

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
        # Each move is read from its name down: a detail scrolled for the last one (or
        # for the last person) opened mid-way, its name off-screen.
        if not self.has_class("-map"):
            self.query_one("#pivot-detail-box", VerticalScroll).scroll_home(animate=False)

    @on(DataTable.RowSelected)
    def action_focus_detail(self) -> None:
        """Move into the detail to scroll it (from the whole note too, which the footer
        offered d beside while it did nothing: the detail was hidden under the note)."""
        self._close_note()
        self.query_one("#pivot-detail-box").focus()

    def _close_note(self) -> None:
        """Back from the whole note to the list, so a key for the list acts on it."""
        if self.has_class("-note"):
            self.action_toggle_note()

    def action_focus_table(self) -> None:
        """Back to the list."""
        if self.has_class("-map"):
            self.action_toggle_map()
        self._close_note()
        self.query_one(DataTable).focus()

    def action_toggle_map(self) -> None:
        """Show the map alone in the body (a coach shows it to the client), or go back.

        Under the detail it needed three pages of scrolling at 80x24; alone it fits.
        """
        showing = not self.has_class("-map")
        if showing:
            self._close_note()  # m beside the whole note did nothing
        if showing and not self.query_one("#pivots-body").display:
            return  # no pivots, so no map
        self.set_class(showing, "-map")
        box = self.query_one("#pivot-detail-box", VerticalScroll)
        self._read_alone()
        box.scroll_home(animate=False)
        self.call_after_refresh(self._fit_map)
        if showing:
            box.focus()
        else:
            self.query_one(DataTable).focus()

    def _fit_map(self) -> None:
        """Alone, the map is drawn in the lines its box has, legend whole; else it scrolls."""
        box = self.query_one("#pivot-detail-box", VerticalScroll)
        lines = box.content_region.height if self.has_class("-map") else 0
        self.query_one("#pivot-map", PivotMap).max_lines = lines
