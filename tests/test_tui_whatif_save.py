"""Saving to a client and exporting from what-if say which result they take.

Seen in tmux (issue 11): a coach trying "Python" on a client's profile pressed ctrl+k and
the dialog showed only the starting figures, not saying whether the trial was saved. The
session saved is the starting result (a trial is not the client's profile until ctrl+y
keeps it), and the dialog now says so while other skills are being tried. ctrl+e there
wrote the starting result without a word (the report lacked the skill on screen); it now
exports what is shown, and its prompt and file name say so.
"""

from __future__ import annotations

from test_tui_whatif_layout import _what_if
from tui_support import settle, wait_until

from career_resilience.reports.markdown import render_result_markdown
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.wording import EXPORT_HINT, EXPORT_HINT_TRYING, save_starting_result

STARTING = save_starting_result("ctrl+y")


def _change(app) -> str:
    return app.screen.query_one("#whatif-change").visual.plain


async def test_save_export_and_ctrl_s_from_what_if_say_which_result(tui_app, isolated_dirs):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])
        await pilot.press(*"Python", "enter")
        await wait_until(pilot, lambda: "Python" in _change(app))
        start, (tried, tried_result) = app.session.result, app.screen.current
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert app.screen.query_one("#save-starting").visual.plain == STARTING
        assert app.screen.result == start.to_dict()  # the starting result, as it says
        await pilot.press("escape", "ctrl+e")  # export: the result shown, as it says
        await settle(pilot)
        assert app.screen.query_one("#prompt-hint").visual.plain == EXPORT_HINT_TRYING
        assert app.screen.default_name == "accounts-payable-clerk-what-if.md"
        target = isolated_dirs / "tried.md"
        app.screen.query_one("#prompt-path", CompletingInput).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert "Python" in tried.skills and "Python" not in app.session.profile.skills
        assert target.read_text() == render_result_markdown(tried.to_dict(), tried_result.to_dict())
        await pilot.press("ctrl+z")  # back to where it started: nothing tried
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert app.screen.query_one("#save-summary")  # the dialog is open
        assert not app.screen.query("#save-starting")
        await pilot.press("escape", "ctrl+e")
        await settle(pilot)
        assert app.screen.query_one("#prompt-hint").visual.plain == EXPORT_HINT
        assert app.screen.default_name == "accounts-payable-clerk.md"
        await pilot.press("escape")
        await settle(pilot)
        # The same run goes on to saving the profile (ctrl+s).
        await _saving_the_profile_from_what_if_says_it_is_the_starting_one(pilot, app)


async def _saving_the_profile_from_what_if_says_it_is_the_starting_one(pilot, app) -> None:
    # Seen in tmux: a nurse switched "triage" off in what-if and pressed ctrl+s; the file
    # held triage (the profile as it started) and the prompt said nothing of it, where
    # ctrl+k and ctrl+e say which result they take.
    from career_resilience.wording import save_starting_profile

    await pilot.press(*"Python")
    await wait_until(pilot, lambda: "Python" in _change(app))
    await pilot.press("ctrl+s")
    await settle(pilot)
    hint = app.screen.query_one("#prompt-hint").visual.plain
    assert hint.startswith(save_starting_profile("ctrl+y"))
    await pilot.press("escape", "ctrl+z", "ctrl+s")  # nothing tried: no such word
    await settle(pilot)
    assert not app.screen.query("#prompt-hint")


def test_help_says_ctrl_e_exports_the_result_shown() -> None:
    # The help and palette read "export the result as Markdown" while ctrl+e in what-if
    # exports the variant shown (the prompt says so; the help line did not). One line
    # at 80x24, as before: a second pushed the help's own section off its first page.
    from career_resilience.tui import views

    export = next(a for a in views.ACTIONS if getattr(a, "action", "") == "export")
    assert export.about.startswith("export the result shown") and len(export.about) <= 52
