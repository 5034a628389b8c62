"""The pivot detail starts at its top for every pivot chosen and every new result.

Seen in tmux at 80x24 as a cashier (issue 11): after scrolling one pivot's detail, the
next pivot chosen (and the next person's first pivot) opened mid-way, at "customer-service
experience, plus careful data entry...", with the name of the move off-screen.

Every check of the pivots view a data analyst can show is one step of one app run
(:func:`test_a_data_analysts_pivots_walked_key_by_key`): each step starts from the list
of pivots, the first chosen, and leaves it so. An app run is most of a Pilot test's time
(3-6 s each, nine of them here before): the steps are the tests they were, in order.
"""

from __future__ import annotations

from textual.widgets import DataTable
from tui_support import fill_profile, model_settled, wait_until

from career_resilience.model.pivot_map import MapPoint
from career_resilience.tui.widgets.pivot_map import PivotMap


async def _pivots(pilot, app, role: str, skills: list[str]) -> None:
    await fill_profile(pilot, role, skills, ["Build the weekly KPI deck"])
    await pilot.press("ctrl+r")
    await wait_until(pilot, lambda: app.current_mode == "result")
    await pilot.press("f4")
    await wait_until(pilot, lambda: app.current_mode == "pivots")
    await pilot.pause()


def _footer(screen_text, app) -> str:
    return screen_text(app).splitlines()[-1]


async def _footer_offers_details_only_outside_the_detail(pilot, app, screen_text) -> None:
    # At 80x24, reading a move (d), the footer still offered "d Details", which did
    # nothing there; back in the list it is offered again.
    assert "d Details" in _footer(screen_text, app)
    await pilot.press("d")
    await pilot.pause()
    assert "d Details" not in _footer(screen_text, app)
    await pilot.press("escape")
    await pilot.pause()
    assert "d Details" in _footer(screen_text, app)


async def _back_from_reading_a_move_its_name_heads_the_detail(pilot, app, screen_text) -> None:
    # Seen in tmux at 80x24: d, one line down in the move read alone, then Escape: the
    # list came back with the small detail under it still scrolled, its first line
    # "O*NET 51-3092.00, job zone 2 ..." and the move's name off-screen.
    first = app.session.result.pivots[0].label
    box = app.screen.query_one("#pivot-detail-box")
    await pilot.press("d", "down", "down")
    await pilot.pause()
    assert box.scroll_y > 0
    await pilot.press("escape")
    await pilot.pause()
    assert box.scroll_y == 0
    detail = screen_text(app).split("The move in detail")[1]
    assert first.split()[0] in detail.splitlines()[1]


async def _a_short_screen_reads_the_move_alone(pilot, app) -> None:
    # At 80x24 the detail box under a long intro and the table was 5-6 lines: a move's
    # name, numbers and the start of why it fits; its skills and plan took d, PageDown.
    # (Its taller half, :func:`_a_tall_screen_reads_the_move_beside_the_list`, resizes.)
    screen = app.screen
    box = screen.query_one("#pivot-detail-box")
    table = screen.query_one("#pivot-table")
    listed = box.region.height
    await pilot.press("d")
    await pilot.pause()
    assert not table.region.height and box.region.height == 22 > listed
    assert "t or Escape" in box.border_title
    await pilot.press("escape")
    await pilot.pause()
    assert table.region.height and box.region.height == listed


async def _each_pivot_chosen_shows_its_detail_from_the_top(pilot, app, screen_text) -> None:
    pivots = app.session.result.pivots
    assert len(pivots) >= 2
    box = app.screen.query_one("#pivot-detail-box")
    await pilot.press("d", "pagedown", "pagedown")  # read on into the first plan
    await pilot.pause()
    assert box.scroll_y > 0
    await pilot.press("t", "down")  # back to the table, the next pivot
    await pilot.pause()
    assert box.scroll_y == 0
    assert pivots[1].label.split()[0] in screen_text(app).split("The move in detail")[1]
    await pilot.press("up")  # the first pivot again, for the next step
    await pilot.pause()


async def _escape_leaves_the_detail_for_the_list(pilot, app, screen_text) -> None:
    # Seen in tmux: in the detail, Escape did nothing, and ↓ only scrolled the detail;
    # the way back was a "t" the footer does not show.
    pivots = app.session.result.pivots
    await pilot.press("d")
    await pilot.pause()
    assert app.focused is app.screen.query_one("#pivot-detail-box")
    await pilot.press("escape", "down")
    await pilot.pause()
    assert app.focused is app.screen.query_one("#pivot-table")
    assert pivots[1].label.split()[0] in screen_text(app).split("The move in detail")[1]
    await pilot.press("up")
    await pilot.pause()


async def _m_shows_the_whole_map_and_m_again_goes_back(pilot, app, screen_text) -> None:
    # Under the detail the map took three pages of scrolling at 80x24: a coach could
    # not show it to the client in one piece.
    pivots = app.session.result.pivots
    assert pivots
    await pilot.press("m")
    await pilot.pause()
    shown = screen_text(app, flat=True)
    assert "AI exposure →" in shown and "● you (today): exposure" in shown  # plot, legend
    for rank, pivot in enumerate(pivots, 1):
        assert f"{rank} {pivot.label}: exposure" in shown
    assert "The move in detail" not in shown
    await pilot.press("m")
    await pilot.pause()
    assert "The move in detail" in screen_text(app)
    assert isinstance(app.focused, DataTable)  # ↑↓ choose a pivot again


async def _escape_closes_the_map_back_to_the_list(pilot, app) -> None:
    await pilot.press("m")
    await pilot.pause()
    assert app.screen.has_class("-map")
    await pilot.press("escape")
    await pilot.pause()
    assert not app.screen.has_class("-map")
    assert app.focused is app.screen.query_one("#pivot-table")


async def _a_tall_screen_reads_the_move_beside_the_list(pilot, app) -> None:
    await pilot.resize_terminal(80, 40)  # tall enough for both
    await pilot.press("d")
    await pilot.pause()
    screen = app.screen
    assert screen.query_one("#pivot-table").region.height
    assert screen.query_one("#pivot-detail-box").has_focus
    await pilot.press("escape")
    await pilot.pause()


def _plot(text: str) -> list[str]:
    return text.split("(m: back)")[1].split("AI exposure →")[0].splitlines()


async def _the_map_alone_grows_on_a_tall_terminal(pilot, app, screen_text) -> None:
    # Seen in tmux at 200x50: the map "large enough to show a client" kept its 9 plot
    # rows, with half the screen empty below the legend.
    await pilot.resize_terminal(200, 50)
    await pilot.pause()
    await pilot.press("m")
    await pilot.pause()
    await pilot.pause()
    text = screen_text(app)
    plot = _plot(text)
    assert sum("┊" in line or "┼" in line for line in plot) >= 25, plot
    assert "you (today): exposure" in text  # the legend is still whole below it
    await pilot.press("m")
    await pilot.pause()


FARMHAND_MAP = [
    MapPoint("you (today)", 21.0, -5.3, "●", True),
    MapPoint("First-Line Supervisors of Farming, Fishing, and Forestry Workers", 34, 2.7, "1"),
    MapPoint("Laborers and Freight, Stock, and Material Movers, Hand", 6.0, 5.3, "2"),
    MapPoint("Agricultural Inspectors", 42.0, 2.0, "3"),
    MapPoint("Machine Feeders and Offbearers", 11.0, 5.5, "4"),
    MapPoint(
        "Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, "
        "Operators, and Tenders",
        24.0,
        3.4,
        "5",
    ),
]


async def _the_map_alone_shows_every_legend_line_at_80x24(pilot, app, screen_text) -> None:
    # Seen in tmux as a farmhand (light theme, 80x24): with five long O*NET names the
    # legend ran off the foot of the map shown to the client, "5 Separating, ...,
    # and Still Machine" and no more; the rest needed a scroll nothing pointed to.
    await pilot.press("m")
    await pilot.pause()
    app.screen.query_one("#pivot-map", PivotMap).show(FARMHAND_MAP)
    await pilot.pause()
    await pilot.pause()
    box = app.screen.query_one("#pivot-detail-box")
    text = screen_text(app)
    assert box.max_scroll_y == 0
    assert "Operators, and Tenders: exposure 24" in text, text
    assert "sheltered · stable/shrinking" in text or "-15%" in text  # the plot is there
    plot = _plot(text)
    # Still a plot with both halves, and every pivot's number on it.
    assert sum("┊" in line or "┼" in line for line in plot) >= 5, plot
    drawn = "".join(line.split("│")[2] for line in plot if line.count("│") >= 3)
    assert all(marker in drawn for marker in "●12345"), plot
    await pilot.press("m", "m")  # back and forth: drawn the same again
    await pilot.pause()
    await pilot.pause()
    assert box.max_scroll_y == 0
    assert "Operators, and Tenders: exposure 24" in screen_text(app)
    await pilot.press("escape")
    await pilot.pause()


async def _the_next_persons_pivots_open_at_the_top_of_the_detail(pilot, app) -> None:
    box = app.screen.query_one("#pivot-detail-box")
    await pilot.press("d", "pagedown", "pagedown")
    await pilot.pause()
    assert box.scroll_y > 0
    await pilot.press("ctrl+n", "y")  # the result saved nowhere: clear it
    await pilot.pause()
    await _pivots(pilot, app, "Nurse", ["triage", "patient care"])
    assert app.screen.query_one("#pivot-detail-box").scroll_y == 0


async def test_a_data_analysts_pivots_walked_key_by_key(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _pivots(pilot, app, "Data analyst", ["SQL", "Excel"])
        await _footer_offers_details_only_outside_the_detail(pilot, app, screen_text)
        await _back_from_reading_a_move_its_name_heads_the_detail(pilot, app, screen_text)
        await _a_short_screen_reads_the_move_alone(pilot, app)
        await _each_pivot_chosen_shows_its_detail_from_the_top(pilot, app, screen_text)
        await _escape_leaves_the_detail_for_the_list(pilot, app, screen_text)
        await _m_shows_the_whole_map_and_m_again_goes_back(pilot, app, screen_text)
        await _escape_closes_the_map_back_to_the_list(pilot, app)
        await _a_tall_screen_reads_the_move_beside_the_list(pilot, app)
        await _the_map_alone_grows_on_a_tall_terminal(pilot, app, screen_text)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await _the_map_alone_shows_every_legend_line_at_80x24(pilot, app, screen_text)
        await _the_next_persons_pivots_open_at_the_top_of_the_detail(pilot, app)


async def test_with_no_pivot_d_and_m_leave_the_note_on_screen(tui_app, screen_text):
    # A veterinary technician with no pivot pressed d (the footer offered "d Details"):
    # the view went blank, the note saying why there was no pivot gone with it, even
    # after F3 and F4 again.
    import dataclasses

    from career_resilience.model.profile import Profile

    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        profile = Profile.create("Data analyst", ["SQL", "Excel"])
        note = "You do not need to move. To stay there, keep your training current."
        scored = app.session.engine.score(profile)
        app.session.set_result(profile, dataclasses.replace(scored, pivots=(), pivot_note=note))
        await pilot.press("f4")
        await wait_until(pilot, lambda: app.current_mode == "pivots")
        await pilot.pause()
        assert note in screen_text(app, flat=True)
        assert "d Details" not in screen_text(app)  # nothing to open
        await pilot.press("d")
        await pilot.pause()
        assert note in screen_text(app, flat=True)
        await pilot.press("m", "d")
        await pilot.pause()
        assert note in screen_text(app, flat=True)
