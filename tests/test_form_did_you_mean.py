"""Once a score has placed the person, the profile form offers no "did you mean" from
another trade either, as the result already did not (09d7ee3): a dental hygienist's
"cleanings" was still "did you mean Commercial cleaning?" on the form after F3 had
dropped it. Before any score, and once the job title names another job, all are shown.
"""

from __future__ import annotations

import pytest
from tui_support import SIZE, model_settled, settle

from career_resilience.model.profile import Profile
from career_resilience.tui.session import Session
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.skill_list import ListedSkill, SkillList


@pytest.fixture(scope="module")
def hygienist(engine):
    """A dental hygienist who typed "cleanings", scored."""
    profile = Profile.create("dental hygienist", ["cleanings", "x-rays"], "")
    return profile, engine.score(profile, max_pivots=0)


def test_the_forms_row_drops_a_suggestion_from_another_trade_once_placed(engine, hygienist):
    _, result = hygienist
    before = ListedSkill.marked(engine.matcher, "cleanings", frozenset(), frozenset())
    assert before.suggestions == ("Commercial cleaning",)
    placed = ListedSkill.marked(engine.matcher, "cleanings", frozenset(), result.kinds_of_work)
    assert placed.known is False
    assert placed.suggestions == ()
    assert "did you mean" not in placed.row().plain
    # The form and the result agree.
    assert "Commercial cleaning" not in result.suggestions.get("cleanings", ())


def test_a_typo_keeps_its_suggestion_once_placed(engine):
    result = engine.score(Profile.create("cashier", ["cusotmer service"], ""), max_pivots=0)
    row = ListedSkill.marked(engine.matcher, "cusotmer service", frozenset(), result.kinds_of_work)
    assert row.suggestions[0] == "Customer service"


def test_the_placement_holds_only_while_the_title_is_the_one_scored(hygienist):
    profile, result = hygienist
    session = Session()
    assert session.kinds_of_work("dental hygienist") == frozenset()  # nothing scored
    session.set_result(profile, result)
    assert session.kinds_of_work("  Dental  Hygienist ") == result.kinds_of_work != frozenset()
    # Another job typed over it: its trade is not known until it is scored.
    assert session.kinds_of_work("janitor") == frozenset()
    session.clear_result()
    assert session.kinds_of_work("dental hygienist") == frozenset()


async def test_the_form_marks_its_skills_again_when_scored_and_when_the_title_changes(
    tui_app, screen_text
):
    # The tiny catalogue: "prompts" is offered Prompt engineering (AI oversight) before
    # a score under a title nobody lists (a listed one, "Nurse", says its trade already:
    # test_form_title_kinds.py).
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        form = app.screen
        role = form.query_one("#role", CompletingInput)
        role.value = "Nurse on the zorblax ward"  # set, not typed: Pilot takes ~0.1 s a key
        form.add_skills("prompts")
        await pilot.pause()
        listed = form.query_one(SkillList)
        assert listed.rows[0].suggestions == ("Prompt engineering",)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "prompts" not in app.session.result.suggestions
        await pilot.press("f2")
        await pilot.pause()
        assert listed.rows[0].suggestions == ()
        assert "did you mean" not in screen_text(app)
        role.value = "Nurse of the zorblax ward"  # another job: its trade is not known yet
        await pilot.pause()
        assert listed.rows[0].suggestions == ("Prompt engineering",)


async def test_right_arrow_on_a_listed_typo_takes_its_did_you_mean(tui_app, screen_text):
    # Listed, a typo's "did you mean Prompt engineering?" took ↓, Delete and retyping.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        form = app.screen
        form.add_skills("SQL; prompts")
        await pilot.pause()
        listed = form.query_one(SkillList)
        assert "→ takes it" in screen_text(app)
        listed.focus()
        listed.highlighted = 0  # SQL: nothing to take, the key does nothing
        await pilot.press("right")
        assert listed.skills == ["SQL", "prompts"]
        listed.highlighted = 1
        await pilot.press("right")
        await pilot.pause()
        assert listed.skills == ["SQL", "Prompt engineering"]
        assert listed.rows[1].known is True
        assert listed.highlighted == 1
        assert "did you mean" not in screen_text(app)
        # Typed again, the typo's suggestion is listed already: its row just goes.
        form.add_skills("prompts")
        await pilot.pause()
        listed.focus()
        listed.highlighted = 2
        await pilot.press("right")
        await pilot.pause()
        assert listed.skills == ["SQL", "Prompt engineering"]
