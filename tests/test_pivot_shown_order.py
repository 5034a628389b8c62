"""The order a list of pivots is shown in: long shots last, and a move out of reach
placed by its rank, not ahead of closer moves for a gain the rank does not count."""

from __future__ import annotations

from career_resilience.model.pivot_thresholds import LONG_SHOT_BELOW
from career_resilience.model.profile import Profile


def _pivots(engine, role: str) -> list[dict]:
    return engine.score(Profile.create(role)).to_dict()["pivots"]


def test_a_long_shot_comes_after_every_move_that_is_not_one_steps_down_included(engine):
    """A musician's music therapy (fit 11%, two years of certification) was listed first,
    "ranked above Actors (fit 88%) for the resilience it adds", because dance and acting
    are steps down, which only fill the list; a long shot only fills it too, last. (A
    musician is no longer offered dance or acting, ``tests/test_pivot_arts.py``: a claims
    adjuster's steps down and long shots show the order.)"""
    pivots = _pivots(engine, "insurance claims adjuster")
    labels = [p["label"] for p in pivots]
    shots = [p["fit"] < LONG_SHOT_BELOW for p in pivots]
    down = [p["job_zone_step"] < 0 and not shot for p, shot in zip(pivots, shots, strict=True)]
    assert any(down) and any(shots), labels
    assert "Ranked above" not in pivots[-1]["why"]
    fits = [p["fit"] for p in pivots]
    shots = [f < LONG_SHOT_BELOW for f in fits]
    assert shots == sorted(shots), fits  # no move that is not a long shot after one


def test_a_park_naturalists_long_shot_comes_after_the_close_moves(engine):
    """Recreation work (fit 17%) was listed above conservation science (89%)."""
    labels = [p["label"] for p in _pivots(engine, "park naturalist")]
    assert labels[0] == "Conservation Scientists", labels
    assert labels[-1] == "Recreation Workers", labels


def test_a_move_out_of_reach_takes_its_place_by_rank_among_the_level_moves(engine):
    """A logistics analyst saw industrial engineering (fit 25%, none of its skills) and
    an AI-era role (34%) above logistics work (73%): out of reach, their gain earns no
    rank, so a move about as resilient that fits far better comes first."""
    pivots = _pivots(engine, "logistics analyst")
    assert pivots[0]["label"] == "Logisticians", [p["label"] for p in pivots]
    assert pivots[0]["fit"] > 0.7


def test_a_move_labelled_a_long_shot_shows_a_fit_under_the_line_the_note_names(engine):
    """A librarian's Training and Development Managers read "fit 25%: a long shot" (its
    fit 0.246, shown rounded), where long shots are said to fit under 25%."""
    from career_resilience import wording
    from career_resilience.model.pivot_thresholds import LONG_SHOT

    profile = Profile.create("Librarian", ("cataloging", "reference", "story time"))
    pivots = engine.score(profile).to_dict()["pivots"]
    line = wording.whole(LONG_SHOT * 100)
    for pivot in pivots:
        shown = wording.whole(pivot["fit"] * 100)
        labelled = pivot["fit_reasons"][0].startswith(wording.long_shot(""))
        assert labelled == (shown < line) or "years of new school" in pivot["fit_reasons"][0], (
            pivot["label"],
            shown,
        )
    assert any(wording.whole(p["fit"] * 100) == line for p in pivots), [p["fit"] for p in pivots]
