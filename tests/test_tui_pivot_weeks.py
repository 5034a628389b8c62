"""Weeks in the pivots table and the chosen-pivot list say what they are for.

Seen in tmux at 80x24 (issue 11): a farmhand's First-Line Supervisors read "0 skills ·
28 wk", a nurse's Nurse Practitioners "1 skill · 108 wk" and a 5th grade teacher's first
pivot "1 skill · 107 wk": 26 or 104 of those weeks are the preparation a job zone up
asks (a graduate degree), not skills. The chosen-pivot list said "to learn: nothing,
you have its skills" for the same two-year plan. The words are wording.weeks_mostly's.
An epidemiologist's closest move read "0 skills · 2 wk" (session 28): what was 0, and
what took two weeks (talks with people in the work, in the plan)? It reads "no new skill".
"""

from __future__ import annotations

import copy
from dataclasses import replace

from coach_support import sample_profile, sample_result, score, settle, to_clients
from textual.widgets import OptionList
from tui_support import command, wait_until

from career_resilience.model.result import PlanItem
from career_resilience.records import Store
from career_resilience.wording import PREPARATION_STEP

DEGREE = PlanItem(
    f"{PREPARATION_STEP} Nurse Practitioners (extensive preparation: usually a graduate degree).",
    104.0,
    "Enrolment in, or completion of, the course employers ask for.",
    (),
    False,
)
TALK = PlanItem("Talk to two people who do the work.", 2.0, "Notes.", (), False)
HELD = PlanItem("Registered nursing: you already do this.", 0.5, "An example.", ("RN",), True)


def _table_cells(app) -> list[str]:
    from textual.widgets import DataTable

    table = app.screen.query_one(DataTable)
    return [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]


async def _pivots_whose_first_plan_is(app, pilot, scored, plan: tuple[PlanItem, ...]) -> None:
    """Give the data analyst ``scored`` a first pivot with nothing to learn and ``plan``,
    and open F4 on it (from the result view: the pivots view reads a result as it opens)."""
    assert len(scored.pivots) >= 2
    first = scored.pivots[0]
    # The second shown: a move whose plan is skills, not a job zone's preparation (O*NET
    # lists "Data Analyst" under statisticians too: that move, a master's away, may be next).
    second = next(
        p for p in scored.pivots[1:] if all(PREPARATION_STEP not in s.step for s in p.plan)
    )
    changed = replace(first, gap_skills=(), plan=plan)
    await pilot.press("f3")
    await wait_until(pilot, lambda: app.current_mode == "result")
    app.session.set_result(app.session.profile, replace(scored, pivots=(changed, second)))
    await pilot.press("f4")
    await wait_until(pilot, lambda: app.current_mode == "pivots")
    await pilot.pause()


async def test_a_plans_weeks_in_the_table_say_what_they_are_for(tui_app, screen_text):
    # One app run, one data analyst scored, two plans for the first pivot in turn.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        scored = app.session.result
        assert scored is not None
        # A plan mostly of preparation says so under its weeks. The first move is all
        # degree and talk (nothing to learn), the second has skills.
        await _pivots_whose_first_plan_is(app, pilot, scored, (HELD, DEGREE, TALK))
        cells = _table_cells(app)
        assert cells[0] == "no new skill · 106 wk\n104 wk preparation"
        assert "\n" not in cells[1]  # weeks that follow the skills need no word
        shown = screen_text(app)
        assert "no new skill · 106 wk" in shown and "104 wk preparation" in shown
        # A move with nothing to learn says so in words: its one skill held, the talk
        # with people in the work is all that is left.
        await _pivots_whose_first_plan_is(app, pilot, scored, (HELD, TALK))
        assert _table_cells(app)[0] == "no new skill"
        shown = screen_text(app)
        assert "0 skills" not in shown and "no new skill" in shown


async def test_the_chosen_pivot_list_says_what_a_long_plan_is_for(tui_app, screen_text):
    stored = copy.deepcopy(sample_result())
    pivot = stored["pivots"][0]
    pivot["gap_skills"] = []
    pivot["plan"] = [
        {
            "step": s.step,
            "weeks": s.weeks,
            "evidence": s.evidence,
            "skills": list(s.skills),
            "done": s.done,
        }
        for s in (HELD, DEGREE, TALK)
    ]
    with Store.open() as store:
        client = store.add_client("Amara Okafor")
        store.add_session(client.id, sample_profile(role="Registered nurse"), stored)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await command(pilot, "p")  # a record's letter runs when typed alone
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert (
            "AI orchestration specialist\nto learn: nothing, you have its skills; the weeks are "
            "mostly one step (104 weeks): Get the preparation usually asked of Nurse "
            "Practitioners (extensive preparation: usually a graduate degree)."
        ) in shown
        assert "Data product manager\nto learn: Product discovery, Roadmapping" in shown
        assert "step (104 weeks): Get the preparation" in screen_text(app)  # shown whole
