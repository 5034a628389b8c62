"""One person's score takes scalar steps where a batch takes numpy: the same floats.

Grounding and the exposure, interval and mix of one profile are worked out in scalars
(``model/one_profile.py``), where numpy's cost per call over one-element arrays was the
whole cost; a batch keeps the array steps. A person's figures must not move by a digit
because of that, so each test scores profiles and checks that the scalar steps gave,
for the very inputs of that score, every float the array steps give.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from career_resilience.model import assemble, grounded
from career_resilience.model import engine as engine_module
from career_resilience.model.profile import Profile

TYPED = [
    # AI-era work: the classifier's share moves the figure onto anchor occupations.
    ("AI orchestration engineer", "LangChain; prompt engineering; vector databases", ""),
    ("Prompt engineer", "prompt engineering", "write prompts\nreview model output"),
    ("LLM evaluation specialist", "model evaluation; red teaming", ""),
    # Far from tech, short and long titles, with and without skills and duty lines.
    ("Cook", "", ""),
    ("School bus driver", "CDL", "drive students to school\ninspect the bus each morning"),
    ("Certified nursing assistant (night shift)", "patient care; vital signs", ""),
    ("Cashier", "cash handling", "qqqq wwww"),  # a line the duty model cannot read
    ("Plumber", "pipe fitting; blueprints", "fix leaks\ninstall water heaters\nbill clients"),
    ("Sr. data analyst", "SQL; Python; Tableau", "build dashboards\nclean data"),
]


def _equal(a: object, b: object) -> bool:
    """Field by field, exact floats and dtypes (NaN equal to itself)."""
    for f in dataclasses.fields(a):  # type: ignore[arg-type]
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, np.ndarray):
            if x.dtype != y.dtype or not np.array_equal(x, y, equal_nan=True):
                return False
        elif isinstance(x, grounded.Grounded):
            if not _equal(x, y):
                return False
        elif x != y:
            return False
    return True


@pytest.fixture
def checked(monkeypatch, engine):
    """Scores profiles and counts the scores whose scalar steps matched the array steps."""
    count = {"ground": 0, "compute": 0}
    # Worked out once per engine, by a ground of its own: the file run alone counted it.
    assert engine.blank_exposure >= 0
    ground = engine_module.ground
    compute = assemble.Batch.compute.__func__  # type: ignore[attr-defined]

    def both_grounds(*args):  # type: ignore[no-untyped-def]
        out = ground(*args)
        assert _equal(out, ground(*args, scalar=False)), args[1]
        count["ground"] += 1
        return out

    def both_computes(cls, *args):  # type: ignore[no-untyped-def]
        out = compute(cls, *args)
        assert _equal(out, compute(cls, *args, scalar=False)), args[1]
        count["compute"] += 1
        return out

    monkeypatch.setattr(engine_module, "ground", both_grounds)
    monkeypatch.setattr(assemble.Batch, "compute", classmethod(both_computes))

    def score(profiles: list[Profile]) -> dict[str, int]:
        for p in profiles:
            engine.score(p)
        return count

    return score


def test_typed_profiles(checked) -> None:
    assert checked([Profile.create(*row) for row in TYPED]) == {"ground": 9, "compute": 9}


def test_chosen_occupation_or_category(checked) -> None:
    """What was chosen replaces the match (grounded by the array steps); the exposure,
    interval and mix stay scalar."""
    codes = ["43-5031.00", "29-1141.00", "53-3051.00"]
    profiles = [Profile.create("Analyst", "SQL", occupation=c) for c in codes]
    profiles += [
        Profile.create("Analyst", "SQL", "write reports", category=c)
        for c in ("data_analysis", "ai_orchestration")
    ]
    assert checked(profiles) == {"ground": 5, "compute": 5}


def test_corpus_profiles(checked, engine) -> None:
    """Varied profiles built from the knowledge base's corpus (titles, skill lists and
    duties of different kinds of work mixed), as the speed benchmark draws them."""
    rng = random.Random(11)
    sections = list(engine.kb.corpus.values())
    profiles = []
    for i in range(120):
        a, b, c = rng.choice(sections), rng.choice(sections), rng.choice(sections)
        duties = "\n".join(d.text for d in rng.sample(list(c.duties), rng.randint(1, 3)))
        profiles.append(
            Profile.create(
                rng.choice(["", "Sr. ", "Assistant "]) + rng.choice(a.titles),
                rng.choice(b.skill_lists),
                duties if i % 2 else "",
            )
        )
    assert checked(profiles) == {"ground": 120, "compute": 120}


def test_top_occupations_are_those_a_full_sort_gives() -> None:
    """The five occupations listed are found without sorting all 950, in the order (and,
    among tied probabilities, the choice) a full stable sort gives, on every CPU: a
    chosen category spreads its probability evenly, so ties are common there."""
    from career_resilience.model.grounded_result import top_indices

    rng = np.random.default_rng(3)
    cases = [rng.random(950).astype(np.float32) for _ in range(50)]
    even = np.zeros(950, np.float32)
    even[rng.choice(950, 12, replace=False)] = np.float32(1 / 12)  # one category chosen
    tie_at_fifth = rng.random(950).astype(np.float32) * 0.5
    tie_at_fifth[[10, 20, 30, 40, 50, 60]] = [0.9, 0.8, 0.7, 0.6, 0.55, 0.55]
    cases += [even, tie_at_fifth, np.zeros(950, np.float32), rng.random(12)]
    for values in cases:
        assert top_indices(values, 5).tolist() == np.argsort(-values, kind="stable")[:5].tolist()
