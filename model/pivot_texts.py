"""The words of a pivot: its honest trade-offs, gaps and plan (the note above the list is
in ``model/pivot_notes.py``, its fit reasons in ``model/pivot_fit_reasons.py``).

Everything a coach reads about a pivot is built here from the numbers the scorer
computed, so each sentence can be traced to a figure: the share of work activities in
common, the core skills held, the exposure and projected-employment change, the job zone.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from career_resilience import wording
from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_above import closer_kind, reason_above
from career_resilience.model.pivot_fit_reasons import FitReasons, on_ladder
from career_resilience.model.pivot_moves import OWN_SHRINKING, slower
from career_resilience.model.pivot_notes import Calm as Calm
from career_resilience.model.pivot_notes import ListNotes
from career_resilience.model.pivot_notes import what_next as what_next
from career_resilience.model.pivot_plans import GapsAndPlan, PivotPlans
from career_resilience.model.pivot_steps import is_assisted_step, managed
from career_resilience.model.pivot_targets import ZONE_WORDS, Target
from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.pivot_weeks import SkillWeeks
from career_resilience.model.result import PivotOption
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupations import OccupationData

if TYPE_CHECKING:
    from career_resilience.model.pivot_evidence import OccupationEvidence
    from career_resilience.model.pivot_shown import Scored as _Scored
    from career_resilience.model.pivot_standing import Standing

#: Substitution share under which AI is said to speed the work up rather than do it.
AUGMENTS = 0.45
#: The case for a step up in the person's own line (a supervisor or inspector of it).
STEP_UP_CASE = (
    "A step up in your own field: it supervises or inspects work of your kind, so your "
    "experience is what it asks for, and it comes with more responsibility."
)


def _step_case(t: Target, ladder: bool = False) -> str:
    """The case for a step up: supervising work of the person's kind, the work they
    assist (``pivot_steps.ASSISTS``) or the next rung of their licence (``ladder``)."""
    if ladder:
        return wording.LADDER_CASE
    if managed(t.onet_soc):
        return wording.MANAGED_CASE
    return wording.ASSISTED_CASE if is_assisted_step(t.onet_soc) else STEP_UP_CASE


#: A move into an O*NET occupation cites the papers of the indices it has (and BLS when
#: its projection is shown): the same few strings for every move (walker's, issue 11).
_related_citation = functools.cache(wording.related_citation)


class PivotTexts(ListNotes, PivotPlans, FitReasons):
    """Builds the records and sentences of the pivots list (gaps and plans: the
    :class:`~career_resilience.model.pivot_plans.PivotPlans` it mixes in; fit reasons:
    :class:`~career_resilience.model.pivot_fit_reasons.FitReasons`)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        data: OccupationData,
        evidence: OccupationEvidence,
    ) -> None:
        self.kb, self.data, self.evidence = kb, data, evidence
        self.names = {sid: s.name for sid, s in kb.skills.items()}
        self.tools = frozenset(sid for sid, s in kb.skills.items() if s.product)
        self.skill_weeks = SkillWeeks(evidence)
        self._kinds: dict[tuple[object, ...], frozenset[str]] = {}
        self._entry_kind: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
        self._plans: dict[tuple[object, ...], GapsAndPlan] = {}
        self._beneath_of: dict[str, frozenset[str]] = {}
        # Sentences that depend on the target alone, by id and kind (a hand-written move
        # into an occupation shares its id with the occupation's own entry).
        self._outlooks: dict[tuple[str, str], str] = {}
        self._summaries: dict[tuple[str, str], str] = {}
        self._reasons: dict[tuple[str, str], list[str]] = {}

    def options(self, scored: Sequence[_Scored], standing: Standing) -> tuple[PivotOption, ...]:
        """The contract records of the scored pivots, best first, each one's why ending
        in why its figures match an occupation of its SOC group listed before it
        (``wording.same_group``) and why it ranks above a better fit listed after it
        (``wording.ranked_above``), when it does (``Scored.reach``: whether the
        resilience it adds ranked it; which ask a new degree first,
        :meth:`asks_degree`, or a year of school, :meth:`asks_year`; and what put it
        there, ``pivot_above.reason_above``).

        Their words are built when first read (``PivotOption.deferred``): ranking them
        reads only their figures.
        """
        options = tuple(self.option(s, standing) for s in scored)
        ranked = wording.ranked_above(
            options,
            standing.resilience,
            tuple(s.reach for s in scored),
            tuple(self.asks_degree(s, standing) for s in scored),
            partial(reason_above, scored),
            tuple(closer_kind(s) for s in scored),
            tuple(self.asks_year(s, standing) for s in scored),
        )
        # A specialty beside its SOC group's other occupation says why their figures match.
        top = standing.matches[0][0] if standing.matches else ""
        known = self.data.occupations.get(top)
        same = wording.same_group(options, (top, known.title) if known else ("", ""))
        said = [" ".join(x for x in pair if x) for pair in zip(same, ranked, strict=True)]
        if not any(said):
            return options
        return tuple(
            self.option(s, standing, extra) if extra else o
            for s, o, extra in zip(scored, options, said, strict=True)
        )

    def option(self, s: _Scored, standing: Standing, extra: str = "") -> PivotOption:
        """The contract record of one scored pivot, its words built on first read
        (``extra``: a sentence its why ends with)."""
        t = s.target
        return PivotOption.deferred(
            partial(self._words, s, standing, extra),
            id=t.id,
            label=t.label,
            category=t.category,
            exposure=t.exposure,
            resilience=min(100.0, max(0.0, standing.resilience + s.resilience_change)),
            fit=s.fit,
            summary=self._summary(t),
            kind=t.kind,
            onet_soc=t.onet_soc,
            exposure_change=s.exposure_change,
            resilience_change=s.resilience_change,
            bls_change_pct=_shown_bls(t),
            job_zone=t.job_zone,
            job_zone_step=s.zone_step,
            citation=self._citation(t),
            outlook=t.trend,
        )

    def _words(self, s: _Scored, standing: Standing, extra: str) -> dict[str, object]:
        """A pivot's words (``PIVOT_WORDS``): its gaps, plan, why and fit reasons."""
        gap, held, plan = self._gaps_and_plan(s, standing)
        why = self.why(s, standing)
        return {
            "gap_skills": gap,
            "held_skills": held,
            "plan": plan,
            "why": f"{why} {extra}" if extra else why,
            "fit_reasons": self.fit_reasons(s, standing),
        }

    @staticmethod
    def costly(s: _Scored, standing: Standing) -> bool:
        """Whether ``s`` is a step up, or a close move filling a short list (``near``),
        that lowers the person's resilience as shown: its why says so first and the
        note does not count it."""
        # Its cost is said as shown: a loss that rounds to ±0 is no "less resilient".
        after = standing.resilience + s.resilience_change
        return (s.step_up or s.near) and _shown_change(after, standing.resilience) < 0

    def why(self, s: _Scored, standing: Standing) -> str:
        """Exposure and outlook in plain words, then the role's own case."""
        t = s.target
        if self.costly(s, standing):
            if s.near:
                return self._near_cost(s, standing)
            return self._step_up_cost(s, standing, on_ladder(s, standing))
        # The words follow the two shown scores, as the table does: "97 (now 87)" had
        # read "About as exposed to AI as your work now" (a raw change of 9.96).
        said = wording.exposure_against(t.exposure, standing.exposure)
        if said is not None:
            head = said
        else:
            reasons = self.exposure_reasons(t)
            up = wording.score_change_points(t.exposure, standing.exposure)
            # Offered without a reason only when the rise is at most 10 before rounding
            # (``pivot_thresholds.EXPOSURE_JUMP``): then there is none to claim. A move about
            # as resilient (offered to fill the list) is not called a good move, nor is
            # one into shrinking work (a tailor's "still a good move" had stood beside
            # "BLS projects -3% jobs"): that one names the resilience it gains instead.
            # "About the same" is said of the change as shown: a paramedic's health
            # services management at +1.8 read "for about the same resilience" beside
            # its "+2" (the rules' raw MIN_GAIN is safe the other way: from +2 raw, the
            # shown change is +2 or more).
            after = standing.resilience + s.resilience_change
            if _shown_change(after, standing.resilience) < MIN_GAIN:
                case = " for about the same resilience"
            elif (bls := _shown_bls(t)) is not None and outlook_word(bls) == "shrinking":
                gained = wording.score_change_points(
                    standing.resilience + s.resilience_change, standing.resilience
                )
                case = f", yet more resilient ({gained})"
            else:
                case = ", yet still a good move"
            head = (
                f"More exposed to AI ({up}){case}: " + " and ".join(reasons) + "."
                if reasons
                else f"More exposed to AI ({up})."
            )
        if t.pivot is not None and s.step_up:
            # Its words for people from other work (``suits``) are not this person's: a
            # pharmacy aide stepping up to the technician work was told "Retail, cashier
            # and customer-service experience ... is exactly what the counter needs".
            return f"{head} {t.pivot.why} {_step_case(t, on_ladder(s, standing))}"
        if t.pivot is not None:
            return f"{head} {t.pivot.why}" + (f" {t.pivot.suits}" if t.pivot.suits else "")
        tail = "" if "BLS" in head else self._outlook_sentence(t)
        tail += self._slower_shrinking(s, standing)
        # A step up's case is seniority, whatever the exposure words said before it.
        if s.step_up:
            tail += f" {_step_case(t, on_ladder(s, standing))}"
        elif (
            s.near
            and _shown_change(standing.resilience + s.resilience_change, standing.resilience)
            < MIN_GAIN
        ):
            # A close move about as resilient, filling a short list: its case is its
            # closeness (a landscaping supervisor's forest and conservation technician
            # work had read only its exposure and outlook, no word of why it is there).
            tail += f" {wording.NEAR_LEVEL}"
        return head + tail

    def _slower_shrinking(self, s: _Scored, standing: Standing) -> str:
        """ " Shrinking too, but far more slowly than your own work ..." for a sideways move
        into shrinking work out of work shrinking at least twice as fast (the rule that
        lets it through, ``pivot_moves.is_a_move``), else ""."""
        bls = _shown_bls(s.target)
        if s.step_up or bls is None or outlook_word(bls) != "shrinking" or not standing.matches:
            return ""
        own = self.data.occupations.get(standing.matches[0][0])
        mine = own.bls_change_pct if own is not None else None
        if own is None or mine is None or mine > OWN_SHRINKING or not slower(bls, mine):
            return ""
        return " " + wording.slower_shrinking(mine, own.title)

    def _outlook_sentence(self, t: Target) -> str:
        """ " Employment is projected to ..." for a target (kept: targets recur)."""
        found = self._outlooks.get((t.id, t.kind))
        if found is None:
            words = wording.job_projection(t.bls_change_pct)
            found = self._outlooks[t.id, t.kind] = f" {words[0].upper()}{words[1:]}."
        return found

    def _step_up_cost(self, s: _Scored, standing: Standing, ladder: bool) -> str:
        """Why a step up that lowers resilience is shown at all, costs first."""
        t = s.target
        d = _shown_change(t.exposure, standing.exposure)
        up = wording.score_change_points(t.exposure, standing.exposure)
        exposed = (
            f"More exposed to AI ({up}) and less resilient"
            if d >= wording.MUCH_MORE_EXPOSED
            else "Less resilient"
        )
        words = wording.pivot_projection(t.trend, _shown_bls(t))
        change = wording.score_change_points(
            standing.resilience + s.resilience_change, standing.resilience
        )
        said = _step_case(t, ladder)
        case = said[0].lower() + said[1:]
        return f"{exposed} ({change}; {words}): {wording.NOT_SAFER}, but {case}"

    @staticmethod
    def _near_cost(s: _Scored, standing: Standing) -> str:
        """Why a close move that lowers resilience is listed (``pivot_thresholds.NEAR_COST``)."""
        t = s.target
        change = wording.score_change_points(
            standing.resilience + s.resilience_change, standing.resilience
        )
        exposure = wording.exposure_against(t.exposure, standing.exposure)
        if exposure is None:
            up = wording.score_change_points(t.exposure, standing.exposure)
            exposure = f"More exposed to AI ({up})."
        projection = wording.pivot_projection(t.trend, _shown_bls(t))
        return wording.near_move(change, projection, exposure)

    def exposure_reasons(self, t: Target) -> list[str]:
        """Why a move into more exposed work can still be good (empty: no reason)."""
        found = self._reasons.get((t.id, t.kind))
        if found is None:
            found = self._reasons[t.id, t.kind] = self._exposure_reasons(t)
        return list(found)

    def _exposure_reasons(self, t: Target) -> list[str]:
        reasons = []
        category = self.kb.categories.get(t.category)
        if category is not None and category.substitution <= AUGMENTS:
            reasons.append("AI mostly speeds this work up rather than doing it alone")
        if t.trend == "growing":
            reasons.append(wording.ARTICLES_GROWING)
        elif (bls := _shown_bls(t)) is not None and outlook_word(bls) == "growing":
            reasons.append(f"demand is growing ({wording.job_projection(bls)})")
        return reasons

    def _summary(self, t: Target) -> str:
        found = self._summaries.get((t.id, t.kind))
        if found is None:
            found = self._summaries[t.id, t.kind] = self._build_summary(t)
        return found

    def _build_summary(self, t: Target) -> str:
        if t.pivot is not None and t.kind != "related":
            return t.pivot.summary
        zone = (
            f"job zone {t.job_zone}: {ZONE_WORDS[t.job_zone]}" if t.job_zone else "job zone unknown"
        )
        return f"O*NET {t.onet_soc}, {zone}; {wording.job_projection(t.bls_change_pct)}."

    def _citation(self, t: Target) -> str:
        if t.pivot is None:
            occupation = self.data.occupations.get(t.onet_soc)
            present = wording.ALL_INDICES
            if occupation is not None:
                present = tuple(k for k in present if getattr(occupation, k) is not None)
            return _related_citation(present, _shown_bls(t) is not None)
        source = self.kb.sources.get(t.pivot.citation.source)
        title = source.title if source else t.pivot.citation.source
        return f"{title}: {t.pivot.citation.detail}"


def _shown_bls(t: Target) -> float | None:
    """The BLS figure said of a target: none for work whose outlook is the articles'
    trend (``Target.trend``), whose anchors' figure is not a projection of it."""
    return None if t.trend else t.bls_change_pct


def _shown_change(new: float, old: float) -> int:
    """The change between two scores as shown (whole numbers), as the table reads it."""
    return wording.whole(new) - wording.whole(old)
