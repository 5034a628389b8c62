"""The app's main flow driven by keys, as a person would use it (Textual's Pilot).

The profile form's own keys (title messages, skills typed and marked):
test_tui_form_flow.py.
"""

from __future__ import annotations

import threading

import pytest
from tui_support import SIZE, fill_profile, score_profile, settle, type_profile, wait_until

from career_resilience.model.profile import Profile
from career_resilience.tui.screens.whatif import WhatIfScreen
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.wording import score


async def test_type_score_and_see_score_and_pivots(tui_app, tiny_engine, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_profile(pilot, "Data analyst", ["SQL", "Excel"])
        # Duties typed key by key would double this test's time; the text area is
        # Textual's own, so set its text.
        app.screen.query_one("#duties").text = "Pull the weekly numbers\nClean data"
        await pilot.press("ctrl+r")
        await settle(pilot)
        expected = tiny_engine.score(
            Profile.create("Data analyst", ["SQL", "Excel"], "Pull the weekly numbers\nClean data")
        )
        shown = screen_text(app)
        assert app.current_mode == "result"
        assert f"AI exposure  {score(expected.exposure)} / 100  {expected.band}" in shown
        assert f"Resilience  {score(expected.resilience)} / 100" in shown
        assert "It is not a prediction that you will lose your job" in screen_text(app, flat=True)
        assert "placed in Data analysis" in shown
        await pilot.press("f4")
        await settle(pilot)
        shown = screen_text(app)
        for pivot in expected.pivots:
            # A long label wraps in its table cell ("Software Quality Assurance Analysts
            # and" / "Testers"): its first words begin the cell.
            assert " ".join(pivot.label.split()[:3]) in shown
        top = expected.pivots[0]
        assert f"Skills to learn: {', '.join(top.gap_skills[:1])}" in shown
        # A plan step the person already covers is marked done, and only then.
        assert ("✓ done" in shown) == any(step.done for step in top.plan)


async def test_a_model_that_finishes_loading_after_quit_is_ignored(tui_app):
    # The model loads in a thread; quitting before it is done must end quietly, not
    # raise because the profile screen is already gone.
    from career_resilience.tui.messages import ModelFailed

    app = tui_app()
    async with app.run_test(size=SIZE):
        pass
    app.on_model_failed(ModelFailed("late"))  # raised KeyError before
    assert app.session.model_error != "late"


async def test_a_model_that_finishes_while_the_app_quits_is_ignored(tui_app, tiny_engine):
    # The race CI hit once: the loader's message landed after quitting began, while the
    # profile screen's widgets were being removed, and the app raised on its way out.
    # The loader here never finishes; its message is delivered by hand after exit().

    from career_resilience.tui.messages import ModelLoaded
    from career_resilience.tui.session import Catalogue

    never = threading.Event()
    app = tui_app(engine_loader=lambda: never.wait(5) and tiny_engine)
    async with app.run_test(size=SIZE):
        app.exit()
        catalogue = Catalogue.build(tiny_engine.kb, tiny_engine.matcher)
        app.on_model_loaded(ModelLoaded(tiny_engine, catalogue))
        assert app.session.engine is None  # quitting won; the late model is not adopted
        never.set()


async def test_the_theme_picked_is_remembered(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    again = tui_app()
    async with again.run_test(size=SIZE):
        assert again.theme == "textual-light"


async def test_what_if_switching_skills_moves_the_score_live(tui_app, tiny_engine, screen_text):
    # Data entry points to an occupation (data entry keyers), so switching it off moves
    # the match; Zendesk is in no O*NET occupation's tools.
    skills = ["Data entry", "Zendesk", "De-escalation"]
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Call centre agent", skills)
        start = tiny_engine.score(Profile.create("Call centre agent", skills))
        await pilot.press("f5")
        await settle(pilot)
        assert "No changes yet" in screen_text(app)
        await pilot.press("tab", "space")  # from the add box to the list: Data entry off
        await settle(pilot)
        after = tiny_engine.score(Profile.create("Call centre agent", skills[1:]))
        assert after.exposure != pytest.approx(start.exposure, abs=0.05)
        shown = screen_text(app)
        assert "[ ] Data entry" in shown and "[✓] Zendesk" in shown
        assert "Changed: − Data entry" in shown
        assert f"Exposure     {after.exposure:4.1f}    {start.exposure:4.1f}" in shown
        screen = app.screen
        assert isinstance(screen, WhatIfScreen)
        screen.query_one("#whatif-add", CompletingInput).focus()
        await pilot.press(*"Python", "enter")
        await settle(pilot)
        assert "+ Python" in screen_text(app)
        await pilot.press("ctrl+z")  # back to the start
        await settle(pilot)
        assert "No changes yet" in screen_text(app)
        assert app.session.profile.skills == tuple(skills)  # nothing kept yet
        screen.query_one("#whatif-list").focus()
        await pilot.press("space", "ctrl+y")  # Data entry off again, and keep it
        await settle(pilot)
        assert app.session.profile.skills == tuple(skills[1:])
        assert "No changes yet" in screen_text(app)  # the kept profile is the new start
        await pilot.press("f2")
        await settle(pilot)
        assert app.screen.query_one("#skills").skills == skills[1:]


async def test_thats_not_me_rescores_in_the_chosen_category(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Data analyst", ["SQL"])
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"nursng")  # typed to filter, with a typo: fuzzy
        picker = app.screen
        await wait_until(pilot, lambda: picker.found[0] == "nursng")
        listed = picker.query_one("#picker-list")
        options = [listed.get_option_at_index(i).id for i in range(listed.option_count)]
        kinds = [option for option in options if option and not option.startswith("onet:")]
        assert kinds == ["nursing_care"]  # not data_analysis; headings have no id
        # The occupations come first; ↓ reaches the kind of work.
        while listed.highlighted_option.id != "nursing_care":
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.profile.category == "nursing_care"
        assert app.session.result.top_category.id == "nursing_care"
        assert "placed in Nursing and care (chosen by you)" in screen_text(app)
        assert ">99%" not in screen_text(app)  # the person's own choice is not an estimate
        await pilot.press("c")
        await pilot.pause()
        listed = app.screen.query_one("#picker-list")
        assert listed.get_option_at_index(listed.highlighted).id == "nursing_care"  # current
        listed.highlighted = 0
        assert "Let the model decide again" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.profile.category is None
        assert "placed in Data analysis" in screen_text(app)


async def test_model_failure_shows_the_reason_and_editing_still_works(tui_app, screen_text):
    from career_resilience.model.artifact import ArtifactError

    def broken():
        raise ArtifactError("model file arrays.npz does not match its manifest")

    app = tui_app(engine_loader=broken)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "The model could not load: model file arrays.npz does not match" in shown
        assert "✕ model not loaded" in shown
        await fill_profile(pilot, "Data analyst", ["SQL"])
        assert app.screen.query_one("#skills").skills == ["SQL"]
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.current_mode == "profile"
        assert app.session.result is None


async def test_scoring_while_the_model_loads_waits_for_it(slow_loader, tui_app, screen_text):
    app = tui_app(engine_loader=slow_loader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "loading model" in screen_text(app)
        await fill_profile(pilot, "Data analyst", ["SQL"])  # typing works meanwhile
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Scoring as soon as the model has loaded" in screen_text(app)
        slow_loader.release.set()
        await settle(pilot)
        assert app.current_mode == "result"
        assert app.session.profile.role == "Data analyst"


async def test_views_without_a_result_say_what_to_do_and_help_opens_and_closes(
    tui_app, screen_text
):
    # They name the key that scores: "then press Enter" was wrong after Enter in the job
    # title began moving on to the skills (9df4dfd), and following it did not score.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("f3", "f4", "f5"):
            await pilot.press(key)
            await pilot.pause()
            shown = " ".join(screen_text(app).split())
            assert "Nothing scored yet" in shown or "No result yet" in shown, key
            assert "F2, then ctrl+r" in shown, key
        await pilot.pause()
        assert "this help; Escape closes it" not in screen_text(app)
        # The help over the profile form, in the same run (it had an app run of its own).
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("f1")
        await wait_until(pilot, lambda: "this help; Escape closes it" in screen_text(app))
        await pilot.press("escape")
        await pilot.pause()
        assert "this help; Escape closes it" not in screen_text(app)


async def test_the_score_button_scores_by_click_and_by_enter_and_the_mouse_works(
    tui_app, screen_text
):
    from career_resilience.tui.widgets.view_bar import ViewBar

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Data analyst", ["SQL", "Excel"])
        assert "Score my work" in screen_text(app)
        await pilot.click("#score")
        await settle(pilot)
        assert app.current_mode == "result"
        await pilot.press("f2")
        await settle(pilot)
        app.screen.query_one("#score").focus()
        await pilot.pause(0.25)  # past the pressed look of the click
        app.session.clear_result()
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_mode == "result"
        assert app.session.result is not None
        # The mouse switches views and removes skills (it had an app run of its own).
        await pilot.press("f2")
        await settle(pilot)
        await pilot.click("#skills", offset=(4, 1))  # the first row, "✕ SQL"
        assert app.screen.query_one("#skills").skills == ["Excel"]
        bar = app.screen.query_one(ViewBar)
        start = next(x for x, _, mode in bar._spans if mode == "pivots")
        await pilot.click(ViewBar, offset=(start + 2, 0))
        await pilot.pause()
        assert app.current_mode == "pivots"
