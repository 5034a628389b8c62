"""The consent dialog takes keys where a coach reading it top to bottom expects them.

Seen in tmux: it opened with the cursor in "What the client agreed to", under a date
already filled in above it; a coach typing the consent date first wrote it into the
agreement. The fields now come in the order the focus takes them, the focused one on
top, and the date (today's, filled in) is replaced by what is typed on it.
"""

from __future__ import annotations

from datetime import date

from coach_support import on_client_list, seed
from tui_support import settle, wait_until


async def test_the_consent_fields_are_in_focus_order_and_typing_replaces_the_date(tui_app):
    from textual.widgets import Input

    from career_resilience.records import Store

    client_id = seed("Dana Smith", sessions=1)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter", "c")  # her record, then its consent dialog
        await wait_until(pilot, lambda: bool(app.screen.query("#consent-agreed")))
        await settle(pilot)
        boxes = sorted(app.screen.query(Input), key=lambda box: box.region.y)
        assert app.focused is boxes[0]  # the first key lands in the top field
        order = [app.focused.id]
        for _ in boxes[1:]:
            await pilot.press("tab")
            order.append(app.focused.id)
        assert order == [box.id for box in boxes]
        assert boxes[-1].value == date.today().isoformat()  # the date, last, is today's
        await pilot.press(*"2025-11-30", "shift+tab", "shift+tab", *"two years", "ctrl+s")
        await wait_until(pilot, lambda: not app.screen.query("#consent-agreed"))
    with Store.open() as store:
        consent = store.get_client(client_id).consent
    assert consent is not None
    assert (consent.date, consent.agreed) == (date(2025, 11, 30), "two years")
