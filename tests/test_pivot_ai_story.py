"""The articles' story in the pivots: people in the exposed kinds of work (coding, data
analysis, management) are offered the growing AI-era work their kind of work feeds, weighed
with the outlook a person already in that work is given (``pivot_targets.unlisted_trends``)."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model import formulas
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.pivot_targets import outlook_value
from career_resilience.skills.occupations import occupation_data


def _advise(scorer, matcher, code: str, category: str, skills: list[str], resilience: float):
    """Pivots of a person matched to ``code`` alone, in ``category``, at its exposure."""
    exposure = occupation_data().occupations[code].consensus_pct
    standing = standing_from(
        ((code, 0.97),), [matcher.match(s) for s in skills], exposure, resilience, {category: 0.97}
    )
    return scorer.advise(standing)


def test_a_software_developer_is_offered_ai_orchestration_and_platform_work(scorer, matcher):
    # AI orchestration is anchored in software developers and data scientists: an anchor
    # is where its figures come from, not the developer's own work. Platform work, which
    # the articles call growing, had read as its anchors' +6% and cost him 7 points.
    advice = _advise(
        scorer, matcher, "15-1252.00", "software_engineering",
        ["Java", "Kubernetes", "system design"], 64,
    )  # fmt: skip
    by_label = {p.label: p for p in advice.pivots}
    assert "AI orchestration engineer" in by_label, list(by_label)
    # Its work is half his own occupation's: said so, not "shares 100% of its work".
    reason = by_label["AI orchestration engineer"].fit_reasons[0]
    assert reason.startswith("part of its work is your own occupation's (Software Developers)")
    platform = by_label.get("Platform engineer for AI workloads")
    assert platform is not None, list(by_label)
    assert platform.resilience_change > 0
    assert "Kubernetes" in platform.held_skills
    # Its outlook is said as it is weighed: the articles' trend, not its anchors' +6%.
    assert platform.bls_change_pct is None and platform.outlook == "growing"
    said = wording.pivot_projection(platform.outlook, platform.bls_change_pct)
    assert said == "the articles call it growing (no BLS projection)"


def test_a_financial_analyst_is_offered_ai_cost_work_anchored_in_their_own(scorer, matcher):
    advice = _advise(
        scorer, matcher, "13-2051.00", "finance_accounting",
        ["financial modeling", "Excel", "forecasting"], 61,
    )  # fmt: skip
    assert "AI FinOps analyst" in [p.label for p in advice.pivots]


def test_a_role_anchored_only_in_your_own_occupation_is_where_you_are(scorer, matcher):
    # SOC analysis is anchored in information security analysts alone.
    advice = _advise(
        scorer, matcher, "15-1212.00", "security_compliance", ["SIEM", "incident response"], 60
    )
    assert "Security operations (SOC) analyst" not in [p.label for p in advice.pivots]


def test_ai_era_work_is_weighed_with_the_outlook_a_person_placed_there_is_given(scorer):
    # Work O*NET has no occupation for takes its category's trend (the articles'), as
    # model/grounded.py gives someone placed in it; a role in work O*NET lists keeps BLS's.
    table, kb = scorer.table, scorer.kb
    by_id = {t.id: i for i, t in enumerate(table.targets)}
    platform = table.targets[by_id["ai_platform_engineer"]]
    trend = kb.categories["platform_engineering"].outlook.trend
    assert table.outlook[by_id["ai_platform_engineer"]] == formulas.OUTLOOK_VALUE[trend]
    assert outlook_value(platform.bls_change_pct) < formulas.OUTLOOK_VALUE[trend]
    data = table.targets[by_id["analytics_engineer"]]  # data engineering: O*NET lists it
    assert table.outlook[by_id["analytics_engineer"]] == outlook_value(data.bls_change_pct)


def test_a_nurse_a_plumber_and_a_teacher_get_ai_era_work_only_from_their_kind(scorer, matcher):
    # An AI-era role is offered from the kinds of work it names as where its people come
    # from, or to someone holding one of its own core skills.
    kb = scorer.kb
    for code, category, skills in [
        ("29-1141.00", "nursing_care", ["patient care", "IV therapy", "charting"]),
        ("47-2152.00", "skilled_trades", ["pipefitting", "soldering", "drain cleaning"]),
        ("25-2031.00", "education_teaching", ["lesson planning", "classroom management"]),
    ]:
        advice = _advise(scorer, matcher, code, category, skills, 60)
        for p in advice.pivots:
            if p.kind == "ai_era":
                pivot = kb.pivots[p.id]
                assert category in pivot.adjacent or p.held_skills, (code, p.label)


def test_a_role_drawn_from_your_own_occupation_is_in_reach_without_its_new_skills(scorer, matcher):
    # Customer AI operations lead is anchored in customer service representatives: its six
    # core skills are all new to a rep, yet the move is the one the articles describe for
    # front-line support. It had ranked by fit alone, below receptionists' work.
    advice = _advise(
        scorer, matcher, "43-4051.00", "customer_support",
        ["phone support", "CRM", "de-escalation"], 43,
    )  # fmt: skip
    first = advice.pivots[0]
    assert first.label == "Customer AI operations lead", [p.label for p in advice.pivots]
    assert first.held_skills == () and first.resilience_change > 0
