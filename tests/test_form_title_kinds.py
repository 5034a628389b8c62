"""Before a score, the profile form's "did you mean" keeps to the kinds of work the typed
job title names, where the catalogue or O*NET lists the title.

Seen in the s31 walk and its sweep: before any score, a meat packer's "line work" was
offered Power line work, a fisherman's "nets" .NET, a roofer's "gutter repair" Musical
instrument repair; 36 of the 91 suggestions walked people saw before a score went once
they were placed. A title nobody lists names no kind: every suggestion is offered.
"""

from __future__ import annotations

from tui_support import SIZE, fill_profile, model_settled, wait_until

from career_resilience.tui.widgets.skill_list import SkillList


def _suggestions(app) -> list[tuple[str, ...]]:
    return [row.suggestions for row in app.screen.query_one(SkillList).rows]


async def test_a_listed_title_keeps_suggestions_to_its_trade_before_a_score(engine):
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE) as pilot:
        await model_settled(pilot)
        await wait_until(pilot, lambda: bool(app.session.title_kinds), 60)
        await fill_profile(pilot, "Fisherman", ["nets", "exel"])
        # "nets" is not .NET for a fisherman; a typo still gets its skill.
        assert _suggestions(app) == [(), ("Microsoft Excel",)]
        assert app.session.result is None  # before any score
        # A title nobody lists names no kind: every suggestion is offered, as before.
        await fill_profile(pilot, "Zorblax wrangler", [])
        app.screen.placement_changed()
        await pilot.pause()
        assert _suggestions(app)[0] == (".NET",)
