"""AI-era work is shown the O*NET occupations its figures come from.

A prompt engineer was placed in AI orchestration (>99%) and given exposure 96 from the
category's anchor occupations (Software Developers, Data Scientists), yet "which of
these is your occupation?" listed Electrical, Mechanical and Materials Engineers at 7%,
the evidence said "matched to Electrical Engineers (7%)" and the pivots were an
engineer's ("Unsure placement (best guess: Electrical Engineers, 7% sure)"). The
occupations shown now carry the weights the exposure is made with
(``model/grounded.py``: ``shown_weights``); the exposure, interval and outlook do not move.
"""

from __future__ import annotations

import numpy as np

from career_resilience.model import engine as engine_module
from career_resilience.model.grounded import ground
from career_resilience.model.profile import Profile


def test_a_prompt_engineer_is_shown_the_anchor_occupations_not_the_match(engine) -> None:
    result = engine.score(Profile.create("Prompt engineer", ["prompt design", "Python"]))
    anchors = set(engine.ground.anchor_codes[result.categories[0].id])
    assert {o.onet_soc for o in result.occupations[: len(anchors)]} == anchors
    assert f"nearest is {result.occupations[0].onet_soc}" in result.evidence[0]
    told = " ".join([*result.evidence, result.pivot_note])
    assert "Electrical Engineers" not in told
    assert not result.pivot_note.startswith("Unsure placement")


def test_the_occupations_listed_make_the_figure_shown(engine) -> None:
    # Title alone: no duty line moves the exposure off the occupations' own figure.
    # A nurse, a plumber and a data analyst (no AI-era share) list the match as before.
    roles = ["Prompt engineer", "AI engineer", "LLM evaluation specialist", "Model evaluator"]
    roles += ["Registered nurse", "Plumber", "Data analyst"]
    results = engine.score_many([Profile.create(r) for r in roles], 0)
    for role, result in zip(roles, results, strict=True):
        weight = sum(o.probability for o in result.occupations)
        made = sum(o.probability * o.consensus_pct for o in result.occupations) / weight
        assert weight >= 0.9, (role, weight)
        assert abs(made - result.exposure) <= 2.0, (role, made, result.exposure)


def test_a_model_evaluator_is_not_shown_fashion_models_first(engine) -> None:
    result = engine.score(Profile.create("Model evaluator"), max_pivots=0)
    assert result.occupations[0].title != "Models"
    assert result.occupations[0].onet_soc in engine.ground.anchor_codes["model_evaluation"]


def test_ai_era_work_does_not_cite_bls_for_the_outlook_its_article_gives(engine) -> None:
    result = engine.score(Profile.create("Prompt engineer"), max_pivots=0)
    assert result.outlook_change_pct is None  # the category's cited trend
    assert not any(line.startswith("Outlook: BLS") for line in result.evidence)


def test_the_shown_weights_give_the_exposure_for_every_kind_of_profile(engine, monkeypatch) -> None:
    profiles = [
        Profile.create("Prompt engineer", ["prompt engineering"]),
        Profile.create("Data annotator"),
        Profile.create("Cashier", ["cash handling"]),
        Profile.create("Anything", category="ai_orchestration"),
        Profile.create("Anything", category="nursing_care"),
        Profile.create("Anything", occupation="29-1141.00"),
    ]
    seen = []

    def keep(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(ground(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(engine_module, "ground", keep)
    scored = engine.score_many(profiles, 0)
    g = seen[-1]
    np.testing.assert_allclose(g.shown @ engine.ground.pct, g.exposure, atol=1e-6)
    np.testing.assert_allclose(g.shown.sum(axis=1), 1.0, atol=1e-5)
    assert scored[3].occupations[0].onet_soc in engine.ground.anchor_codes["ai_orchestration"]
    assert scored[5].occupations[0].onet_soc == "29-1141.00"


def test_a_duty_line_does_not_place_ai_era_work_in_its_anchors(engine) -> None:
    # Without "test chatbots" the match's own top moves, but the anchors the AI
    # engineer is shown stay first: the line places the work nowhere.
    profile = Profile.create("AI engineer", (), "test chatbots\nfix leaks")
    lines = [d.feature for d in engine.score(profile, max_pivots=0).drivers]
    assert 'duty "test chatbots"' in lines
    assert not [line for line in lines if "places your job" in line]


def test_the_ai_era_outlook_is_the_ai_era_categorys_even_when_another_kind_is_likelier(
    engine, monkeypatch
) -> None:
    # An "AI trainer" at q 0.5 placed in personal care (41%) was told personal care's
    # BLS sentence while its evidence cited the AI-era article the outlook weighs.
    from dataclasses import replace

    from career_resilience.model.grounded_result import outlook_for

    seen = []

    def keep(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(ground(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(engine_module, "ground", keep)
    result = engine.score(Profile.create("Prompt engineer"), max_pivots=0)
    g = seen[-1]
    assert float(g.ai_share[0]) >= 0.5
    cat = g.cat_proba.copy()
    other = engine.classes.index("personal_services")
    cat[0, other] = cat[0].max() + 0.1  # another kind of work likelier than the AI-era one
    trend, basis, change = outlook_for(engine, replace(g, cat_proba=cat), 0, result.occupations)
    assert (trend, basis, change) == (result.outlook, result.outlook_basis, None)
