"""Keys typed quickly take effect in the order they were typed (issue 11).

Textual inserts a letter into the focused box at once but runs Tab, Backspace and
the like only after the key has travelled up to the app, so in a burst of typing (a
quick typist, a pasted run of keys, a busy machine) the letters after such a key
landed first: "Plumber", Tab, "pipe fitting" gave the job title "Plumberpipe fitting".
The keys below are posted all at once, as a terminal delivers a burst.

After a burst each test waits for the state the keys lead to (``delivered``), not only
for the app to look idle: Textual's idle check compares CPU and wall time, which a
process starved of CPU (load 12) passes while a chain of steps is still under way
(held keys sent after a frame, a dialog's save in a worker, a what-if score and the
next one), and an assertion read half-way failed although no key was lost.
"""

from __future__ import annotations

from tui_support import SIZE, burst, delivered, settle, typed


async def test_a_tab_in_a_burst_moves_on_before_the_next_letters(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Plumber"), "tab", *typed("pipe fitting")])
        await delivered(pilot, lambda: len(app.screen.query_one("#skill-entry").value) >= 12)
        assert app.screen.query_one("#role").value == "Plumber"
        assert app.screen.query_one("#skill-entry").value == "pipe fitting"


async def test_backspace_and_arrows_in_a_burst_edit_where_they_were_typed(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Cahs"), "backspace", "backspace", *typed("sh"), "left", "left"])
        burst(app, [*typed("x")])
        await delivered(pilot, lambda: "x" in app.screen.query_one("#role").value)
        assert app.screen.query_one("#role").value == "Caxsh"


async def test_enter_in_a_burst_adds_each_skill_typed_before_it_in_order(tui_app):
    # "SQL⏎Excel⏎Tableau⏎" as tmux send-keys or a quick typist sends it: the letters
    # after each Enter reached the box before that Enter ran, giving "SQLExcelTableau".
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        burst(app, [*typed("SQL"), "enter", *typed("Excel"), "enter", *typed("Tableau"), "enter"])
        await delivered(pilot, lambda: len(app.screen.query_one("#skills").skills) >= 3)
        assert app.screen.query_one("#skills").skills == ["SQL", "Excel", "Tableau"]
        assert app.screen.query_one("#skill-entry").value == ""


async def test_a_suggestion_picked_in_a_burst_lands_between_the_skills_around_it(tui_app):
    # Down and Enter read a suggestion list that the letters just before them have not
    # yet updated (its update arrives after the whole burst): it is worked out on the spot.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        keys = [*typed("Analyst"), "tab", *typed("SQL"), "enter", *typed("prom"), "down"]
        keys += ["enter", *typed("Excel")]
        burst(app, [*keys, "enter", "enter"])  # the last Enter, in an empty box, scores
        await delivered(pilot, lambda: app.current_mode == "result")
        assert app.session.profile.skills == ("SQL", "Prompt engineering", "Excel")
        assert app.current_mode == "result"


async def test_a_duplicate_skill_in_a_burst_does_not_swallow_the_next_one(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        burst(app, [*typed("SQL"), "enter", *typed("sql"), "enter", *typed("Excel"), "enter"])
        await delivered(pilot, lambda: "Excel" in app.screen.query_one("#skills").skills)
        assert app.screen.query_one("#skills").skills == ["SQL", "Excel"]
        assert app.screen.query_one("#skill-entry").value == ""


async def test_a_duplicate_skill_is_put_back_to_fix_and_typing_replaces_it(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", *"SQL", "enter", *"sql", "enter")
        entry = app.screen.query_one("#skill-entry")
        assert entry.value == "sql"
        assert "already listed" in str(app.screen.query_one("#skills-error").render())
        await pilot.press(*"R", "enter")
        assert app.screen.query_one("#skills").skills == ["SQL", "R"]


async def test_skills_typed_in_a_burst_in_what_if_are_each_listed_and_scored(tui_app):
    from test_tui_whatif_ahead import SKILLS, _open_whatif

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)  # the add box has the focus
        burst(app, [*typed("SQL"), "enter", *typed("Excel"), "enter"])
        await delivered(
            pilot, lambda: screen.current is not None and "Excel" in screen.current[0].skills
        )
        assert screen.query_one("#whatif-list").texts == [*SKILLS, "SQL", "Excel"]
        assert screen.current is not None
        assert screen.current[0].skills == (*SKILLS, "SQL", "Excel")


async def test_letters_typed_on_the_score_button_go_back_into_the_box_left(tui_app):
    # A person who tabbed out of "What I do all day" onto Score and kept typing means
    # the duty, not the button: the letters were dropped.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        duties = app.screen.query_one("#duties")
        duties.focus()
        await pilot.press(*"Pull numbers", "tab")
        assert app.focused is app.screen.query_one("#score")
        await pilot.press(*" weekly")
        assert duties.text == "Pull numbers weekly"
        assert app.focused is duties


async def test_letters_after_shift_tab_from_the_job_title_stay_in_the_form(tui_app):
    # shift+Tab from the job title focused the scrolling form itself, where letters
    # went nowhere; now it lands on Score, whose letters go back to the title.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"Nurse", "shift+tab")
        assert app.focused is app.screen.query_one("#score")
        await pilot.press("s")
        assert app.screen.query_one("#role").value == "Nurses"


async def test_a_letter_typed_on_the_skill_list_starts_a_new_skill(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", *"SQL", "enter", "down")
        assert app.focused is app.screen.query_one("#skills")
        await pilot.press(*"Excel", "enter")
        assert app.screen.query_one("#skills").skills == ["SQL", "Excel"]


async def test_tab_from_the_skills_goes_to_the_duties_not_onto_the_list(tui_app):
    # Seen in tmux at 80x24: a home health aide's "Tab, Help clients bathe..." landed on
    # the skill list, whose letters start a new skill: three duties became three unknown
    # skills and the result said "No duties given". (Shorter words typed here than the
    # aide's: Pilot spends about 65 ms a key, and the keys that matter are the same.)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press(*"Aide", "tab", *"CPR", "enter", "tab")
        assert app.focused is screen.query_one("#duties")
        await pilot.press(*"Bathe", "enter", *"Cook")
        assert screen.query_one("#skills").skills == ["CPR"]
        assert screen.query_one("#duties").text == "Bathe\nCook"
        await pilot.press("shift+tab")  # back to the skill box, past the list again
        assert app.focused is screen.query_one("#skill-entry Input")


async def test_down_reaches_the_skill_list_to_remove_one_and_up_comes_back(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("tab", *"SQL", "enter", *"Excel", "enter", "down")
        listed = screen.query_one("#skills")
        assert app.focused is listed and listed.highlighted == 0
        await pilot.press("down", "delete")  # Excel, the highlighted one, goes
        assert listed.skills == ["SQL"]
        await pilot.press("up", "up")  # the first row, then back up into the box
        assert app.focused is screen.query_one("#skill-entry Input")
        await pilot.press(*"Tableau", "enter")
        assert listed.skills == ["SQL", "Tableau"]


async def test_a_whole_form_typed_in_one_burst_is_scored_as_typed(tui_app):
    # Tab out of the skill box and out of the duties box ran after the letters behind
    # it (the duty went into the skill box; Enter added a line instead of scoring).
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        keys = [*typed("Nurse"), "tab", *typed("triage"), "enter", "tab"]
        burst(app, [*keys, *typed("Check vitals"), "tab", "enter"])
        await delivered(pilot, lambda: app.current_mode == "result")
        assert app.current_mode == "result"
        assert app.session.profile.skills == ("triage",)
        assert app.session.profile.duties == "Check vitals"


async def test_ctrl_r_in_a_burst_scores_what_was_typed_before_it(tui_app):
    # ctrl+r runs as the app reads it (every view's footer key), before the box had the
    # keys typed ahead of it: this burst scored a form with no job title (nothing said)
    # and a hairdresser's was scored without the skills listed a moment later.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Cashier"), "tab", *typed("cash handling"), "enter", "ctrl+r"])
        await delivered(pilot, lambda: app.session.result is not None)
        assert app.session.profile.role == "Cashier"
        assert app.session.profile.skills == ("cash handling",)


async def test_ctrl_s_in_a_burst_saves_what_was_typed_before_it_where_typed_after(
    tui_app, isolated_dirs, monkeypatch
):
    # ctrl+s read the form as the app read the key, before the box had the keys typed
    # ahead of it: the profile was saved without its skill. The file name typed behind
    # ctrl+s must still reach the path prompt it opens.
    import yaml

    monkeypatch.chdir(isolated_dirs)  # a first save is offered in the current folder
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        keys = [*typed("Cashier"), "tab", *typed("cash handling"), "enter", "ctrl+s"]
        burst(app, [*keys, *typed("till"), "enter"])
        saved = isolated_dirs / "till.yaml"
        await delivered(pilot, saved.exists)
        assert yaml.safe_load(saved.read_text())["skills"] == ["cash handling"]
        assert app.profile_screen.read_form().role == "Cashier"


async def test_a_title_refused_in_a_burst_keeps_its_message(tui_app, screen_text):
    # "Stay at home mom", Enter, Enter typed quickly (on to the empty skills box, which
    # scores): the message why it cannot be scored was shown and at once wiped by the
    # late notice of the title's last letters.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Stay at home mom"), "enter", "enter"])
        await delivered(pilot, lambda: app.screen.query_one("#role").value == "Stay at home mom")
        await settle(pilot)
        assert "says your situation, not your work" in screen_text(app, flat=True)
        burst(app, ["shift+tab", "backspace"])  # typing on in the title clears it
        await delivered(pilot, lambda: "says your situation" not in screen_text(app, flat=True))


async def test_a_skill_typed_after_a_situation_title_is_refused_goes_to_the_skills(tui_app):
    # "Retired", Enter, then "gardening" as the message asks ("add the skills you have"):
    # the focus stayed in the title, which became "Retiredgardening".
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*typed("Stay at home mom"), "ctrl+r")
        await settle(pilot)  # the message is read, then a skill typed
        await pilot.press(*typed("cooking"))
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Stay at home mom"
        assert app.screen.query_one("#skill-entry").value == "cooking"


async def test_ctrl_n_clears_the_letters_typed_before_it(tui_app):
    # "Nurse", ctrl+n typed quickly: ctrl+n cleared the form before the letters reached
    # it, and the new, empty form read "Nurse".
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Nurse"), "ctrl+n", *typed("Cook")])
        await delivered(pilot, lambda: app.screen.query_one("#role").value == "Cook")
