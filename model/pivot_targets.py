"""Pivot targets with their published figures: O*NET occupations and the articles' roles.

A target is where a person could move. Two kinds:

- an O*NET occupation (``kind="related"``): one of the 20 related occupations O*NET lists
  for each occupation, with its consensus exposure percentile, job zone and BLS
  projection as published;
- a hand-written role from ``skills/data/pivots.yaml`` (``kind="ai_era"`` for the roles
  the articles describe, ``"occupation"`` for hand-written moves into one O*NET
  occupation), whose figures are those of the O*NET occupations it is anchored to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.skills.models import KnowledgeBase, Pivot
from career_resilience.skills.occupations import Occupation, OccupationData

#: How close each O*NET tier of related occupations is (Primary-Short is closest).
TIER_CLOSENESS = {"Primary-Short": 1.0, "Primary-Long": 0.75, "Supplemental": 0.5}
#: Job zones in plain words (O*NET: how much preparation the work needs).
ZONE_WORDS = {
    1: "little or no preparation",
    2: "some preparation: usually high school and some experience, then training on the job",
    3: "medium preparation: vocational training or an associate's degree",
    4: "considerable preparation: usually a bachelor's degree",
    5: "extensive preparation: usually a graduate degree",
}
#: BLS projected employment change 2022-32 (%) -> outlook value 0-1. The average
#: occupation grows about 3%; the anchors match the words the app used before
#: (shrinking 0.15, stable 0.55, growing 1.0).
#: A person in a hand-written role's own category (probability at least this) is already
#: in that field: the role is not their pivot, and an entry written for people coming
#: from other fields is not what they read (``TargetTable.as_seen``).
SAME_CATEGORY = 0.5
BLS_POINTS = (-15.0, -5.0, 3.0, 10.0, 20.0)
OUTLOOK_POINTS = (0.05, 0.15, 0.55, 0.85, 1.0)


def outlook_value(bls_change_pct: float | None) -> float:
    """The outlook value of a projected employment change (unknown counts as average)."""
    if bls_change_pct is None or bls_change_pct != bls_change_pct:
        return 0.55
    return float(np.interp(bls_change_pct, BLS_POINTS, OUTLOOK_POINTS))


def outlook_values(changes: np.ndarray) -> np.ndarray:
    """:func:`outlook_value` of each of ``changes`` (NaN: unknown) in one step: the same
    floats (``np.interp`` works each point alone), without a call per target at start-up."""
    unknown = np.isnan(changes)
    out = np.interp(np.where(unknown, 0.0, changes), BLS_POINTS, OUTLOOK_POINTS)
    out[unknown] = 0.55
    return out


def unlisted_trends(kb: KnowledgeBase, category_of: Mapping[str, str]) -> dict[str, str]:
    """The articles' trend word ("growing") of each kind of work no O*NET occupation is
    framed in.

    These are the AI-era categories O*NET's 2019 taxonomy lacks (AI orchestration,
    platform engineering, ...: ``occupation_categories.yaml`` anchors them); the
    classifier alone places people in them and BLS projects none of them. A person placed
    there is given the articles' trend for their outlook (``model/grounded.py``), so a
    move into such work is weighed and worded with it too, not with its anchor
    occupations' BLS figure: platform engineering, which the articles name as growing,
    read as +6% (its anchors' network administrators and architects) and cost a software
    developer seven points of resilience. Empty without a frame of occupations.
    """
    listed = set(category_of.values())
    if not listed:
        return {}
    return {c.id: c.outlook.trend for c in kb.categories.values() if c.id not in listed}


@dataclass(frozen=True)
class Target:
    """A place to move to, with the figures the trade-offs are computed from."""

    id: str
    label: str
    kind: str  # "related", "ai_era" or "occupation"
    onet_soc: str  # the occupation (for a hand-written role: its first anchor)
    anchors: tuple[str, ...]  # occupations whose work activities it is compared with
    category: str
    exposure: float
    bls_change_pct: float | None
    job_zone: int | None
    pivot: Pivot | None = None  # the hand-written role, when there is one
    #: The articles' trend word for work BLS projects none of (``unlisted_trends``): its
    #: outlook, weighed and worded; ``bls_change_pct`` (its anchors') is then not shown.
    trend: str = ""


def _mean(values: list[float | None], weights: list[float] | None = None) -> float | None:
    pairs = [
        (v, w)
        for v, w in zip(values, weights or [1.0] * len(values), strict=True)
        if v is not None and v == v
    ]
    if not pairs:
        return None
    total = sum(w for _, w in pairs) or 1.0
    return sum(v * w for v, w in pairs) / total


def occupation_target(
    occupation: Occupation, category: str, kind: str = "related", pivot: Pivot | None = None
) -> Target:
    """A target for one O*NET occupation with its published figures."""
    return Target(
        id=pivot.id if pivot else f"onet:{occupation.onet_soc}",
        label=pivot.label if pivot else occupation.title,
        kind=kind,
        onet_soc=occupation.onet_soc,
        anchors=(occupation.onet_soc,),
        category=pivot.category if pivot else category,
        exposure=occupation.consensus_pct if occupation.consensus_pct is not None else 50.0,
        bls_change_pct=occupation.bls_change_pct,
        job_zone=occupation.job_zone,
        pivot=pivot,
    )


def role_target(pivot: Pivot, data: OccupationData, trend: str = "") -> Target:
    """A hand-written role: figures are the means over its anchor occupations.

    Exposure is the plain mean of the anchors' consensus percentiles; the projected
    change is weighted by the anchors' 2022 employment (a large occupation's projection
    is the surer one); the job zone is the lowest anchor's (the usual way in).
    """
    anchors = [data.occupations[a] for a in pivot.anchors if a in data.occupations]
    exposure = _mean([o.consensus_pct for o in anchors])
    bls = _mean(
        [o.bls_change_pct for o in anchors], [o.bls_employment_2022_k or 1.0 for o in anchors]
    )
    zones = [o.job_zone for o in anchors if o.job_zone]
    return Target(
        id=pivot.id,
        label=pivot.label,
        kind=pivot.kind,
        onet_soc=anchors[0].onet_soc if anchors else "",
        anchors=tuple(o.onet_soc for o in anchors),
        category=pivot.category,
        exposure=exposure if exposure is not None else 50.0,
        bls_change_pct=bls,
        job_zone=min(zones) if zones else None,
        pivot=pivot,
        trend=trend,
    )


def role_targets(
    kb: KnowledgeBase, data: OccupationData, trends: Mapping[str, str] | None = None
) -> tuple[Target, ...]:
    """Every hand-written role of the knowledge base as a target (``trends``: the
    articles' trend of the kinds of work BLS projects none of, ``unlisted_trends``)."""
    trends = trends or {}
    return tuple(role_target(p, data, trends.get(p.category, "")) for p in kb.pivots.values())


def group_mix(code: str, data: OccupationData) -> bool:
    """Whether ``code`` is a specialty of an O*NET "All Other" group (11-9199.02
    Compliance Managers under Managers, All Other). O*NET rates work activities per SOC
    code, so its row is the whole group's mix of different jobs, none of its own work."""
    parent = data.occupations.get(f"{code[:7]}.00")
    return code != f"{code[:7]}.00" and parent is not None and "All Other" in parent.title


def anchor_rows(
    targets: Sequence[Target], evidence: OccupationEvidence
) -> tuple[np.ndarray, np.ndarray]:
    """Each slot's anchor rows of the activity matrix, padded with a sentinel row, and
    whether it has any (a slot without has no evidence either way).

    A hand-written role's anchor in an "All Other" group (:func:`group_mix`) lends no
    row while the role has another anchor: its row is the group's mix, no evidence of
    the anchor's own work for anyone, and everyone placed in that catch-all "shared
    100%" of the role's work. A pool manager (Managers, All Other) had AI governance and
    risk lead first at fit 59%, holding none of its six skills, through compliance
    managers' row (11-9199.02); a staff engineer's platform engineering shared 84%
    through the row of Computer Occupations, All Other (74% with its other anchors)."""
    data = evidence.data
    rows = []
    for t in targets:
        anchors = t.anchors
        if t.kind != "related" and len(anchors) > 1:
            anchors = tuple(a for a in anchors if not group_mix(a, data)) or anchors
        rows.append([r for r in (evidence.row(a) for a in anchors) if r is not None])
    width = max(1, max(len(r) for r in rows))
    sentinel = evidence.iwa_unit.shape[0]  # a last column of -inf at scoring time
    found = np.full((len(rows), width), sentinel)
    for i, r in enumerate(rows):
        found[i, : len(r)] = r
    return found, np.array([bool(r) for r in rows])
