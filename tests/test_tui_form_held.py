"""The profile form says when a skill typed names one already listed under another name.

Left open in issue 11: the form checked only the text, so "spreadsheets" beside "Excel"
(one catalogue skill) became a second row without a word, as if it added to the score,
while what-if said "already in your list" for the same skill. The row is kept (a
hairdresser's "blow dry" beside "haircutting" is their own words for the record).
"""

from __future__ import annotations

from tui_support import SIZE, model_settled

from career_resilience.tui.widgets.skill_list import SkillList

HELD = "“spreadsheets” is already in your list, as “Excel”: kept, counted once"


def _skills_error(app) -> str:
    return app.screen.query_one("#skills-error").visual.plain


async def test_a_skill_naming_one_already_listed_says_it_counts_once(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)  # the catalogue knows "spreadsheets" is Excel
        await pilot.press("tab", *"Excel", "enter", *"spreadsheets", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "spreadsheets"]
        assert _skills_error(app) == f"⚠ Skills: {HELD}"
        assert app.screen.query_one("#skill-entry").value == ""  # nothing to fix
        await pilot.press(*"SQL", "enter")  # typing on clears the note
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "spreadsheets", "SQL"]
        assert not app.screen.query("#skills-error.-shown")


async def test_several_skills_in_one_entry_say_which_one_counts_once(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"Excel; SQL; spreadsheets; sql", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "SQL", "spreadsheets"]
        assert _skills_error(app) == f"⚠ Skills: “sql” is already listed; {HELD}"
