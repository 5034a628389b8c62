"""Notifications show what a coach typed as typed: a client called "Lee [temp]" is not
turned into markup ("Lee ." or, with a stray closing tag, a failed toast). At 80x24 they
come one at a time: opening a client ("Working with Rosa Diaz: cleared Marcus Lee's
profile and result") then loading her session ("Profile loaded") stacked two notices
over 13 of the 24 rows, the right half of her result, for five seconds (seen in tmux).
"""

from __future__ import annotations

from coach_support import settle, to_clients
from textual.app import App
from textual.content import Content
from tui_support import command

from career_resilience.tui.app import ResilienceApp
from career_resilience.tui.notices import OneNoticeWhenShort


def toasts(app) -> list[str]:
    """Each notification's text as its toast draws it (markup read only when on)."""
    return [
        (Content.from_markup(n.message) if n.markup else Content(n.message)).plain
        for n in app._notifications
    ]


async def test_client_names_in_notifications_are_shown_as_typed(tui_app):
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_clients(pilot)
        await pilot.press("ctrl+g", *"Lee [temp]", "enter")
        await settle(pilot)
        assert "Added Lee [temp]. Enter opens their record." in toasts(app)
        await pilot.press("ctrl+a", "y")  # archive, confirmed
        await settle(pilot)
        assert "Archived Lee [temp]; ctrl+t shows archived clients." in toasts(app)


class Bare(OneNoticeWhenShort, App[None]):
    """The rule alone, on an app that starts in a fraction of the full one's time."""


def shown(app: App[None]) -> list[str]:
    """The text of each notification still shown."""
    return [n.message for n in app._notifications]


async def test_a_new_notice_takes_the_place_of_the_last_on_a_short_screen() -> None:
    assert issubclass(ResilienceApp, OneNoticeWhenShort)  # the app follows the rule
    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify("Cleared Marcus Lee's profile and result", title="Working with Rosa Diaz")
        app.notify("Could not write the report", severity="error")
        await pilot.pause()
        app.notify("Loaded the profile of Rosa Diaz's session 1", title="Profile loaded")
        await pilot.pause()
        # The error stays for its time; the earlier information gives way.
        assert shown(app) == [
            "Could not write the report",
            "Loaded the profile of Rosa Diaz's session 1",
        ]
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:  # room for both: both stay
        app.notify("Cleared Marcus Lee's profile and result")
        app.notify("Loaded the profile of Rosa Diaz's session 1")
        await pilot.pause()
        assert len(shown(app)) == 2


async def _open_the_record(pilot) -> None:
    """Open the first client's record from the clients view (F6, then Enter)."""
    await to_clients(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_a_dialog_opened_under_a_notice_shows_its_keys_whole(tui_app, screen_text):
    # Seen in tmux at 80x24: saving session 2 to a client, then F6 and p (the chosen
    # pivot) drew "Saved as session 2 of Maya Okonkwo." over the dialog's last line,
    # "↓↑ choose · Enter picks · Escape ▌" for the notice's five seconds.
    from coach_support import seed

    from career_resilience import wording

    seed("Maya Okonkwo", sessions=2)
    app = tui_app()
    # Notices drawn (Pilot leaves them out unless asked), as in a terminal.
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_the_record(pilot)
        app.notify("Saved as session 2 of Maya Okonkwo.", title="Assessment saved")
        await pilot.pause()
        await command(pilot, "p")
        await settle(pilot)
        assert wording.KEYS_CHOOSE in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        # What the coach did before gives way; what went wrong stays for its time.
        app.notify("Could not write the report", severity="error")
        app.notify("Saved as session 2 of Maya Okonkwo.", title="Assessment saved")
        await command(pilot, "p")
        await settle(pilot)
        assert shown(app) == ["Could not write the report"]


async def test_a_notice_gives_way_on_the_screen_under_a_dialog_too(tui_app, screen_text) -> None:
    # tmux, 80x24: "Pivot recorded." stayed drawn beside the report dialog opened over the
    # client's record for its five seconds: the notice was taken down, but only the
    # dialog's own notices were redrawn, and the record under it still showed its toast.
    from coach_support import seed

    seed("Maya Okonkwo", sessions=2)
    app = tui_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_the_record(pilot)
        app.notify("Pivot recorded.")
        await pilot.pause()
        assert "Pivot recorded." in screen_text(app)
        await command(pilot, "m")
        await settle(pilot)
        assert app.screen.is_modal
        assert "Pivot recorded." not in screen_text(app)


async def test_a_notice_posted_while_a_dialog_is_open_waits_for_it_to_close(
    tui_app, screen_text
) -> None:
    # tmux, 80x24: a save finishing as the coach opened the next dialog (save, then F6
    # Enter n typed fast) drew "Saved as session 2 of ..." over that dialog's buttons.
    from career_resilience import wording

    seed_name = "Maya Okonkwo"
    from coach_support import seed

    seed(seed_name, sessions=2)
    app = tui_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _open_the_record(pilot)
        await command(pilot, "p")
        await settle(pilot)
        app.notify(f"Saved as session 2 of {seed_name}.", title="Assessment saved")
        await pilot.pause()
        text = screen_text(app)
        assert wording.KEYS_CHOOSE in text and "Saved as session 2" not in text
        await pilot.press("escape")
        await settle(pilot)
        assert "Saved as session 2" in screen_text(app)  # shown once the dialog closed


async def test_a_warning_clicked_away_stays_away_when_notices_replace_each_other() -> None:
    # A warning the person clicked away came back for its time left once an information
    # notice took the place of another: dropping them re-shows the warnings this app
    # recorded, and the click had not been recorded.
    app = Bare()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        app.notify("Could not write the report", severity="warning", timeout=30)
        app.notify("Profile loaded")
        await pilot.pause()
        warning = next(t for t in app.screen.query("Toast") if "report" in str(t.render()))
        await pilot.click(warning)
        await pilot.pause()
        assert shown(app) == ["Profile loaded"]
        app.notify("Pivot recorded.")
        await pilot.pause()
        await pilot.pause()
        assert shown(app) == ["Pivot recorded."]
