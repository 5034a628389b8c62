"""The pivot detail starts at its top for every pivot chosen and every new result.

Seen in tmux at 80x24 as a cashier (issue 11): after scrolling one pivot's detail, the
next pivot chosen (and the next person's first pivot) opened mid-way, at "customer-service
experience, plus careful data entry...", with the name of the move off-screen.
"""

from __future__ import annotations

from tui_support import fill_profile, model_settled, wait_until


async def _pivots(pilot, app, role: str, skills: list[str]) -> None:
    await fill_profile(pilot, role, skills, ["Build the weekly KPI deck"])
    await pilot.press("ctrl+r")
    await wait_until(pilot, lambda: app.current_mode == "result")
    await pilot.press("f4")
    await wait_until(pilot, lambda: app.current_mode == "pivots")
    await pilot.pause()


async def test_each_pivot_chosen_shows_its_detail_from_the_top(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _pivots(pilot, app, "Data analyst", ["SQL", "Excel"])
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


async def test_the_next_persons_pivots_open_at_the_top_of_the_detail(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _pivots(pilot, app, "Data analyst", ["SQL", "Excel"])
        box = app.screen.query_one("#pivot-detail-box")
        await pilot.press("d", "pagedown", "pagedown")
        await pilot.pause()
        assert box.scroll_y > 0
        await pilot.press("ctrl+n")
        await pilot.pause()
        await _pivots(pilot, app, "Nurse", ["triage", "patient care"])
        assert app.screen.query_one("#pivot-detail-box").scroll_y == 0


async def test_escape_leaves_the_detail_for_the_list_of_pivots(tui_app, screen_text):
    # Seen in tmux: in the detail, Escape did nothing, and ↓ only scrolled the detail;
    # the way back was a "t" the footer does not show.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _pivots(pilot, app, "Data analyst", ["SQL", "Excel"])
        pivots = app.session.result.pivots
        await pilot.press("d")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#pivot-detail-box")
        await pilot.press("escape", "down")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#pivot-table")
        assert pivots[1].label.split()[0] in screen_text(app).split("The move in detail")[1]


async def test_escape_closes_the_map_back_to_the_list(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _pivots(pilot, app, "Data analyst", ["SQL", "Excel"])
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.has_class("-map")
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.has_class("-map")
        assert app.focused is app.screen.query_one("#pivot-table")
