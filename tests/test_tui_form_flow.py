"""The profile form driven by keys (Textual's Pilot): the job title's messages and
suggestions, skills typed, completed, pasted, removed and marked when unknown.

The flow from the form to the result and the other views: test_tui_flow.py.
"""

from __future__ import annotations

from tui_support import SIZE, fill_profile, score_profile, settle, wait_until

from career_resilience.tui.widgets.completing_input import CompletingInput


async def test_empty_or_overlong_role_shows_the_message_in_place(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", *"SQL", "enter", "ctrl+r")
        await settle(pilot)
        assert app.current_mode == "profile"
        assert "⚠ Job title: is empty: enter a job title" in screen_text(app)
        assert app.focused is app.screen.query_one("#role").input
        app.screen.query_one("#role", CompletingInput).value = "x" * 201
        await pilot.pause()
        shown = screen_text(app)
        assert "⚠ Job title: is 201 characters; the limit is 200" in shown
        assert "is empty" not in shown
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.current_mode == "profile"
        assert app.session.result is None


async def test_suggested_title_then_enter_in_the_empty_skill_box_scores(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"regist")
        await pilot.pause()
        assert "Registered nurse" in screen_text(app)  # suggested from the known titles
        await pilot.press("down", "enter")
        assert app.screen.query_one("#role", CompletingInput).value == "Registered nurse"
        assert app.current_mode == "profile"  # taking a suggestion does not score yet
        await pilot.press("tab", *"triage", "enter")
        assert app.screen.query_one("#skills").skills == ["triage"]
        await pilot.press("enter")  # the skill box is empty again: Enter scores
        await settle(pilot)
        assert app.current_mode == "result"
        assert "placed in Nursing and care" in screen_text(app)


async def test_a_job_title_outside_the_corpus_is_suggested_from_onets_titles(tui_app, screen_text):
    # Walked at 80x24: "Crane", "Florist" got no suggestion, and "Compliance o" only
    # "Data compliance officer", which ↓ Enter then took (and the model placed it so).
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"Flori")
        await pilot.pause()
        assert "Florist" in screen_text(app)
        await pilot.press(*["backspace"] * 5, *"Compliance o")
        await pilot.pause()
        await pilot.press("down", "enter")
        assert app.screen.query_one("#role", CompletingInput).value == "Compliance Officer"


async def test_a_misspelt_job_title_is_offered_the_title_it_nearly_spells(tui_app, screen_text):
    # "Lifegard", "Recepcionist", "Electrican": one slip and the box offered nothing,
    # so the slip itself was scored.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"Embalmr")
        await pilot.pause()
        assert "Embalmer" in screen_text(app)
        await pilot.press("down", "enter")
        assert app.screen.query_one("#role", CompletingInput).value == "Embalmer"


async def test_unknown_skill_is_kept_and_marked_beside_what_the_others_were_read_as(
    tui_app, screen_text
):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Data analyst", ["Fortran", "SQL"])
        shown = screen_text(app)
        assert "✕ Fortran  ? not in catalogue" in shown
        assert "✕ SQL  ?" not in shown
        await pilot.press("ctrl+r")
        await settle(pilot)
        # The result opens at its headline; the note sits with the drivers further down.
        app.screen.query_one("#unrecognised").scroll_visible(animate=False, immediate=True)
        await pilot.pause()
        shown = screen_text(app)
        assert "Not in the skill catalogue, so only their words count: Fortran" in shown
        # What the catalogue took "SQL" to be sits just above it (it was in --json only).
        assert "Skills read as: SQL" in shown


async def test_skill_autocomplete_and_removal(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#role", CompletingInput).value = "Data analyst"
        app.screen.query_one("#skill-entry", CompletingInput).focus()
        await pilot.press(*"prom")
        await pilot.pause()
        assert "Prompt engineering" in screen_text(app)  # offered in the drop-down
        await pilot.press("down", "enter")
        await pilot.pause()
        skills = app.screen.query_one("#skills")
        assert skills.skills == ["Prompt engineering"]
        await pilot.press(*"evals")
        await pilot.pause()
        assert "LLM evaluation  (evals)" in screen_text(app)  # says which alias matched
        await pilot.press("down", "enter")  # and takes the catalogue name
        assert skills.skills == ["Prompt engineering", "LLM evaluation"]
        skills.focus()
        skills.highlighted = 0
        await pilot.press("delete")
        assert skills.skills == ["LLM evaluation"]


async def test_pasting_a_list_of_skills_adds_them_all(tui_app):
    from textual import events

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        entry = app.screen.query_one("#skill-entry", CompletingInput)
        entry.focus()
        entry.input.post_message(events.Paste("SQL\nExcel\n\nWound care\n"))
        await pilot.pause()
        await pilot.press("enter")
        assert app.screen.query_one("#skills").skills == ["SQL", "Excel", "Wound care"]


async def test_an_unknown_skill_is_not_said_to_count_once_the_person_chose_the_placement(
    tui_app, screen_text
):
    # Seen in tmux as a hairdresser who chose Barbers: "You chose the occupation ...: the
    # words you typed do not move it" beside "Not in the skill catalogue, so only their
    # words count: blow dry".
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Data analyst", ["Fortran", "SQL"])
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"nursing")
        picker = app.screen
        await wait_until(pilot, lambda: picker.found[0] == "nursing")
        listed = picker.query_one("#picker-list")
        while listed.highlighted_option.id != "nursing_care":
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.profile.category == "nursing_care"
        note = app.screen.query_one("#unrecognised")
        note.scroll_visible(animate=False, immediate=True)
        await pilot.pause()
        shown = screen_text(app)
        assert app.session.result.category_chosen
        assert "Not in the skill catalogue: Fortran" in shown
        assert "only their words count" not in shown
