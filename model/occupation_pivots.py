"""Ranking pivots for one person: O*NET related occupations and the articles' AI-era roles.

Inputs are where the person stands (:class:`Standing`: matched occupations with their
probabilities, held skills, exposure, resilience and category probabilities); the output
is a short ranked list of :class:`~career_resilience.model.result.PivotOption` with the
evidence for each and a note when the list needs one (unsure placement, already
resilient). The formulas are in the README ("Pivots").

    fit   = 0.6 * activities + 0.4 * skills - 0.08 * (job-zone step - 1, when above 1)
    activities = clip((cosine of work-activity weights - 0.1) / 0.6, 0, 1)
    skills = (2 * core held / core + products held / products) / 3
    rank  = 0.5 * fit + 0.25 * closeness + 0.25 * clip(resilience change / 20, -1, 1)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_evidence import (
    OccupationEvidence,
    Product,
    Typed,
    prepare_typed,
    shipped_core_skills,
    tech_held,
)
from career_resilience.model.pivot_targets import (
    TIER_CLOSENESS,
    Target,
    occupation_target,
    outlook_value,
    role_targets,
)
from career_resilience.model.pivot_texts import PivotTexts
from career_resilience.model.result import PivotOption
from career_resilience.skills.matching import SkillMatch
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupations import OccupationData, occupation_data

W_ACTIVITIES, W_SKILLS, ZONE_PENALTY = 0.6, 0.4, 0.08
ACTIVITY_FLOOR, ACTIVITY_SPAN = 0.1, 0.6
W_FIT, W_CLOSE, W_GAIN, GAIN_SCALE = 0.5, 0.25, 0.25, 20.0
#: Core skills listed for a move into an occupation with a hand-written plan.
CORE_LIMIT = 7
#: Offered only from this fit and this resilience gain (points) up.
MIN_FIT, MIN_GAIN = 0.1, 1.0
#: A move that raises exposure this much must gain at least MIN_GAIN_IF_EXPOSED points.
EXPOSURE_JUMP, MIN_GAIN_IF_EXPOSED = 10.0, 5.0
#: Pieces of advice kept for people who stand exactly where someone scored before stood.
ADVICE_CACHE = 20_000
#: Matched occupations below this probability do not bring their related occupations.
MIN_MATCH = 0.05
#: Below UNSURE the list is short and labelled; below UNPLACED (with no skill we know)
#: there is nothing to build on and no pivot is offered.
UNSURE, UNPLACED = 0.35, 0.12
UNSURE_LIMIT = 3
#: Resilience from which a person is told they are already in a resilient place.
RESILIENT = 70.0
#: A person's own hand-written role (category probability) is not a pivot.
SAME_CATEGORY = 0.5


@dataclass(frozen=True)
class Standing:
    """Where the person stands now."""

    matches: tuple[tuple[str, float], ...]  # (onet_soc, probability), best first
    held: frozenset[str]  # catalogue skill ids
    typed: tuple[str, ...]  # skills as the person typed them
    exposure: float
    resilience: float
    category_proba: Mapping[str, float] = field(default_factory=dict)
    breadth: int = 0  # distinct categories the person's skills span
    typed_for: Mapping[str, str] = field(default_factory=dict)  # skill id -> typed text


@dataclass(frozen=True)
class PivotAdvice:
    """The ranked pivots and the note that goes above them (may be empty)."""

    pivots: tuple[PivotOption, ...]
    note: str = ""


@dataclass(frozen=True)
class _Static:
    """What a target asks for, whoever moves: core skills, products, activity rows."""

    core: tuple[str, ...]
    core_set: frozenset[str]
    products: tuple[str, ...]
    product_words: tuple[Product, ...]
    product_word_set: frozenset[str]
    rows: tuple[int, ...]
    outlook: float
    substitution: float


@dataclass
class _Scored:
    target: Target
    fit: float
    similarity: float | None
    core: tuple[str, ...]
    core_held: tuple[str, ...]
    products: tuple[str, ...]
    products_held: dict[str, str]
    zone_step: int
    closeness: float
    tier: str
    exposure_change: float
    resilience_change: float
    rank: float = 0.0


def standing_from(
    matches: tuple[tuple[str, float], ...],
    skills: list[SkillMatch],
    exposure: float,
    resilience: float,
    category_proba: Mapping[str, float],
) -> Standing:
    """Where a person stands, from the engine's numbers and their matched skills.

    A skill reached through a loose alias ("scheduling", "NetSuite") is kept as typed
    text, which still finds the products O*NET names, but is not counted as holding
    the catalogue skill it was filed under.
    """
    held = {m.skill.id: m.text for m in skills if m.skill is not None and not m.loose}
    breadth = {c for m in skills if m.skill is not None for c in m.skill.categories}
    return Standing(
        matches,
        frozenset(held),
        tuple(m.text for m in skills),
        exposure,
        resilience,
        category_proba,
        len(breadth),
        held,
    )


def build_scorer(kb: KnowledgeBase, category_of: Mapping[str, str]) -> PivotScorer:
    """A scorer over the shipped occupation data and precomputed core skills."""
    # Core skills name the shipped catalogue; a smaller knowledge base keeps those it has.
    core = {
        code: tuple(s for s in ids if s in kb.skills) for code, ids in shipped_core_skills().items()
    }
    return PivotScorer(
        kb, occupation_data(), OccupationEvidence(occupation_data(), core), category_of
    )


class PivotScorer:
    """Scores every candidate target for a person; built once per engine."""

    def __init__(
        self,
        kb: KnowledgeBase,
        data: OccupationData,
        evidence: OccupationEvidence,
        category_of: Mapping[str, str],
    ) -> None:
        self.kb, self.data, self.evidence = kb, data, evidence
        self.category_of = category_of
        self.roles = role_targets(kb, data)
        # Hand-written moves into one occupation replace that occupation's bare entry.
        self.role_for_code = {t.onet_soc: t for t in self.roles if t.kind == "occupation"}
        self.texts = PivotTexts(kb, data, evidence)
        self.substitution = {c.id: c.substitution for c in kb.categories.values()}
        self._related: dict[str, Target] = {}
        self._statics: dict[str, _Static] = {}
        self._advice: dict[tuple[object, ...], PivotAdvice] = {}

    def advise(self, standing: Standing, limit: int = 5) -> PivotAdvice:
        """The ranked pivots for ``standing``, at most ``limit`` (cached: batches repeat)."""
        key = (
            tuple((c, round(p, 3)) for c, p in standing.matches),
            standing.held,
            standing.typed,
            round(standing.exposure, 1),
            round(standing.resilience, 1),
            tuple(sorted((c, round(p, 3)) for c, p in standing.category_proba.items())),
            standing.breadth,
            tuple(sorted(standing.typed_for.items())),
            limit,
        )
        found = self._advice.get(key)
        if found is None:
            if len(self._advice) > ADVICE_CACHE:
                self._advice.clear()
            found = self._advice[key] = self._advise(standing, limit)
        return found

    def _advise(self, standing: Standing, limit: int) -> PivotAdvice:
        top = standing.matches[0][1] if standing.matches else 0.0
        if top < UNPLACED and not standing.held:
            return PivotAdvice((), self.texts.unplaced_note())
        typed = prepare_typed(standing.typed + tuple(self.kb.skills[s].name for s in standing.held))
        scored = self._evidence(self._candidates(standing), standing, typed, self._zone(standing))
        self._trade_offs(scored, standing)
        kept = [s for s in scored if self._worth_offering(s)]
        kept.sort(key=lambda s: -s.rank)
        unsure = top < UNSURE
        shown = kept[: min(limit, UNSURE_LIMIT) if unsure else limit]
        options = tuple(self.texts.option(s, standing) for s in shown)
        note = self.texts.note(standing, unsure, options, RESILIENT)
        return PivotAdvice(options, note)

    def _candidates(self, standing: Standing) -> list[tuple[Target, float, str]]:
        """(target, closeness 0-1, tier) for related occupations and every role."""
        mine = {code for code, p in standing.matches if p >= 0.2}
        top = standing.matches[0][1] if standing.matches else 1.0
        found: dict[str, tuple[Target, float, str]] = {}
        for code, p in standing.matches[:3]:
            if p < MIN_MATCH:
                continue
            for rel, tier, _rank in self.data.related.get(code, ()):
                occupation = self.data.occupations.get(rel)
                if occupation is None or rel in mine:
                    continue
                closeness = TIER_CLOSENESS.get(tier, 0.5) * p / top
                target = self._related_target(rel)
                if target.id not in found or found[target.id][1] < closeness:
                    found[target.id] = (target, closeness, tier)
        cats = standing.category_proba
        top_cat = max(cats.values(), default=1.0) or 1.0
        for role in self.roles:
            if role.id in found or cats.get(role.category, 0.0) >= SAME_CATEGORY:
                continue
            if mine.intersection(role.anchors):
                continue
            pivot = role.pivot
            adjacency = sum(cats.get(c, 0.0) for c in pivot.adjacent) if pivot else 0.0
            found[role.id] = (role, 0.8 * min(1.0, adjacency / top_cat), "")
        return list(found.values())

    def _related_target(self, code: str) -> Target:
        """The target for a related occupation (cached: built once per occupation)."""
        found = self._related.get(code)
        if found is None:
            role = self.role_for_code.get(code)
            found = self._related[code] = occupation_target(
                self.data.occupations[code],
                self.category_of.get(code, ""),
                "related",
                role.pivot if role else None,
            )
        return found

    def _static(self, target: Target) -> _Static:
        """What a target needs, independent of the person (cached by target id)."""
        found = self._statics.get(target.id)
        if found is None:
            products: tuple[str, ...] = ()
            if target.pivot is not None and target.kind != "related":
                core = target.pivot.core_skills
            else:
                core = self.evidence.core_skills(target.onet_soc)
                if target.pivot is not None:
                    core = tuple(dict.fromkeys(core + target.pivot.core_skills))[:CORE_LIMIT]
                products = self.evidence.technology(target.onet_soc)
            words = self.evidence.technology_words(target.onet_soc) if products else ()
            rows = [self.evidence.row(a) for a in target.anchors]
            found = self._statics[target.id] = _Static(
                core,
                frozenset(core),
                products,
                words,
                frozenset(w for _, ws, _ in words for w in ws),
                tuple(r for r in rows if r is not None),
                outlook_value(target.bls_change_pct),
                self.substitution.get(target.category, 0.5),
            )
        return found

    def _resilience_now(self, standing: Standing) -> float:
        """Resilience today in the same terms as after a move (so the change is fair)."""
        total = sum(p for _, p in standing.matches) or 1.0
        outlook = sum(p * outlook_value(self._bls(code)) for code, p in standing.matches) / total
        cats = standing.category_proba or self._categories_of(standing.matches)
        sub = sum(p * self.substitution.get(c, 0.5) for c, p in cats.items()) / (
            sum(cats.values()) or 1.0
        )
        value = formulas.resilience(
            np.array([standing.exposure]),
            np.array([sub]),
            np.array([outlook]),
            formulas.breadth(np.array([float(standing.breadth)])),
        )
        return float(value[0])

    def _categories_of(self, matches: tuple[tuple[str, float], ...]) -> dict[str, float]:
        """Category probabilities implied by the matched occupations (when none are given)."""
        out: dict[str, float] = {}
        for code, p in matches:
            category = self.category_of.get(code, "")
            out[category] = out.get(category, 0.0) + p
        return out

    def _bls(self, code: str) -> float | None:
        occupation = self.data.occupations.get(code)
        return occupation.bls_change_pct if occupation else None

    def _evidence(
        self,
        candidates: list[tuple[Target, float, str]],
        standing: Standing,
        typed: Typed,
        zone_now: int,
    ) -> list[_Scored]:
        """Fit of every candidate from work activities, skills held and the job-zone step."""
        statics = [self._static(t) for t, _, _ in candidates]
        similarity = self._similarities(statics, standing)
        typed_words = {w for _, ws in typed for w in ws}
        held = standing.held
        out = []
        for (target, closeness, tier), st, sim in zip(candidates, statics, similarity, strict=True):
            core_held = tuple(x for x in st.core if x in held) if held else ()
            products_held: dict[str, str] = {}
            if st.products and not typed_words.isdisjoint(st.product_word_set):
                products_held = tech_held(typed, st.product_words)
            # Core skills count twice as much as products: (2 * core + products) / 3.
            skills, weight = 0.0, 0
            if st.core:
                skills, weight = 2 * len(core_held) / len(st.core), 2
            if st.products:
                skills, weight = skills + len(products_held) / len(st.products), weight + 1
            # Cosines of related occupations run from about 0.1 to 0.7: stretched onto 0-1
            # so fit uses the whole scale (the fit line still shows the raw share).
            raw = sim if sim is not None else 0.5 * closeness
            activities = min(1.0, max(0.0, (raw - ACTIVITY_FLOOR) / ACTIVITY_SPAN))
            fit = W_ACTIVITIES * activities + W_SKILLS * skills / weight if weight else activities
            step = (target.job_zone or zone_now) - zone_now if zone_now else 0
            fit = min(1.0, max(0.0, fit - ZONE_PENALTY * max(0, step - 1)))
            out.append(
                _Scored(
                    target,
                    fit,
                    sim,
                    st.core,
                    core_held,
                    st.products,
                    products_held,
                    step,
                    closeness,
                    tier,
                    target.exposure - standing.exposure,
                    0.0,
                )
            )
        return out

    def _similarities(self, statics: list[_Static], standing: Standing) -> list[float | None]:
        """Best cosine over each target's anchors with the person's activities, in one product."""
        vector = self.evidence.activity_vector(standing.matches[:3])
        if vector is None:
            return [None] * len(statics)
        rows = [r for st in statics for r in st.rows]
        cos = (self.evidence.iwa_unit[rows] @ vector).tolist() if rows else []
        out: list[float | None] = []
        i = 0
        for st in statics:
            n = len(st.rows)
            out.append(max(0.0, max(cos[i : i + n])) if n else None)
            i += n
        return out

    def _trade_offs(self, scored: list[_Scored], standing: Standing) -> None:
        """Resilience change and rank of every candidate, in one vectorised step."""
        if not scored:
            return
        cats = standing.category_proba
        targets = [s.target for s in scored]
        statics = [self._statics[t.id] for t in targets]
        sub = np.array([st.substitution for st in statics])
        outlook = np.array([st.outlook for st in statics])
        # A move into a new kind of work adds one to the categories the skills span.
        breadth = np.array([standing.breadth + (cats.get(t.category, 0.0) < 0.3) for t in targets])
        exposure = np.array([t.exposure for t in targets])
        after = formulas.resilience(exposure, sub, outlook, formulas.breadth(breadth))
        change = after - self._resilience_now(standing)
        for s, c in zip(scored, change.tolist(), strict=True):
            s.resilience_change = c
            gain = min(1.0, max(-1.0, c / GAIN_SCALE))
            s.rank = W_FIT * s.fit + W_CLOSE * s.closeness + W_GAIN * gain

    def _worth_offering(self, s: _Scored) -> bool:
        """Plausible from here, raises resilience, and more exposure only for a reason."""
        if s.fit < MIN_FIT or s.resilience_change < MIN_GAIN:
            return False
        if s.exposure_change > EXPOSURE_JUMP:
            # More exposed, for too little or for no reason we can name: not offered.
            return s.resilience_change >= MIN_GAIN_IF_EXPOSED and bool(
                self.texts.exposure_reasons(s.target)
            )
        return True

    def _zone(self, standing: Standing) -> int:
        """The job zone of the person's best-matched occupation (0 when unknown)."""
        if not standing.matches:
            return 0
        occupation = self.data.occupations.get(standing.matches[0][0])
        return occupation.job_zone or 0 if occupation else 0


#: Matched occupations handed to the scorer per person (the rest carry little weight).
TOP_MATCHES = 5


def advise_batch(
    scorer: PivotScorer,
    occ_proba: np.ndarray,
    codes: list[str],
    skills: list[list[SkillMatch]],
    exposure: np.ndarray,
    resilience: np.ndarray,
    cat_proba: np.ndarray,
    classes: list[str],
    limit: int,
) -> list[PivotAdvice]:
    """Pivots for every profile of a batch, from the engine's arrays (one row each).

    ``occ_proba`` is profiles x occupations in ``codes`` order, ``cat_proba`` profiles x
    categories in ``classes`` order.
    """
    k = min(TOP_MATCHES, occ_proba.shape[1])
    top = np.argpartition(-occ_proba, k - 1, axis=1)[:, :k]
    out = []
    for i in range(len(occ_proba)):
        # Ties are broken by code, so a person's pivots do not depend on the batch.
        found = [(codes[j], float(occ_proba[i, j])) for j in top[i].tolist() if occ_proba[i, j] > 0]
        matches = tuple(sorted(found, key=lambda m: (-m[1], m[0])))
        cats = {classes[j]: float(p) for j, p in enumerate(cat_proba[i].tolist()) if p >= 0.01}
        standing = standing_from(matches, skills[i], float(exposure[i]), float(resilience[i]), cats)
        out.append(scorer.advise(standing, limit))
    return out
