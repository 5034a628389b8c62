"""Why a pivot is listed above a better fit: said as what put it there (its gain, its
closeness, its place before years of school), and a gain within the scores' rounding
or a long shot does not pass a move a coach would name first."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from career_resilience import wording
from career_resilience.contract import PivotOption
from career_resilience.model.pivot_above import BOTH, CLOSE, GAIN, closer_kind, reason_above
from career_resilience.model.pivot_level import level_places
from career_resilience.model.pivot_rank import rank_of
from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.profile import Profile


def _labels(engine, role: str, skills: str) -> tuple[list[str], list[dict]]:
    pivots = engine.score(Profile.create(role, skills)).to_dict()["pivots"]
    return [p["label"] for p in pivots], pivots


def test_a_level_move_that_fits_better_keeps_its_place_above_a_small_gain() -> None:
    """Ranked: machine feeding (fit 72%, +0.9, level), paving (42%, +2.2, raises it),
    a step up. Paving had been listed first for 1.3 points the scores round away."""
    seq = np.array([0, 1, 2])
    level = np.array([True, False, False])
    leads = ~level
    change, fit = np.array([0.9, 2.2, 2.0]), np.array([0.72, 0.42, 0.55])
    assert level_places(seq, level, leads, change, fit).tolist() == [0, 1, 2]
    # A gain clearly larger (by MIN_GAIN) still comes first, as does one fitting as well.
    bigger = np.array([0.9, 0.9 + MIN_GAIN, 2.0])
    assert level_places(seq, level, leads, bigger, fit).tolist() == [1, 0, 2]
    assert level_places(seq, level, leads, change, np.array([0.4, 0.42, 0.3])).tolist() == [
        1,
        0,
        2,
    ]
    assert level_places(seq, level, leads, change, np.array([0.4, 0.42, 0.5])).tolist() == [
        1,
        2,
        0,
    ]
    # Without the figures, every level move goes after every move that raises resilience.
    assert level_places(seq, level, leads, None, None).tolist() == [1, 2, 0]


def test_a_forklift_drivers_paving_work_is_not_put_above_close_moves_for_a_point(engine):
    """Paving operators (fit 42%) had been first, "Ranked above Machine Feeders and
    Offbearers (fit 72%) for the resilience it adds: +2 points against +1 point"."""
    labels, pivots = _labels(engine, "Forklift driver", "forklift; loading; inventory")
    paving = "Paving, Surfacing, and Tamping Equipment Operators"
    assert labels.index("Machine Feeders and Offbearers") < labels.index(paving), labels
    assert labels[0] != paving
    assert not any("+2 points against +1 point" in p["why"] for p in pivots)


def test_a_natural_step_up_comes_before_a_long_shot(engine):
    """An insurance agent saw pharmacy technician work (fit 12%) above supervising
    non-retail sales (fit 71%, their own line's step up, costing resilience). (That step,
    13 points less resilient into shrinking work, is no longer offered at all:
    ``tests/test_pivot_costly_step.py``; the long shot still comes last.)"""
    labels, pivots = _labels(engine, "Insurance agent", "sales; customer service; policies")
    assert "Pharmacy technician" in labels and len(labels) > 1, labels
    assert labels[-1] == "Pharmacy technician", labels
    shots = [p["fit"] < 0.2445 for p in pivots]
    assert shots == sorted(shots), [p["fit"] for p in pivots]


def _scored(fit: float, close: float, change: float, tier: str = "Primary-Short", **kw):
    reach = kw.pop("reach", True)
    rank = float(rank_of(np.array([fit]), np.array([close]), np.array([change]), reach)[0])
    return SimpleNamespace(
        fit=fit, rank=rank, resilience_change=change, reach=reach, tier=tier, tier_of="x", **kw
    )


def test_what_put_a_pivot_above_a_better_fit_is_told_apart() -> None:
    """A tutor's special education teaching (fit 59%, close relative, +5.5) ranks above
    self-enrichment teaching (72%, more distant, +3.4) by closeness: its 2 points would
    not have done it. A move gaining 10 more points ranks there by its gain."""
    special = _scored(0.585, 1.0, 5.5)
    enrichment = _scored(0.72, 0.5, 3.4, "Supplemental")
    assert special.rank > enrichment.rank
    assert reason_above([special, enrichment], 0, 1) == CLOSE
    assert reason_above([_scored(0.5, 0.5, 15.0), enrichment], 0, 1) == GAIN
    # A janitor's recycling work (57%, +12) above construction labour (70%, +11): neither
    # its closeness nor its point alone would have ranked it there.
    recycling, labour = _scored(0.568, 0.75, 12.0), _scored(0.70, 0.5, 11.0, "Supplemental")
    assert recycling.rank > labour.rank
    assert reason_above([recycling, labour], 0, 1) == BOTH
    # Shown above a move that ranks higher: the list's order of kinds of move, by gain.
    assert reason_above([enrichment, special], 0, 1) == GAIN
    assert closer_kind(special) == "onet"
    assert closer_kind(SimpleNamespace(tier="", tier_of="")) == "role"


def _option(label: str, fit: float, resilience: float, now: float) -> PivotOption:
    change = resilience - now
    return PivotOption(
        label, label, "x", 50.0, resilience, fit, (), (), (), "", "", resilience_change=change
    )


def test_a_place_won_by_closeness_says_so_not_the_resilience_it_adds() -> None:
    options = [
        _option("Special Education", 0.585, 62.0, 56.0),
        _option("Enrichment", 0.72, 60.0, 56.0),
    ]
    said = wording.ranked_above(options, 56.0, (), (), lambda i, j: CLOSE, ("onet", "onet"))
    assert said[0] == (
        "Ranked above Enrichment (fit 72%): O*NET lists it as a closer relative of your work."
    )
    more = [_option("Special Education", 0.585, 64.0, 56.0), options[1]]
    both = wording.ranked_above(more, 56.0, (), (), lambda i, j: BOTH, ("role", "onet"))
    assert both[0] == (
        "Ranked above Enrichment (fit 72%): people come to it from your kind of work, and "
        "it adds more resilience (+8 points against +4 points)."
    )
    gain = wording.ranked_above(more, 56.0, (), (), lambda i, j: GAIN, ("onet", "onet"))
    assert "for the resilience it adds" in gain[0]
    # Within the scores' rounding (+6 against +4) the gain is no reason said: a
    # bartender's sideways move had ranked "for the resilience it adds: +1 point against
    # −1 point" above supervising the bar, fit 72%.
    assert wording.ranked_above(options, 56.0, (), (), lambda i, j: GAIN, ("onet",) * 2)[0] == ""
    same = wording.ranked_above(options, 56.0, (), (), lambda i, j: BOTH, ("role", "onet"))
    assert same[0] == "Ranked above Enrichment (fit 72%): people come to it from your kind of work."


def test_a_move_above_one_that_asks_years_first_says_that_not_its_gain() -> None:
    """A speech therapist's health services management (+1) had been said to rank above
    occupational therapy (fit 80%, a master's away) "for the resilience it adds: +1 point
    against −1 point"."""
    options = [_option("Managers", 0.54, 57.0, 55.7), _option("Therapists", 0.80, 54.9, 55.7)]
    said = wording.ranked_above(options, 55.7, (), (False, True))
    assert said[0] == f"Ranked above Therapists (fit 80%), {wording.YEARS_FIRST}."
    # A move that costs resilience beyond the rounding is passed for that cost.
    dear = [_option("Paving", 0.43, 61.0, 57.7), _option("Supervisors", 0.68, 48.4, 57.7)]
    assert "for the resilience it adds" in wording.ranked_above(dear, 57.7, (), (False, True))[0]
    assert wording.COSTS_FROM == -MIN_GAIN


def test_a_move_into_graduate_work_is_not_ranked_above_others_for_their_years(engine):
    """A probation officer's substance abuse counselling (one job zone up into graduate
    work: two years of graduate school in its plan) had read "Ranked above Marriage and
    Family Therapists (fit 64%), which first asks years of preparation", where both
    ask two years."""
    officer = engine.score(Profile.create("Probation officer", "case management; court reports"))
    counselling = next(p for p in officer.pivots if p.label.startswith("Substance Abuse"))
    assert sum(step.weeks for step in counselling.plan) >= 104
    assert wording.YEARS_FIRST not in counselling.why
