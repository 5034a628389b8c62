"""The profile form says when a skill typed names one already listed under another name.

Left open in issue 11: the form checked only the text, so "spreadsheets" beside "Excel"
(one catalogue skill) became a second row without a word, as if it added to the score,
while what-if said "already in your list" for the same skill. The row is kept (a
hairdresser's "blow dry" beside "haircutting" is their own words for the record).
"""

from __future__ import annotations

from tui_support import SIZE, model_settled, settle

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


async def test_the_note_names_the_catalogue_skill_two_names_both_count_as(engine):
    # Seen in tmux as an embalmer: "funeral arrangements" beside "embalming" said only
    # "already in your list, as “embalming”", as if arranging a funeral were embalming;
    # both are the shipped catalogue's Funeral services, and the note now says so.
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"embalming", "enter", *"funeral arrangements", "enter")
        await pilot.pause()
        assert _skills_error(app) == (
            "⚠ Skills: “funeral arrangements” is already in your list, as “embalming” "
            "(both count as Funeral services): kept, counted once"
        )


async def test_several_skills_in_one_entry_say_which_one_counts_once(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"Excel; SQL; spreadsheets", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "SQL", "spreadsheets"]
        assert _skills_error(app) == f"⚠ Skills: {HELD}"


async def test_a_skill_typed_twice_in_one_entry_is_listed_once_without_a_word(tui_app):
    # A paste that repeats a skill: it was "“sql” is already listed" and the whole entry
    # put back, so Enter on it again said "already listed" for every skill in it.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"SQL; Excel; sql; SQL", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["SQL", "Excel"]
        assert not app.screen.query("#skills-error.-shown")
        assert app.screen.query_one("#skill-entry").value == ""


async def test_skills_already_listed_share_one_clause_and_only_they_come_back(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"SQL; Python", "enter")
        await pilot.press(*"sql; Tableau; python; SQL", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["SQL", "Python", "Tableau"]
        assert _skills_error(app) == "⚠ Skills: “sql” and “python” are already listed"
        # Tableau was added: only the refused names come back, to fix or type over.
        assert app.screen.query_one("#skill-entry").value == "sql; python"


async def test_two_names_for_one_listed_skill_share_one_note(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await pilot.press("tab", *"Excel", "enter", *"spreadsheets; ms excel", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "spreadsheets", "ms excel"]
        assert _skills_error(app) == (
            "⚠ Skills: “spreadsheets” and “ms excel” are already in your list, as “Excel”: "
            "kept, counted once"
        )


async def test_skills_typed_before_the_catalogue_loads_are_checked_when_it_arrives(
    slow_loader, tui_app
):
    # Typed while loading, "spreadsheets" beside "Excel" was never said to count once.
    app = tui_app(engine_loader=slow_loader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", *"Excel", "enter", *"spreadsheets", "enter")
        await pilot.pause()
        assert app.screen.query_one(SkillList).skills == ["Excel", "spreadsheets"]
        assert not app.screen.query("#skills-error.-shown")  # nothing known yet
        slow_loader.release.set()
        await settle(pilot)
        assert _skills_error(app) == f"⚠ Skills: {HELD}"


def test_a_later_entry_naming_a_listed_skill_again_names_all_its_names():
    # Seen in tmux as a hairdresser: "cuts and styling" (one entry), then "perms" (the
    # next), both Hairdressing as "hair colouring": the note named only "perms", while
    # one note is meant to cover all the names of one listed skill (README).
    from career_resilience.tui.screens.skill_entry import read_entry
    from career_resilience.tui.session import Held

    same = {"hair colouring": "hair", "cuts and styling": "hair", "perms": "hair", "SQL": "sql"}

    def held_as(text: str, others: list[str]) -> Held | None:
        other = next((o for o in others if o != text and same.get(o) == same.get(text)), None)
        return Held(other, "Hairdressing") if other else None

    listed = ["hair colouring", "SQL", "cuts and styling"]
    outcome = read_entry(["perms"], listed, held_as, max_chars=80, limit=30)
    assert outcome.added == ["perms"]
    assert outcome.message() == (
        "“cuts and styling” and “perms” are already in your list, as “hair colouring” "
        "(all count as Hairdressing): kept, counted once"
    )
