"""Records written before cleaning existed (or edited by hand) still cannot drive the
terminal or the app: a stored escape sequence shows as visible text, and square
brackets in a name or note are shown, never read as Textual markup or an action link."""

from __future__ import annotations

from coach_support import sample_profile, sample_result

from career_resilience.records import Store

HOSTILE = "Evil \x1b]0;OWNED\x07\x1b[2J [b]bold[/b] [@click=app.quit]x[/]"


def _seed_raw() -> None:
    with Store.open() as store:
        client = store.add_client("Plain Name")
        store.add_session(client.id, sample_profile(), sample_result())
        store.add_note(client.id, "plain note")
        # Straight into the file, as an older version or a hand edit could have left it.
        store.conn.execute("UPDATE clients SET name = ?", (HOSTILE,))
        store.conn.execute("UPDATE notes SET body = ?", (HOSTILE,))
        store.conn.commit()


async def test_a_hostile_stored_name_and_note_show_as_text(tui_app, screen_text) -> None:
    from tui_support import settle

    _seed_raw()
    app = tui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        listed = screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        record = screen_text(app)
        assert app.is_running  # no markup error, no action run
    for shown in (listed, record):
        assert "\x1b" not in shown and "\x07" not in shown
        assert "[b]bold[/b]" in shown
