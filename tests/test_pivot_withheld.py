"""The closest O*NET relative of a person's work that the rules leave out is named above
the list, with the rule's reason (``model/pivot_withheld.py``)."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile

NAMED = "one of O*NET's closest relatives of your work, is not listed"


def _advice(engine, role: str, skills: str = "", duties: str = "") -> dict:
    return engine.score(Profile.create(role, skills, duties)).to_dict()


def test_a_shrinking_close_relative_left_out_is_named_with_its_outlook(engine) -> None:
    """A web developer's closest relative, computer programming, is left out as shrinking:
    the note says so with BLS's figure, and it is not in the list."""
    d = _advice(engine, "Web developer", "html; css; javascript", "build websites")
    assert (
        f"Computer Programmers, {NAMED}: it is shrinking (BLS projects −11% jobs"
        in (d["pivot_note"])
    )
    assert "Computer Programmers" not in [p["label"] for p in d["pivots"]]


def test_a_more_exposed_close_relative_is_named_with_both_exposures(engine) -> None:
    d = _advice(engine, "Home health aide")
    note = d["pivot_note"]
    assert f"Personal Care Aides, {NAMED}: it is more exposed to AI by over" in note
    assert f"against your {wording.score(d['exposure'])})." in note


def test_a_close_relative_that_is_listed_or_cut_by_the_lists_length_is_not_named(
    engine,
) -> None:
    """A seamstress's upholstery is listed now; a roofer's closest relatives are moves or
    left out for reasons a coach needs no word for."""
    d = _advice(engine, "Seamstress", "sewing")
    assert "Upholsterers" in [p["label"] for p in d["pivots"]]
    assert f"Upholsterers, {NAMED}" not in d["pivot_note"]
    assert NAMED not in _advice(engine, "Roofer", "shingles")["pivot_note"]


def test_a_relative_with_the_persons_own_figures_is_not_named_as_shrinking(engine) -> None:
    """A nanny read "Childcare Workers, one of O*NET's closest relatives of your work, is
    not listed: it is shrinking (BLS projects −2% jobs)": the same SOC group's figure as
    their own work's, no reason a move was left out. A barista's waiting tables, shrinking
    while coffee work grows, is still named."""
    nanny = _advice(engine, "Nanny", "child care; meal prep; homework help")
    assert f"Childcare Workers, {NAMED}" not in nanny["pivot_note"]
    daycare = _advice(engine, "Daycare teacher", "diapering; bottle feeding; daily reports")
    assert f"Nannies, {NAMED}" not in daycare["pivot_note"]
    barista = _advice(engine, "Barista", "espresso; latte art; cash register")
    assert f"Waiters and Waitresses, {NAMED}: it is shrinking" in barista["pivot_note"]
