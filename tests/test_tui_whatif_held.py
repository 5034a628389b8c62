"""What-if says when a skill tried is one the person already has under another name.

Seen in tmux as a school bus driver (issue 11): with "CPR and first aid" listed, trying
"first aid" showed "Changed: + first aid" and a change of ±0, as if first aid were worth
nothing; both name one catalogue skill, so the score cannot move.
"""

from __future__ import annotations

from test_tui_whatif_layout import _what_if
from tui_support import score_profile, settle, wait_until

from career_resilience.tui.widgets.skill_toggles import SkillToggles


def _change(app) -> str:
    return app.screen.query_one("#whatif-change").visual.plain


async def test_a_skill_typed_that_is_already_held_says_so_while_typing(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])  # "spreadsheets" is Excel in the catalogue
        await pilot.press(*"spreadsheets")
        await wait_until(pilot, lambda: "spreadsheets" in _change(app))
        assert "+ spreadsheets (already held as Excel)" in _change(app)


async def test_enter_on_a_skill_already_held_lists_nothing_and_says_why(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])
        await pilot.press(*"spreadsheets", "enter")
        await settle(pilot)
        assert app.screen.query_one(SkillToggles).texts == ["Excel", "SQL"]
        error = app.screen.query_one("#whatif-error").visual.plain
        assert error == "⚠ spreadsheets is already in your list, as “Excel”."
        assert "No changes yet" in _change(app)


async def test_enter_on_a_skill_held_under_another_name_names_the_skill_both_are(engine):
    # "funeral arrangements" beside "embalming": both the catalogue's Funeral services.
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["embalming", "restorative art"])
        await pilot.press(*"funeral arrangements", "enter")
        await settle(pilot)
        error = app.screen.query_one("#whatif-error").visual.plain
        assert error == (
            "⚠ funeral arrangements is already in your list, as “embalming” "
            "(both count as Funeral services)."
        )


async def test_a_held_skill_switched_off_can_come_back_under_its_other_name(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])
        await pilot.press("tab", "space", "shift+tab")  # Excel off, back in the add box
        await settle(pilot)
        await pilot.press(*"spreadsheets", "enter")
        await settle(pilot)
        assert app.screen.query_one(SkillToggles).texts == ["Excel", "SQL", "spreadsheets"]
        assert "already" not in _change(app)


async def test_a_skill_typed_that_the_catalogue_does_not_know_says_so_while_typing(tui_app):
    # Before Enter the change line read "+ qwzx" beside its ±0.0, and only the list
    # said "(unknown)" once the skill was added.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])
        await pilot.press(*"qwzx")
        await wait_until(pilot, lambda: "qwzx" in _change(app))
        assert "+ qwzx (unknown)" in _change(app)
        await pilot.press("enter")
        await settle(pilot)
        # Once listed, its row says so and the change line keeps its room for names.
        assert not app.screen.query_one(SkillToggles).toggles[-1].known
        assert "+ qwzx" in _change(app) and "(unknown)" not in _change(app)


async def test_a_held_skill_that_moves_nothing_is_not_called_too_small_a_change(engine):
    # Seen as a sign language interpreter trying "sign language" beside ASL: the change
    # line said "(already held as ASL)" and the reason under the table "your skills
    # still span 5 kinds of work, and the change is too small to move exposure".
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Lifeguard", ["CPR and first aid", "swimming"])
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press(*"first aid")
        await wait_until(pilot, lambda: "already held" in _change(app))
        await settle(pilot)
        said = " ".join(app.screen.query_one("#whatif-compare").visual.plain.split())
        assert said.count("±0.0") == 2
        assert "too small" not in said
        assert (
            "Neither score moved: first aid is already in your list, as “CPR and first aid”."
            in said
        )
