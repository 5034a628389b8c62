"""The scoring formulas, vectorised over a batch of profiles (documented in the README).

All functions take numpy arrays with one row per profile so that scoring one profile
and scoring twenty thousand run the same code; ``resilience`` also takes one profile's
Python floats (``one_profile``: the same arithmetic without numpy's cost per call).

Exposure and its interval are in ``grounded`` and ``uncertainty``.

Resilience (0-100)::

    R = 100 * (W_RISK * (1 - E/100 * (s + a * (1 - s))) + W_OUTLOOK * O + W_BREADTH * B)
    s = substitute / (substitute + augment)        share of the exposure that is substitution
    a = AUGMENT_RISK: the part of the risk that exposed work AI only speeds up still carries
    O: outlook value 0-1 (``grounded``: BLS projections; AI-era work: the articles' trend)
    B = 1 - exp(-k / 4)                            k: distinct categories the skills span
"""

from __future__ import annotations

import math
from typing import TypeVar

import numpy as np

#: A batch's figures (arrays) or one profile's (floats).
Num = TypeVar("Num", np.ndarray, float)

W_RISK, W_OUTLOOK, W_BREADTH = 0.40, 0.35, 0.25
OUTLOOK_VALUE = {"growing": 1.0, "stable": 0.55, "shrinking": 0.15}
BREADTH_SCALE = 4.0
#: Work AI speeds up rather than does still carries half the risk of work it does alone:
#: Eloundou et al.'s E2 tasks are done at least twice as fast with LLM tools, so the same
#: output needs fewer people unless demand grows (the outlook term counts that). Without
#: it, three duty lines that AI only helps with made a 92-exposure dispatcher score 83.
AUGMENT_RISK = 0.5
#: In the mix, the matched occupations' O*NET tasks count as this many tasks and each
#: readable duty line a person types as one more: the median number of labelled task
#: statements of an O*NET occupation (20, over the 923 of Eloundou et al.'s labels). A
#: line or two nudge the mix (one line, rated "AI helps", made a nurse's work "AI helps
#: a person do it 100%" beside a moderate exposure of 53); a long list moves it.
OCCUPATION_TASKS = 20.0


def breadth(distinct_categories: np.ndarray) -> np.ndarray:
    """0-1: how many different kinds of work a person's skills span."""
    return 1.0 - np.exp(-distinct_categories / BREADTH_SCALE)


def resilience(exposure: Num, substitution: Num, outlook: Num, spread: Num) -> Num:
    """Resilience 0-100 from exposure, its substitution share, outlook and skill breadth
    (arrays over a batch, or one profile's floats: the same arithmetic)."""
    risk = ai_risk(exposure, substitution)
    return 100.0 * (W_RISK * (1 - risk) + W_OUTLOOK * outlook + W_BREADTH * spread)


def ai_risk(exposure: Num, substitution: Num) -> Num:
    """0-1: the share of the work AI could take, exposure weighed by how much of the
    exposed work it does alone (augmented work counts ``AUGMENT_RISK`` as much)."""
    return exposure / 100.0 * (substitution + AUGMENT_RISK * (1.0 - substitution))


def resilience_parts(
    resilience: float, exposure: float, substitution: float, outlook: float
) -> tuple[float, float, float, int]:
    """Resilience's three terms in points, and the kinds of work the skills span.

    ``(risk, outlook, breadth, kinds)``: the points for how little of the work AI could
    take (0-40), for the outlook (0-35) and for the skills' breadth (0-25), which add up
    to ``resilience``. The breadth is what the other two leave (the same arithmetic as
    :func:`resilience`, so nothing is stored twice), and its count of kinds is read back
    from it (B = 1 - exp(-k / 4) is one to one): what the app says when a skill moves
    resilience at the same exposure and outlook.
    """
    risk_points = 100.0 * W_RISK * (1 - ai_risk(exposure, substitution))
    outlook_points = 100.0 * W_OUTLOOK * outlook
    breadth_points = max(resilience - risk_points - outlook_points, 0.0)
    share = min(breadth_points / (100.0 * W_BREADTH), 1.0 - 1e-12)
    kinds = round(-BREADTH_SCALE * math.log1p(-share))
    return risk_points, outlook_points, breadth_points, kinds


def duty_share_of_mix(lines: int) -> float:
    """The part of the mix taken from a person's ``lines`` readable duty lines (0-1; the
    rest comes from the matched occupations' labelled tasks): n / (n + 20)."""
    return lines / (lines + OCCUPATION_TASKS) if lines > 0 else 0.0


def substitution_share(substitute: np.ndarray, augment: np.ndarray) -> np.ndarray:
    """Share of the exposed work that AI substitutes rather than augments."""
    total = substitute + augment
    return np.divide(substitute, total, out=np.zeros_like(total), where=total > 1e-9)
