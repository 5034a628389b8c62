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
