"""One skill more does not re-place a worker whose title says their work clearly."""

from __future__ import annotations

from career_resilience.model.profile import Profile

CASHIER = "cash handling; customer service; POS systems"


def placed(engine, role: str, skills: str) -> tuple[str, float]:
    result = engine.score(Profile.create(role, skills))
    return result.occupations[0].onet_soc, result.exposure


def test_a_what_if_skill_does_not_move_a_clear_title_to_another_occupation(engine):
    # "pharmacy dispensing" completed "Pharmacy Cashier" (pharmacy aides list it):
    # pharmacy aides 88%, exposure 43.5 against the cashier's 60.1, read by a coach as
    # "learning this lowers your exposure". Most who list "Cashier" are cashiers.
    before = placed(engine, "Cashier", CASHIER)
    after = placed(engine, "Cashier", f"{CASHIER}; pharmacy dispensing")
    assert before[0] == after[0] == "41-2011.00"
    assert abs(after[1] - before[1]) < 2
    # A vague title still takes its kind of work from the skill.
    assert placed(engine, "Clerk", "cash handling; pharmacy dispensing")[0] == "31-9095.00"
