"""Ranking pivots for one person: O*NET related occupations and the articles' AI-era roles.

Inputs are where the person stands (:class:`Standing`: matched occupations with their
probabilities, held skills, exposure, resilience and category probabilities); the output
is a short ranked list of :class:`~career_resilience.model.result.PivotOption` with the
evidence for each and a note when the list needs one (unsure placement, already
resilient). The formulas are in the README ("Pivots"); they are computed for all
candidates of all people of a batch at once in ``model/pivot_scoring.py``, over the
per-target arrays of ``model/pivot_table.py``, and only the pivots shown get texts.
What is read of a person (their standing, the advice cache's key) is
``model/pivot_standing.py``.

    fit   = (0.6 * activities + w * skills) / (0.6 + w) - 0.08 * (step - 1, above 1)
            (step: the zone step, or a licence's years of school over 2 if more:
            ``model/pivot_schooling.py``)
    activities = share of O*NET's related pairs less alike than you and the target
    skills = (2 * core held / core + products held / products) / 3
    w     = 0.4 * min(1, (core + key products) / 6), 0 when no skill was named
    rank  = 0.5 * fit + 0.25 * closeness + 0.25 * clip(resilience change / 20, -1, 1)
            (a gain counts only for a move in reach: ``pivot_rank.in_reach``)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from career_resilience import wording
from career_resilience.model import formulas
from career_resilience.model.grounded import outlook_figure, outlook_word
from career_resilience.model.pivot_core_skills import shipped_core_skills
from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.model.pivot_moves import doctoral
from career_resilience.model.pivot_products import prepare_typed
from career_resilience.model.pivot_scoring import FALLBACK_FILL, Person, score_batch
from career_resilience.model.pivot_standing import (
    Standing,
    StandingRows,
    advice_key,
    standings_from_rows,
)
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_targets import outlook_value, unlisted_trends
from career_resilience.model.pivot_texts import AUGMENTS, Calm, PivotTexts
from career_resilience.model.pivot_thresholds import EXPOSURE_JUMP as EXPOSURE_JUMP
from career_resilience.model.pivot_withheld import Withheld
from career_resilience.model.result import PivotOption
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupation_frame import build_frame
from career_resilience.skills.occupations import OccupationData, occupation_data

#: Pieces of advice kept for people who stand exactly where someone scored before stood.
ADVICE_CACHE = 20_000
#: Below UNSURE the list is short and labelled; below UNPLACED (with no skill we know)
#: there is nothing to build on and no pivot is offered.
UNSURE, UNPLACED = 0.35, 0.12
UNSURE_LIMIT = 3
#: Resilience from which a person is told they are already in a resilient place; so is a
#: person whose exposure is low (below LOW_EXPOSURE) in work BLS does not see shrinking.
RESILIENT, LOW_EXPOSURE = 70.0, 40.0
#: A projected change from which demand is said to grow (the outlook word's cut, one
#: place: model/grounded.py), and the categories a person's skills span from which their
#: breadth is named as a reason.
BROAD = 3


@dataclass(frozen=True)
class PivotAdvice:
    """The ranked pivots and the note that goes above them (may be empty)."""

    pivots: tuple[PivotOption, ...]
    note: str = ""


def build_scorer(kb: KnowledgeBase, category_of: Mapping[str, str]) -> PivotScorer:
    """A scorer over the shipped occupation data and precomputed core skills.

    Without ``category_of`` each O*NET occupation takes the project category the
    knowledge base's occupation frame gives it, so a related move is weighed with its own
    category's substitution share and counts as new work only when it is.
    """
    # Core skills name the shipped catalogue; a smaller knowledge base keeps those it has.
    core = {
        code: tuple(s for s in ids if s in kb.skills) for code, ids in shipped_core_skills().items()
    }
    data = occupation_data()
    if not category_of and kb.occupation_frame:
        frame = build_frame(sorted(data.occupations), kb.categories, kb.occupation_frame)
        category_of = frame.category_of
    return PivotScorer(kb, data, OccupationEvidence(data, core), category_of)


class PivotScorer:
    """Scores every candidate target for a batch of people; built once per engine."""

    def __init__(
        self,
        kb: KnowledgeBase,
        data: OccupationData,
        evidence: OccupationEvidence,
        category_of: Mapping[str, str],
    ) -> None:
        self.kb, self.data, self.evidence = kb, data, evidence
        self.category_of = category_of
        self.table = TargetTable(kb, data, evidence, category_of, list(kb.categories))
        self._trends = {
            c: formulas.OUTLOOK_VALUE[w] for c, w in unlisted_trends(kb, category_of).items()
        }
        self.texts = PivotTexts(kb, data, evidence)
        self.table.reason_ok[:] = [bool(self.texts.exposure_reasons(t)) for t in self.table.targets]
        self.roles = self.table.roles
        self.substitution = {c.id: c.substitution for c in kb.categories.values()}
        self._advice: dict[tuple[object, ...], PivotAdvice] = {}
        self._outlooks: dict[str, float] = {}
        self._breadths: dict[int, float] = {}
        self._zones: dict[str, int] = {}

    def advise(self, standing: Standing, limit: int = 5) -> PivotAdvice:
        """The ranked pivots for ``standing``, at most ``limit`` (cached: batches repeat)."""
        return self.advise_many([standing], limit)[0]

    def advise_many(self, standings: list[Standing], limit: int = 5) -> list[PivotAdvice]:
        """The ranked pivots of every standing, scored together in one set of array steps."""
        keys = [advice_key(s, limit) for s in standings]
        todo = {k: s for k, s in zip(keys, standings, strict=True) if k not in self._advice}
        if todo:
            if len(self._advice) + len(todo) > ADVICE_CACHE:
                self._advice.clear()
            self._advice.update(zip(todo, self._advise(list(todo.values()), limit), strict=True))
        return [self._advice[k] for k in keys]

    def _advise(self, standings: list[Standing], limit: int) -> list[PivotAdvice]:
        out: list[PivotAdvice | None] = [None] * len(standings)
        people, where = [], []
        calms: list[Calm | None] = [None] * len(standings)
        now = self._resilience_now(standings)
        for i, standing in enumerate(standings):
            top = standing.matches[0][1] if standing.matches else 0.0
            if top < UNPLACED and not standing.held:
                out[i] = PivotAdvice((), self.texts.unplaced_note())
                continue
            shown = min(limit, UNSURE_LIMIT) if top < UNSURE else limit
            calm = calms[i] = self._calm(standing)
            stay = calm is not None and calm.stay
            people.append(self._person(standing, now[i], shown, stay))
            where.append(i)
        ranked = score_batch(self.table, people) if people else []
        for i, scored in zip(where, ranked, strict=True):
            standing = standings[i]
            # Their words are built when first read (``PivotOption.deferred``).
            options = self.texts.options(scored, standing)
            unsure = standing.matches[0][1] < UNSURE if standing.matches else True
            left_out = getattr(scored, "left_out", None)
            note = self.texts.note(standing, unsure, options, scored, calms[i], limit, left_out)
            withheld = getattr(scored, "withheld", None)
            # (A short list's note already counts what the rules left out, and why.)
            if withheld is not None and not unsure and left_out is None:
                note = f"{note} {self._withheld(withheld, standing)}".strip()
            out[i] = PivotAdvice(options, note)
        return [a for a in out if a is not None]

    def _withheld(self, withheld: Withheld, standing: Standing) -> str:
        """The sentence naming the closest relative the rules left out, and why."""
        t = self.table.targets[withheld.slot]
        return wording.withheld(
            t.label, withheld.reason, t.bls_change_pct, t.exposure, standing.exposure
        )

    def _person(
        self, standing: Standing, resilience_now: float, limit: int, stay: bool = False
    ) -> Person:
        """What the array scorer needs of one standing (``stay``: told they need not move,
        so the list is options and steps down never fill it)."""
        typed = prepare_typed(standing.typed + tuple(self.kb.skills[s].name for s in standing.held))
        found = ((self.evidence.row(code), p) for code, p in standing.matches[:3])
        used = [(r, p) for r, p in found if r is not None]
        own = self._bls(standing.matches[0][0]) if standing.matches else None
        zone = self._zone(standing)
        return Person(
            standing.matches,
            standing.held,
            typed,
            standing.exposure,
            resilience_now,
            dict(standing.category_proba),
            standing.breadth,
            zone,
            np.nan if own is None else own,
            [r for r, _ in used],
            np.array([p for _, p in used]),
            limit,
            fill=0 if stay else FALLBACK_FILL,
            doctoral=bool(standing.matches) and doctoral(standing.matches[0][0]),
            calm=stay,
            placed_before=standing.placed_before,
            typed_text=standing.typed,
            title_codes=standing.title_codes,
            zone_guessed=zone > 0 and self._zone_unlisted(standing),
        )

    def _resilience_now(self, standings: list[Standing]) -> list[float]:
        """Resilience today in the same terms as after a move (so the change is fair)."""
        sub, outlook = [], []
        for standing in standings:
            total = sum(p for _, p in standing.matches) or 1.0
            bls = sum(p * self._outlook(code) for code, p in standing.matches) / total
            outlook.append(self._with_trends(bls, standing.category_proba))
            sub.append(self._substitution(standing))
        if len(standings) == 1:
            # One score: the formula on the person's floats, the same IEEE steps as on
            # arrays of one, without building four of them (the breadth's ``exp`` is
            # numpy's own, kept per count).
            one = standings[0]
            spread = self._breadth(one.breadth)
            return [float(formulas.resilience(one.exposure, sub[0], outlook[0], spread))]
        value = formulas.resilience(
            np.array([s.exposure for s in standings]),
            np.array(sub),
            np.array(outlook),
            formulas.breadth(np.array([float(s.breadth) for s in standings])),
        )
        return value.tolist()

    def _with_trends(self, bls: float, categories: Mapping[str, float]) -> float:
        """The outlook value of a person's work: their share in work O*NET has no
        occupation for takes the articles' trend, as ``model/grounded.py`` gives it and
        as a move into such work is weighed (``pivot_targets.unlisted_trends``); the rest
        their matched occupations' BLS value ``bls``. A prompt engineer's "now" and an
        AI-era move are weighed alike."""
        share = trend = 0.0
        for category, p in categories.items():
            value = self._trends.get(category)
            if value is not None and p > 0:
                share += p
                trend += p * value
        return bls if share == 0.0 else (1.0 - min(share, 1.0)) * bls + trend

    def _breadth(self, kinds: int) -> float:
        """``formulas.breadth`` of one person's count of kinds of work (kept per count)."""
        found = self._breadths.get(kinds)
        if found is None:
            found = self._breadths[kinds] = float(formulas.breadth(np.array([float(kinds)]))[0])
        return found

    def _outlook(self, code: str) -> float:
        """The outlook value of an occupation's BLS projection (kept per occupation)."""
        found = self._outlooks.get(code)
        if found is None:
            found = self._outlooks[code] = outlook_value(self._bls(code))
        return found

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

    def _calm(self, standing: Standing) -> Calm | None:
        """Why the person need not move (None: they should weigh one).

        High resilience, or low exposure in work BLS does not see shrinking. The reasons
        are the formula's terms that hold the score up. Highly exposed work (the "high"
        band and up) is never a place to stay: a high score there gives a Calm that does
        not ``stay``, whose note gives both figures and asks to weigh the moves.
        """
        # Where the result's outlook is an AI-era category's article, the note says its
        # word and cites it, not the anchors' BLS figure: one source for one claim.
        article = standing.article_trend
        own = None if article else self._stated_bls(standing)
        # No BLS projection for the work (a home health aide's: BLS publishes only a
        # broader group) counts as average, as the resilience formula counts it: not
        # shrinking. The note then gives no outlook reason, only the exposure.
        steady = (
            article != "shrinking"
            if article
            else bool(standing.matches) and (own is None or own >= 0)
        )
        # On the whole numbers shown, as the band is (``band_for``): a 39.6 shows "40",
        # moderate, and must not read "little of your work is exposed"; a 59.6 shows
        # "60", high, and is never told to stay put.
        shown = wording.whole(standing.exposure)
        low = shown < LOW_EXPOSURE
        if wording.whole(standing.resilience) < RESILIENT and not (low and steady):
            return None
        stay = shown < wording.HIGH_EXPOSURE
        reasons = []
        if low:
            reasons.append(
                f"little of your work is exposed to AI ({wording.score(standing.exposure)} of 100)"
            )
        elif self._substitution(standing) <= AUGMENTS:
            reasons.append("AI mostly speeds the exposed work up rather than doing it")
        if article == "growing":
            reasons.append(f"demand is growing ({wording.ARTICLE_OUTLOOK})")
        elif own is not None and outlook_word(own) == "growing":
            reasons.append(f"demand is growing ({wording.job_projection(own)})")
        elif steady and low and article:
            reasons.append(f"it is holding up ({wording.ARTICLE_OUTLOOK})")
        elif steady and low and own is not None:
            reasons.append(f"it is holding up ({wording.job_projection(own)})")
        resilient = wording.whole(standing.resilience) >= RESILIENT
        if standing.breadth >= BROAD and resilient:
            reasons.append(f"your skills span {standing.breadth} kinds of work")
        return Calm(resilient, tuple(reasons), stay)

    def _stated_bls(self, standing: Standing) -> float | None:
        """The BLS change the result's outlook line shows for this person (None: none)."""
        if not standing.matches:
            return None
        top = self._bls(standing.matches[0][0])
        if np.isnan(standing.weighted_bls):
            return top
        second = standing.matches[1][1] if len(standing.matches) > 1 else 0.0
        figure = outlook_figure(standing.matches[0][1], second, top, standing.weighted_bls)[0]
        return None if math.isnan(figure) else figure

    def _substitution(self, standing: Standing) -> float:
        """The substitution share of the person's work (by category, as after a move)."""
        cats = standing.category_proba or self._categories_of(standing.matches)
        total = sum(cats.values()) or 1.0
        return sum(p * self.substitution.get(c, 0.5) for c, p in cats.items()) / total

    def _zone(self, standing: Standing) -> int:
        """The job zone of the person's best-matched occupation (0 when unknown): for an
        "All Other" group, which O*NET gives none, its specialties' (:meth:`_group_zone`),
        a guess that only adds preparation (``Person.zone_guessed``)."""
        if not standing.matches:
            return 0
        code = standing.matches[0][0]
        occupation = self.data.occupations.get(code)
        if occupation is None:
            return 0
        return occupation.job_zone or self._group_zone(code)

    def _zone_unlisted(self, standing: Standing) -> bool:
        """Whether O*NET gives the person's best match no job zone of its own."""
        occupation = self.data.occupations.get(standing.matches[0][0])
        return occupation is not None and occupation.job_zone is None

    def _group_zone(self, code: str) -> int:
        """The job zone of the specialties O*NET files in ``code``'s SOC group (the lower
        middle of theirs; 0 when none has one), as its work activities are theirs. With
        none, every move read as one at the person's own zone: a dialysis technician's
        orthotics and prosthetics work (a master's, job zone 5) read 9 weeks of learning."""
        found = self._zones.get(code)
        if found is None:
            occupations = self.data.occupations
            zones = sorted(
                o.job_zone
                for c, o in occupations.items()
                if c[:7] == code[:7] and c != code and o.job_zone
            )
            found = self._zones[code] = zones[(len(zones) - 1) // 2] if zones else 0
        return found


def advise_batch(scorer: PivotScorer, rows: StandingRows, limit: int) -> list[PivotAdvice]:
    """Pivots for every profile of a batch, from the engine's arrays (``rows``: one row
    a profile), at most ``limit`` each."""
    return scorer.advise_many(standings_from_rows(rows, known=scorer.kb.skills), limit)
