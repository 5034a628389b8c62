"""A duty that moves the score is named whole in the app, wrapped under its own text."""

from __future__ import annotations

from tui_support import score_profile, settle

from career_resilience.model.driver_lines import DriverLine
from career_resilience.tui.widgets.drivers import DriverList, whole_duty

LONG_DUTY = "Dispatch police, fire and ambulance units by radio across the county"


def test_a_shortened_duty_is_shown_as_the_line_it_starts():
    cut = 'duty "Dispatch police, fire and ambulance units by ra…"'
    assert whole_duty(cut, [LONG_DUTY]) == f'duty "{LONG_DUTY}"'
    assert whole_duty('skill "SQL"', [LONG_DUTY]) == 'skill "SQL"'


async def test_duty_drivers_wrap_under_their_text_at_80_columns(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Data analyst", ["SQL"], [LONG_DUTY])
        drivers = app.screen.query_one(DriverList)
        # The model names a long duty by its first 48 characters.
        drivers.lines = [DriverLine('duty "Dispatch police, fire and ambulance units by ra…"', 1.2)]
        drivers.duties = [LONG_DUTY]
        drivers.refresh(layout=True)
        drivers.scroll_visible(animate=False)
        await pilot.pause()
        shown = screen_text(app).splitlines()
        first = next(n for n, row in enumerate(shown) if '+1.2  duty "Dispatch' in row)
        text_column = shown[first].index('duty "')
        # The rest of the duty continues under its own text, whole ("radio", not "ra…").
        assert shown[first + 1][:text_column].strip(" │") == ""
        parts = [row[text_column:].split("│")[0].strip() for row in shown[first : first + 2]]
        assert " ".join(parts) == f'duty "{LONG_DUTY}"', parts
