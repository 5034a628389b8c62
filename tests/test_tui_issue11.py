"""Keystrokes land where a person expects, and no view shows a result that is gone."""

from __future__ import annotations

import asyncio

from tui_support import SIZE, burst, fill_profile, score_profile, settle, until_shown, wait_until

from career_resilience.model.profile import Profile
from career_resilience.tui.screens.new_profile_question import TYPING_PAUSE
from career_resilience.tui.screens.whatif_scoring import WhatIfScored
from career_resilience.tui.widgets.completing_input import CompletingInput


async def _scored(pilot, role="Accountant", skills=("GAAP", "Excel")) -> None:
    await settle(pilot)
    await score_profile(pilot, role, list(skills))


async def _in_what_if(pilot, role="Accountant", skills=("GAAP", "Excel")) -> None:
    """Score a profile and open the what-if on it (F5), settled."""
    await _scored(pilot, role, skills)
    await pilot.press("f5")
    await settle(pilot)


async def test_what_if_opens_in_the_add_box_scores_typing_and_enter_adds_the_skill(
    tui_app, tiny_engine, screen_text
):
    # One app run for three checks of the what-if on one profile (each had its own: 5-8 s
    # of CI apiece): a stale score dropped, typing scored before Enter, Enter adds.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _in_what_if(pilot)
        add = app.screen.query_one("#whatif-add")
        assert app.focused is add.input
        # A stale score (of a variant the screen no longer shows) is dropped.
        before = screen_text(app)
        old = Profile.create("Accountant", ["GAAP"])
        app.screen.post_message(WhatIfScored(old, tiny_engine.score(old)))
        await pilot.pause()
        assert screen_text(app) == before and "− Excel" not in screen_text(app)
        # What is typed is scored before Enter, and not listed yet.
        await pilot.press(*"Python")
        await wait_until(pilot, lambda: "+ Python" in screen_text(app))
        await settle(pilot)
        expected = tiny_engine.score(Profile.create("Accountant", ["GAAP", "Excel", "Python"]))
        assert app.screen.current[1].exposure == expected.as_saved().exposure
        assert app.screen.query_one("#whatif-list").texts == ["GAAP", "Excel"]
        add.value = ""  # cleared as the backspace key would
        await settle(pilot)
        # Enter adds the skill typed, and switches no listed one off.
        await pilot.press(*"SQL", "enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "[✓] GAAP" in shown  # the first skill was not switched off
        assert "[✓] SQL" in shown and "+ SQL" in shown and "− GAAP" not in shown


async def test_new_profile_clears_the_result_everywhere(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        # Saved nowhere, it went without a word: ctrl+n asks, and Back ("n") keeps it.
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: app.screen.query("#confirm-message"))
        asked = str(app.screen.query_one("#confirm-message").render())
        assert "(Accountant) is not saved to a client or a file" in asked
        await pilot.press("n")
        await pilot.pause()
        assert app.session.result is not None
        assert app.profile_screen.query_one("#role").value == "Accountant"
        await pilot.press("ctrl+n", "y")
        await settle(pilot)
        assert app.current_mode == "profile" and app.session.result is None
        assert "Scored" not in screen_text(app)
        assert app.screen.query_one("#role").value == ""
        for key in ("f3", "f4", "f5"):
            await pilot.press(key)
            await pilot.pause()
            shown = screen_text(app)
            assert "Nothing scored yet" in shown or "No result yet" in shown, key
            assert "Accountant" not in shown, key


async def test_keys_typed_behind_ctrl_n_never_answer_the_question_it_asks(tui_app):
    # ctrl+n typed with the next person's title: its "n" answered Back unseen and the
    # rest of the name went into the old person's form.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        burst(app, ["ctrl+n", *"Nanny"])
        await wait_until(pilot, lambda: app.screen.query("#confirm-typed-ahead.-shown"))
        await pilot.pause()
        assert app.screen.query("#confirm-message")  # still asking
        said = str(app.screen.query_one("#confirm-typed-ahead").render())
        assert '"Nanny" is not taken as an answer' in said
        assert app.profile_screen.query_one("#role").value == "Accountant"
        await asyncio.sleep(TYPING_PAUSE)  # read the question (a y on the word is more of it)
        await pilot.press("y")
        await settle(pilot)
        assert app.session.result is None
        assert app.screen.query_one("#role").value == "Nanny"  # the new form has it
        # Back drops them: the kept result's form gets none of it.
        await pilot.press("ctrl+r")
        await settle(pilot)
        burst(app, ["ctrl+n", *"Cook"])
        await wait_until(pilot, lambda: app.screen.query("#confirm-typed-ahead.-shown"))
        await asyncio.sleep(TYPING_PAUSE)
        await pilot.press("n")
        await settle(pilot)
        assert app.session.result is not None
        assert app.profile_screen.query_one("#role").value == "Nanny"
        # A lone y typed ahead is the coach answering a question they know: it clears.
        burst(app, ["ctrl+n", "y"])
        await settle(pilot)
        assert app.session.result is None
        assert app.screen.query_one("#role").value == ""


async def test_a_word_typed_while_ctrl_n_asks_is_no_answer(tui_app):
    # Seen in tmux: ctrl+n, then "Church organist" typed a second later without looking
    # at the screen. Its "n" answered Back, the letters before it were dropped and "ist"
    # went into the old person's skills box.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot)
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: app.screen.query("#confirm-message"))
        await asyncio.sleep(0.2)  # drawn: keys from now on are typed while it is up
        await pilot.pause()
        await pilot.press(*"Church organist")
        await pilot.pause()
        assert app.screen.query("#confirm-message")  # still asking
        said = str(app.screen.query_one("#confirm-typed-ahead").render())
        assert '"Church organist" is not taken as an answer' in said
        assert app.profile_screen.query_one("#role").value == "Accountant"
        assert "ist" not in app.profile_screen.query_one("#skill-entry", CompletingInput).value
        # A y after a pause answers, and the new form starts with the words typed.
        await asyncio.sleep(TYPING_PAUSE + 0.1)
        await pilot.press("y")
        await settle(pilot)
        assert app.session.result is None
        assert app.screen.query_one("#role").value == "Church organist"


async def test_a_new_score_starts_at_the_top_of_the_result(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _scored(pilot)
        body = app.screen.query_one("#result-body")
        body.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert body.scroll_y > 0
        app.rescore_in_category("nursing_care")  # "that's not me" rescoring too
        await settle(pilot)
        assert body.scroll_y == 0
        assert "Accountant" in screen_text(app).splitlines()[1]  # the headline is in view


async def test_the_keys_what_if_shows_work_from_its_add_box(tui_app):
    # What-if opens in the add box, where Textual's text box took ctrl+k (delete to
    # the end) and ctrl+e (go to the end): a coach's ctrl+k and client name became a
    # skill being tried ("+ Marco"). Its footer now shows both, and they do that.
    from career_resilience.tui.screens.save_to_client import SaveToClientScreen

    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _in_what_if(pilot)
        shown = {b.binding.key for b in app.screen.active_bindings.values() if b.binding.show}
        assert {"ctrl+k", "ctrl+e"} <= shown
        await pilot.press(*"SQ", "ctrl+k")
        await until_shown(pilot, SaveToClientScreen, "#save-client")
        await pilot.press(*"Marco")
        await pilot.pause()
        assert app.screen.query_one("#save-client").value == "Marco"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one("#whatif-add").value == "SQ"


async def test_the_result_says_a_high_band_as_a_place_when_half_the_tasks_are_untouched(
    tui_app, screen_text
):
    # A hospice chaplain: exposure 68 "high" beside a mix in which AI leaves half the
    # tasks alone had read "Much of this work is made of tasks AI can do", which the
    # mix bars beside it contradict. The result screen passes its mix to the wording.
    from dataclasses import replace

    from career_resilience.contract import Mix
    from career_resilience.wording import band_meaning

    app = tui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _scored(pilot)
        result = app.session.result
        half = Mix(substitute=0.2, augment=0.3, untouched=0.5)
        high = replace(result, exposure=68.0, band="high", mix=half)
        app.session.set_result(app.session.profile, high)
        await pilot.press("f2", "f3")  # the result view redraws as it is shown again
        await settle(pilot)
        shown = screen_text(app, flat=True)
        assert "More of this work is within AI's reach than in most occupations" in shown
        assert "Much of this work is made of tasks" not in shown
        assert band_meaning("high", {"substitute": 0.2, "augment": 0.3, "untouched": 0.5}) in shown
        # The same band with most tasks touched keeps the share-of-tasks sentence.
        most = replace(high, mix=Mix(substitute=0.4, augment=0.4, untouched=0.2))
        app.session.set_result(app.session.profile, most)
        await pilot.press("f2", "f3")
        await settle(pilot)
        assert band_meaning("high") in screen_text(app, flat=True)


async def test_what_if_reads_a_skill_in_the_sense_the_profile_points_to(engine, screen_text):
    # Seen in tmux: a roofer's "flashing" read "= Roofing" on the profile form and
    # counted in the score, but what-if listed it "flashing (unknown)": it asked the
    # catalogue without the sense the title points to.
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE) as pilot:
        await _in_what_if(pilot, "Roofer", ("flashing", "qwzx"))
        shown = screen_text(app)
        assert "[✓] flashing" in shown and "flashing  (unknown)" not in shown
        assert "qwzx  (unknown)" in shown  # a word the catalogue does not know still says so


async def test_f2_back_from_another_view_takes_the_next_skill_not_the_duties(tui_app):
    # A care worker wrote duties, scored, looked at F3 and came back with F2 to add a
    # skill: the focus was where it had been left, and "Epic" went into the first duty.
    from career_resilience.tui.widgets.skill_list import SkillList

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Care worker", ["Personal care"], ["Help residents bathe"])
        app.screen.duties_box().focus()
        await pilot.press("ctrl+r")  # scored, the result shown
        await settle(pilot)
        await pilot.press("f2", *"Epic", "enter")
        await settle(pilot)
        assert app.screen.duties_text() == "Help residents bathe"
        assert app.screen.query_one(SkillList).skills[-1] == "Epic"


async def test_keys_on_the_what_if_list_and_in_its_add_box_go_where_typed(tui_app, screen_text):
    # Three walks seen in tmux, one after another in one app run (each had its own: 5-7 s
    # of CI apiece).
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _in_what_if(pilot)
        add = app.screen.query_one("#whatif-add")
        toggles = app.screen.query_one("#whatif-list")
        # At 80x24 a nurse tabbed to the list, switched a skill off with space, then typed
        # "python" to try it: the letters went nowhere. Space still switches.
        await pilot.press("tab", "space")
        await settle(pilot)
        assert "[ ] GAAP" in screen_text(app)  # space on the list switched the skill
        await pilot.press(*"SQL")
        await settle(pilot)
        assert app.focused is add.input and add.value == "SQL"
        await pilot.press("enter")
        await settle(pilot)
        assert "[✓] SQL" in screen_text(app)
        # ↓↓ then space in the empty add box did nothing, then typed a space into it,
        # where the profile's ↓ goes down to the listed skills.
        await pilot.press("down", "down", "space")
        await settle(pilot)
        assert app.focused is toggles
        assert "[ ] Excel" in screen_text(app)  # the second skill, switched off
        await pilot.press("up", "up")  # up past the first skill: back in the add box
        await settle(pilot)
        assert app.focused is add.input and add.value == ""
        # "python" left in the add box, a look at the result (F3) and back (F5):
        # "Python" typed then made "pythonPython". The text left is selected on return,
        # so typing starts anew and End (or an arrow) keeps it to go on typing.
        await pilot.press(*"python")
        await settle(pilot)
        await pilot.press("f3", "f5")
        await settle(pilot)
        assert app.focused is add.input and add.value == "python"  # nothing lost
        await pilot.press(*"Rust")
        await settle(pilot)
        assert add.value == "Rust"
        await pilot.press("f3", "f5")
        await settle(pilot)
        await pilot.press("end", *" lang")
        await settle(pilot)
        assert add.value == "Rust lang"


async def test_the_form_says_when_it_changed_since_the_result_shown(tui_app, screen_text):
    # Seen in tmux at 80x24: a baker scored the title alone (Enter), came back (F2) and
    # added four skills and three duties; the status under the form still said "Scored.
    # F3 shows the result.", and F3 showed the score of the title alone.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await _scored(pilot, "Baker", ())
        await pilot.press("f2", *"pastry", "enter")
        await settle(pilot)
        shown = screen_text(app, flat=True)
        assert "Scored. F3 shows the result." not in shown
        assert "Edited since the last score: F3 still shows the score before the edit" in shown
        assert "ctrl+r scores it again." in shown
        await pilot.press("down", "delete")  # back to the profile scored
        await settle(pilot)
        assert "Scored. F3 shows the result." in screen_text(app, flat=True)
        await pilot.press("ctrl+r")  # scored again: the result shown is the form's
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert "Scored. F3 shows the result." in screen_text(app, flat=True)


async def test_enter_in_the_job_title_moves_on_to_the_skills(tui_app, screen_text):
    # Seen in tmux at 80x24, cold: "Baker", Enter (to go on to the skills, as in most
    # forms) scored the title alone and opened the result, where the skills typed next
    # ran as its keys ("n" opened the pivots, "d" a pivot's detail). Enter in the title
    # now goes on to the skills; Enter in the empty skills box still scores.
    from career_resilience.tui.widgets.skill_list import SkillList

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"Baker", "enter", *"bread", "enter")
        await settle(pilot)
        assert app.current_mode == "profile" and app.session.result is None
        assert app.screen.query_one("#role").value == "Baker"
        assert app.screen.query_one(SkillList).skills == ["bread"]
        await pilot.press("enter")  # the skills box is empty: Enter scores
        await settle(pilot)
        assert app.current_mode == "result" and app.session.profile.skills == ("bread",)
