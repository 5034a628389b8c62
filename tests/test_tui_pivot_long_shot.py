"""A long shot says so in the pivots table, not only in its detail.

Seen in tmux at 80x24 (session 33): a director of nursing read "Only 2 moves are worth
weighing here" above three rows; the third, Clinical informatics specialist at fit 24%,
was a long shot, but only its detail's fit line said so.
"""

from __future__ import annotations

from dataclasses import replace

from coach_support import score
from tui_support import wait_until

from career_resilience.wording import LONG_SHOT_ROW, long_shot


def _name_cells(app) -> list[str]:
    from textual.widgets import DataTable

    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(i)[1]) for i in range(table.row_count)]


async def test_a_long_shot_is_labelled_under_its_name_in_the_table(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        result = app.session.result
        assert result is not None and len(result.pivots) >= 2
        first, second = result.pivots[:2]
        near = replace(first, fit_reasons=("shares 70% of its work activities with yours",))
        shot = replace(second, fit=0.12, fit_reasons=(long_shot("shares 20% of its work"),))
        app.session.set_result(app.session.profile, replace(result, pivots=(near, shot)))
        await pilot.press("f4")
        await wait_until(pilot, lambda: app.current_mode == "pivots")
        await pilot.pause()
        cells = _name_cells(app)
        assert LONG_SHOT_ROW not in cells[0]
        assert cells[1].split("\n")[-1] == LONG_SHOT_ROW
        assert second.label.split()[0] in cells[1]
        assert LONG_SHOT_ROW in screen_text(app)
