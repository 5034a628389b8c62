"""Far moves: AI-era roles only where the work is close or a skill of their own kind
opens them, and long shots that say so, come last and ask a skill to point to
(``model/pivot_rules.py``, ``model/pivot_moves.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.pivot_thresholds import LONG_SHOT_BELOW


def test_ai_era_roles_only_where_the_work_is_close(scorer, matcher):
    # A software developer's work shares little with clinical informatics.
    advice = advise(scorer, matcher, {"15-1252.00": 0.77}, ["Java", "Kubernetes", "AWS"])
    assert "Clinical informatics specialist" not in [p.label for p in advice.pivots]
    for p in advice.pivots:
        if p.kind == "ai_era" and not p.fit_reasons[0].startswith("part of its work is your own"):
            shared = int(p.fit_reasons[0].split("shares ")[1].split("%")[0])
            holds_none = any(w in p.fit_reasons[0] for w in ("hold none of", "not yet hold"))
            assert shared >= 30 or not holds_none


def test_a_staff_engineer_gets_a_full_list(scorer, matcher):
    advice = advise(scorer, matcher, {"15-1252.00": 0.9}, ["Java", "Kubernetes", "AWS"], 60)
    assert len(advice.pivots) >= 4
    assert all(p.resilience_change > -2 for p in advice.pivots)


def test_a_line_cook_is_not_sent_to_cabling_work_a_kitchen_does_not_lead_to(scorer, matcher):
    """A hand-written role lists where its people come from (cabling: IT support, stage
    crews, warehouses); a kitchen's manual work is as alike as a typical related move,
    but that alone does not make cabling a move from it. One of its core skills would."""
    cooks = {"35-2014.00": 0.45, "35-2011.00": 0.31, "35-2012.00": 0.12}
    cook = advise(scorer, matcher, cooks, ["food preparation"])
    labels = [p.label for p in cook.pivots]
    assert cook.pivots and all(p.kind == "related" for p in cook.pivots), labels
    wired = advise(scorer, matcher, cooks, ["food preparation", "fiber optics"])
    assert "Low-voltage and structured cabling technician" in [p.label for p in wired.pivots]


def test_a_skill_every_trade_asks_does_not_open_a_role_a_person_shares_little_with(scorer, matcher):
    """Line work asks first aid of everyone; a teacher's first-aid card is not a way into
    it (their work shares 13% of the activities, less than 95% of O*NET's related moves).
    A skill of the role's own kind of work still opens it (the cook's fibre optics)."""
    teacher = {"25-2021.00": 0.9}
    for skills in (["lesson planning", "first aid"], ["first aid", "health and safety"]):
        labels = [p.label for p in advise(scorer, matcher, teacher, skills).pivots]
        assert "Electrical lineworker" not in labels, (skills, labels)
    cooks = {"35-2014.00": 0.45, "35-2011.00": 0.31}
    wired = advise(scorer, matcher, cooks, ["first aid", "fiber optics"])
    assert "Low-voltage and structured cabling technician" in [p.label for p in wired.pivots]


def test_a_long_shot_says_so_and_comes_after_the_moves_that_fit(scorer, matcher):
    """An AP clerk's moves into sales or data governance share little of the work and
    none of the skills: they are offered as long shots, after the step up that fits."""
    clerk = advise(
        scorer, matcher, {"43-3031.00": 0.7, "43-3021.00": 0.1},
        ["accounts payable", "NetSuite", "GAAP", "Excel"],
    )  # fmt: skip
    assert clerk.pivots
    long_shot = [p.fit < LONG_SHOT_BELOW for p in clerk.pivots]
    assert any(long_shot) and not all(long_shot), [(p.label, p.fit) for p in clerk.pivots]
    assert long_shot == sorted(long_shot), "a long shot is ranked above a move that is not one"
    for pivot, label in zip(clerk.pivots, long_shot, strict=True):
        assert wording.reads_long_shot(pivot.fit_reasons) == label, pivot.fit_reasons[0]


def test_a_long_shot_that_asks_more_preparation_needs_a_skill_to_point_to(scorer, matcher):
    # An AP clerk was offered securities sales (a job zone up, a third of the work in
    # common, none of its skills) and a cashier gambling management: nothing a coach
    # could point to. A long shot up a zone with one of its skills is still offered.
    clerk = advise(
        scorer, matcher, {"43-3031.00": 0.56, "43-3021.00": 0.43},
        ["invoice processing", "QuickBooks", "Excel", "vendor reconciliation"],
    )  # fmt: skip
    labels = [p.label for p in clerk.pivots]
    assert "Securities, Commodities, and Financial Services Sales Agents" not in labels
    cashier = advise(scorer, matcher, {"41-2011.00": 0.93, "41-2012.00": 0.07}, ["POS"])
    assert "Gambling Managers" not in [p.label for p in cashier.pivots]
    for pivot in clerk.pivots + cashier.pivots:
        if pivot.fit < LONG_SHOT_BELOW and pivot.job_zone_step > 0:
            assert pivot.held_skills, (pivot.label, pivot.fit_reasons[0])
    assert any(p.fit < LONG_SHOT_BELOW and p.job_zone_step > 0 for p in clerk.pivots), labels
