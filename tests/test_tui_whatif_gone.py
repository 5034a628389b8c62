"""The what-if says why a pivot of the starting point is no longer listed.

"no longer listed: Financial Managers" left a coach to guess whether the skill tried
made the move worse: an accountant trying Python still has it, ranked 6th, below the
five listed. The reasons come from what the engine decides for the variant
(``tui/screens/whatif_gone.py``).
"""

from __future__ import annotations

from dataclasses import replace

from tui_support import score_profile, settle, wait_until

from career_resilience import wording as w


def _scored(engine, role: str, skills: str, duties: str = ""):
    from career_resilience.model.profile import Profile

    profile = Profile.create(role, skills, duties)
    return profile, engine.score(profile).as_saved()


def test_a_pivot_still_offered_below_the_list_says_where_it_ranks(engine):
    from career_resilience.tui.screens.whatif_gone import LONGER, gone, reasons_for

    _, start = _scored(engine, "Accountant", "GAAP; Excel; reconciliations", "close the books")
    profile, now = _scored(
        engine, "Accountant", "GAAP; Excel; reconciliations; python", "close the books"
    )
    dropped = gone(now, start)
    assert dropped  # the case this test is about
    why = reasons_for(engine, profile, now, start)
    assert set(why) == {p.id for p in dropped}
    longer = [p.id for p in engine.score(profile, max_pivots=LONGER).pivots]
    for pivot in dropped:
        # Ranked where the longer list has it, below every pivot listed.
        assert pivot.id in longer
        rank = longer.index(pivot.id) + 1
        assert rank > len(now.pivots)
        assert why[pivot.id] == w.whatif_gone_ranked(rank)
    assert w.whatif_gone_ranked(6) == "ranked 6th now"
    assert w.whatif_gone_ranked(12) == "ranked 12th now"
    assert w.whatif_gone_ranked(22) == "ranked 22nd now"


def test_a_pivot_into_work_now_matched_is_own_work_and_one_from_other_work_says_so(engine):
    from career_resilience.tui.screens.whatif_gone import gone_reasons

    _, start = _scored(engine, "Accountant", "GAAP; Excel; reconciliations", "close the books")
    target = next(p for p in start.pivots if p.kind == "related")
    # The variant now matches the pivot's occupation itself: the move is their own work.
    first = replace(start.occupations[0], onet_soc=target.onet_soc, probability=0.6)
    now = replace(start, occupations=(first,), pivots=())
    assert gone_reasons(now, start, [], {})[target.id] == w.WHATIF_GONE_OWN
    # Matched to work of which it is no O*NET relative, and not offered at all.
    elsewhere = replace(start.occupations[0], onet_soc="45-2092.00", probability=0.9)
    now = replace(start, occupations=(elsewhere,), pivots=())
    assert gone_reasons(now, start, [], {})[target.id] == w.WHATIF_GONE_UNRELATED
    related = {"45-2092.00": ((target.onet_soc, "Primary-Short", 1),)}
    assert gone_reasons(now, start, [], related)[target.id] == w.WHATIF_GONE_RULES


async def test_the_what_if_names_why_a_pivot_left_the_list(tui_app, engine):
    app = tui_app(lambda: engine)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Accountant", ["GAAP", "Excel", "reconciliations"])
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press(*"python", "enter")
        panel = app.screen.query_one("#whatif-pivots")
        await wait_until(pilot, lambda: "now)" in panel.visual.plain)
        rows = panel.visual.plain.splitlines()
        # Under the five listed (here one row is left: the summary line), or a row each
        # with "gone" where the rank would be when there is room.
        under = " ".join(" ".join(rows[[r[:3] for r in rows].index("5. ") + 1 :]).split())
        assert "Financial Managers (ranked 6th now)" in under, rows
        await _reasons_in_a_reused_dict_are_drawn(pilot, app.screen, panel)


async def _reasons_in_a_reused_dict_are_drawn(pilot, screen, panel) -> None:
    # The panels' texts were kept by the id() of the reasons: once an earlier answer
    # was freed, the reasons that came later could sit at its address and were taken
    # as drawn already, so the line read "gone Statisticians" with no why (the what-if
    # snapshot's flake). Python reuses a freed dict's address for the next one made.
    from career_resilience.tui.screens.whatif_scoring import WhatIfGoneWhy

    profile, start = screen.current[0], screen.start_result
    reasons = dict(screen.gone_why[profile])
    screen.on_what_if_gone_why(WhatIfGoneWhy(profile, start, {}))  # no reasons yet
    await pilot.pause()
    assert "ranked 6th now" not in panel.visual.plain
    screen.gone_why.pop(profile)  # that answer freed: its address is free again
    later = {}
    later.update(reasons)
    screen.on_what_if_gone_why(WhatIfGoneWhy(profile, start, later))
    await pilot.pause()
    assert "Financial Managers (ranked 6th now)" in " ".join(panel.visual.plain.split())


def test_with_room_each_pivot_gone_has_a_row_and_the_rest_are_counted(engine):
    from career_resilience.tui.screens.whatif_text import gone_rows

    _, start = _scored(engine, "Accountant", "GAAP; Excel; reconciliations", "close the books")
    first, second, third = start.pivots[:3]
    why = {first.id: "ranked 6th now", second.id: w.WHATIF_GONE_OWN}
    rows = [row.plain.rstrip() for row in gone_rows([first, second], why, 70, 3)]
    assert rows == [
        f"   gone {first.label} (ranked 6th now)",
        f"   gone {second.label} ({w.WHATIF_GONE_OWN})",
    ]
    # Two rows for three: one row, then a line naming or counting the rest.
    rows = [row.plain for row in gone_rows([first, second, third], why, 70, 2)]
    assert rows[0].rstrip() == f"   gone {first.label} (ranked 6th now)"
    assert rows[1].startswith("no longer listed: ") and len(rows) == 2


def test_a_long_name_gone_wraps_under_itself_with_why_after_it_never_cut(engine):
    # At 80x24 with the panel's scrollbar (44 columns) the row had read
    # "gone Social and Community Service Manage…" and said nothing of why.
    from career_resilience.tui.screens.whatif_text import gone_rows

    _, start = _scored(engine, "Accountant", "GAAP; Excel; reconciliations", "close the books")
    pivot = replace(start.pivots[0], label="Social and Community Service Managers")
    why = {pivot.id: w.WHATIF_GONE_RULES}
    rows = [row.plain.rstrip() for row in gone_rows([pivot], why, 44, 2)]
    assert rows == [
        "   gone Social and Community Service",
        f"        Managers ({w.WHATIF_GONE_RULES})",
    ]
    # No reason known yet (the longer score still running): the name alone, wrapped.
    rows = [row.plain.rstrip() for row in gone_rows([pivot], {}, 44, 2)]
    assert rows == ["   gone Social and Community Service", "        Managers"]


def test_a_full_list_at_80x24_still_has_room_to_say_what_went(engine):
    # Walked at 80x24: an accountant trying Python saw five pivots (one name on two
    # lines) and no word that Financial Managers had gone: the line was drawn below the
    # panel's last row.
    from career_resilience.tui.screens.whatif_gone import reasons_for
    from career_resilience.tui.screens.whatif_text import PIVOT_ROWS, pivot_moves

    _, start = _scored(engine, "Accountant", "GAAP; Excel; reconciliations")
    profile, now = _scored(engine, "Accountant", "GAAP; Excel; reconciliations; python")
    why = reasons_for(engine, profile, now, start)
    assert len(now.pivots) == 5 and why  # the case this test is about
    lines = [line.plain for line in pivot_moves(now, start, 44, why)]
    assert len(lines) <= PIVOT_ROWS, lines
    under = " ".join(lines[[line[:3] for line in lines].index("5. ") + 1 :])
    assert "gone" in under or "no longer listed" in under, lines
