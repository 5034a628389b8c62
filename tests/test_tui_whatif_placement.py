"""What-if says when a change places the person in other work: a cashier trying
"pharmacy dispensing" went from 60 to 44 because the model matched Pharmacy Aides, and
a coach read it as "learning this lowers exposure"."""

from __future__ import annotations

from dataclasses import replace

from coach_support import sample_result
from tui_support import score_profile, settle

from career_resilience import wording as w
from career_resilience.contract import CategoryProbability, OccupationMatch, Result
from career_resilience.tui.screens.whatif_text import pivot_moves, placement_note


def _placed(*shares: tuple[str, float], **changes: object) -> Result:
    """The sample result matched to occupations (title, share), likeliest first."""
    listed = tuple(
        OccupationMatch(f"00-000{n}.00", t, p, 50.0, {}, None) for n, (t, p) in enumerate(shares)
    )
    return replace(Result.from_dict(sample_result()), occupations=listed, **changes)


CASHIER = _placed(("Cashiers", 0.98), ("Tellers", 0.02))
PHARMACY = _placed(("Pharmacy Aides", 0.88), ("Cashiers", 0.11), ("Tellers", 0.01))


def test_a_change_that_moves_the_figures_to_other_work_says_so_in_words() -> None:
    assert placement_note(PHARMACY, CASHIER, 1, 0) == (
        "With this skill you match Pharmacy Aides instead of Cashiers: the figures now "
        "are that work's, not the skill's effect on your own."
    )
    assert placement_note(PHARMACY, CASHIER, 2, 0).startswith("With these skills you match")
    assert placement_note(PHARMACY, CASHIER, 1, 1).endswith("not the changes' effect on your own.")
    assert placement_note(CASHIER, CASHIER, 0, 0) == ""


def test_a_near_tie_that_flips_or_a_chosen_placement_says_nothing() -> None:
    # Database Architects 19% / Clinical Data Managers 16% swapping places moves a few
    # points of the figures, not the work they come from.
    before = _placed(("Database Architects", 0.19), ("Clinical Data Managers", 0.16))
    after = _placed(("Clinical Data Managers", 0.23), ("Database Architects", 0.16))
    assert placement_note(after, before, 1, 0) == ""
    # "That's not me" chose the work: the skills do not move the figures' source.
    assert placement_note(PHARMACY, replace(CASHIER, category_chosen=True), 1, 0) == ""


def test_ai_era_work_is_named_by_its_kind_not_its_nearest_occupation() -> None:
    ai = replace(
        _placed(("Receptionists and Information Clerks", 0.6)),
        occupations_nearest=True,
        categories=(CategoryProbability("ai_oversight", "AI oversight and operations", 0.9),),
    )
    assert placement_note(ai, CASHIER, 1, 0).startswith(
        "With this skill you match AI oversight and operations instead of Cashiers:"
    )


async def test_the_what_if_shows_the_new_placement_and_drops_it_when_switched_back(
    tui_app, screen_text
):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Receptionist", ["Scheduling"])
        await pilot.press("f5")
        await settle(pilot)
        app.screen.add_skill("LLM evaluation")  # as typed and Enter
        await settle(pilot)
        said = "With this skill you match AI oversight and operations instead of Receptionists"
        assert said in screen_text(app, flat=True)
        await pilot.press("ctrl+z")  # back to the start
        await settle(pilot)
        assert "you match" not in screen_text(app, flat=True)


def test_a_pivot_whose_fit_the_change_moved_says_what_it_was() -> None:
    # A court reporter trying "paralegal work" saw "1. = Paralegals ... (fit 47%)": the
    # rank unchanged and nothing saying the move had come closer from 38%.
    start = Result.from_dict(sample_result())
    first, *rest = start.pivots
    now = replace(start, pivots=(replace(first, fit=first.fit + 0.09), *rest))
    lines = [line.plain for line in pivot_moves(now, start)]
    was = w.percent(first.fit)
    assert f"(fit {w.percent(first.fit + 0.09)}, was {was})" in lines[0]
    # A fit the change left as shown reads as before.
    assert all(", was" not in line for line in lines[1:])
    assert w.fit_now(0.384, 0.381) == "fit 38%"
