"""At 200x50 the result's boxes line up and the pivots view leaves no empty column."""

from __future__ import annotations

from tui_support import fill_profile, model_settled, wait_until

WIDE = (200, 50)


async def _scored(pilot, app) -> None:
    await model_settled(pilot)
    await fill_profile(pilot, "Data analyst", ["SQL", "Excel"], ["Build the weekly KPI deck"])
    await pilot.press("ctrl+r")
    await wait_until(pilot, lambda: app.current_mode == "result")
    await pilot.pause()


async def test_the_result_boxes_share_their_edges_at_200_columns(tui_app):
    # The lower boxes sat one column left of the score boxes above them (issue 11).
    app = tui_app()
    async with app.run_test(size=WIDE) as pilot:
        await _scored(pilot, app)
        screen = app.screen
        exposure = screen.query_one("#exposure-box").region
        resilience = screen.query_one("#resilience-box").region
        for left, right in (("#category-box", "#drivers-box"), ("#split-box", "#duties-box")):
            lower_left = screen.query_one(left).region
            lower_right = screen.query_one(right).region
            assert (lower_left.x, lower_left.right) == (exposure.x, exposure.right)
            assert (lower_right.x, lower_right.right) == (resilience.x, resilience.right)
        occupations = screen.query_one("#occupation-box").region
        assert (occupations.x, occupations.right) == (exposure.x, resilience.right)


async def test_the_wide_pivots_view_shows_the_map_under_the_table(tui_app):
    # The table took six rows of a 45-row column and left the rest of it empty.
    from career_resilience.tui.widgets.pivot_map import PivotMap

    app = tui_app()
    async with app.run_test(size=WIDE) as pilot:
        await _scored(pilot, app)
        await pilot.press("f4")
        await wait_until(pilot, lambda: app.current_mode == "pivots")
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#pivot-table").region
        shown = [m for m in screen.query(PivotMap) if m.display and m.region.height]
        assert len(shown) == 1  # the map is drawn once, not beside a copy of itself
        side = shown[0].region
        assert side.x == table.x and side.y >= table.bottom
        assert side.right <= table.right
        # It is the detail's map that stepped aside, so the detail ends on its plan.
        assert "you (today)" in shown[0].render_for(side.width).plain
        # Narrowed to 80 columns, the table still fits: a column kept the width of the
        # longest name it had shown, and Resilience and To learn went off the edge.
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        table = screen.query_one("#pivot-table")
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_the_skill_list_lines_up_with_the_boxes_above_it(tui_app):
    # It sat a column in on both sides, at every width (a margin of its own).
    for size in ((80, 24), WIDE):
        app = tui_app()
        async with app.run_test(size=size) as pilot:
            await model_settled(pilot)
            screen = app.screen
            entry = screen.query_one("#skill-entry Input").region
            listed = screen.query_one("#skills").region
            assert (listed.x, listed.right) == (entry.x, entry.right)
