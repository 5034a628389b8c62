"""The words of a pivot: its one-line fit, honest trade-offs, gaps and plan (the note above
the list is in ``model/pivot_notes.py``).

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
from career_resilience.model.pivot_licence_ladder import next_rung
from career_resilience.model.pivot_licences import degree_typed, licence_kind, licence_named
from career_resilience.model.pivot_notes import Calm as Calm
from career_resilience.model.pivot_notes import ListNotes
from career_resilience.model.pivot_notes import what_next as what_next
from career_resilience.model.pivot_plans import GapsAndPlan, PivotPlans, licence_for, licence_weeks
from career_resilience.model.pivot_related import LISTS_YOURS, STEP_TIER
from career_resilience.model.pivot_routes import LONG_SCHOOL_WEEKS
from career_resilience.model.pivot_rules import (
    BETTER_PROSPECTS,
    EXPOSURE_JUMP,
    LONG_SHOT_BELOW,
    MIN_GAIN,
    YEARS_UP,
)
from career_resilience.model.pivot_schooling import WEEKS_PER_ZONE, counted_weeks, school_weeks
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_steps import is_assisted_step, managed
from career_resilience.model.pivot_targets import ZONE_WORDS, Target
from career_resilience.model.pivot_weeks import SkillWeeks
from career_resilience.model.result import PivotOption
from career_resilience.skills.gaps import preparation_step
from career_resilience.skills.matching import skill_key
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupations import OccupationData

if TYPE_CHECKING:
    from career_resilience.model.pivot_evidence import OccupationEvidence
    from career_resilience.model.pivot_shown import Scored as _Scored
    from career_resilience.model.pivot_standing import Standing

TIER_WORDS = {
    "Primary-Short": "a close relative of",
    "Primary-Long": "a relative of",
    "Supplemental": "a more distant relative of",
}
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


def _on_ladder(s: _Scored, standing: Standing) -> bool:
    """Whether the step up ``s`` is the next rung of the person's licence ladder
    (``pivot_licence_ladder.next_rung``, from their own work as the frame reads it)."""
    code = s.target.onet_soc
    own = own_work(standing.matches, standing.placed_before)
    return s.step_up and any(next_rung(c, code) for c in own)


#: A move into an O*NET occupation cites the papers of the indices it has (and BLS when
#: its projection is shown): the same few strings for every move (walker's, issue 11).
_related_citation = functools.cache(wording.related_citation)


class PivotTexts(ListNotes, PivotPlans):
    """Builds the records and sentences of the pivots list (gaps and plans: the
    :class:`~career_resilience.model.pivot_plans.PivotPlans` it mixes in)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        data: OccupationData,
        evidence: OccupationEvidence,
    ) -> None:
        self.kb, self.data, self.evidence = kb, data, evidence
        self.names = {sid: s.name for sid, s in kb.skills.items()}
        self.skill_weeks = SkillWeeks(evidence)
        self._kinds: dict[tuple[object, ...], frozenset[str]] = {}
        self._entry_kind: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
        self._plans: dict[tuple[object, ...], GapsAndPlan] = {}
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
        :meth:`asks_degree`; and what put it there, ``pivot_above.reason_above``).

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
        )
        # A specialty beside its SOC group's other occupation says why their figures match.
        same = wording.same_group(options)
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
    def asks_degree(s: _Scored, standing: Standing) -> bool:
        """Whether the move ``s`` asks years of preparation first: two job zones up, or a
        licence the person's work does not hold whose school is a job-zone step or more,
        not a degree they typed; never the next rung of their own licence (the rule
        ``Moves.degree`` orders the list by, ``pivot_rules.YEARS_UP`` and
        ``pivot_schooling.licence_steps``)."""
        if _on_ladder(s, standing):
            return False
        if s.zone_step >= YEARS_UP:
            return True
        licence = licence_for(s, standing)
        if not licence or degree_typed(licence, standing.typed):
            return False
        return school_weeks(licence) >= WEEKS_PER_ZONE

    def fit_reasons(self, s: _Scored, standing: Standing) -> tuple[str, ...]:
        """The one-line fit first, then the evidence behind it."""
        first = []
        if _on_ladder(s, standing):
            first.append(wording.LADDER_FIT)
        elif s.step_up and is_assisted_step(s.target.onet_soc):
            first.append(wording.ASSISTED_FIT)
        elif s.step_up and managed(s.target.onet_soc):
            first.append(wording.MANAGED_FIT)
        elif s.step_up:
            # Its fit counts the overseen work as shared; the cosine alone would hide that.
            first.append(
                "it supervises or inspects work of your kind (knowing that work counts as "
                "half of it)"
            )
        own = _own_anchor(s.target, standing)
        if own and not s.step_up:
            title = self.data.occupations[own].title
            first.append(wording.OWN_ANCHOR_FIT.format(title=title))
        elif s.similarity is not None and s.step_up:
            first.append(
                f"shares {wording.percent(s.similarity)} of its work activities with yours"
            )
        elif s.similarity is not None:
            shared = wording.percent(s.similarity)
            # The fit scores this share against O*NET's own related moves, so say how.
            first.append(
                f"shares {shared} of its work activities with yours (closer than "
                f"{wording.percent(s.closer)} of O*NET's related moves)"
            )
        if s.core:
            first.append(wording.share_held("hold", len(s.core_held), len(s.core), "core skill"))
        if s.products:
            used = min(len(s.products_held), len(s.products))
            first.append(wording.share_held("use", used, len(s.products), "key product"))
        line = "; ".join(first) or "little shared evidence: a long step from your work"
        licence, degree, school = self._school(s, standing)
        kind = licence_kind(licence)
        if school >= LONG_SCHOOL_WEEKS:
            lines = [wording.school_long_shot(line, school)]
        else:
            lines = [wording.long_shot(line) if s.fit < LONG_SHOT_BELOW else line]
        if s.tier and s.tier_of and s.tier != STEP_TIER:
            mine = self.data.occupations.get(s.tier_of)
            if mine is not None and s.tier.startswith(LISTS_YOURS):
                lines.append(f"O*NET lists {mine.title} among its related occupations")
            elif mine is not None:
                lines.append(
                    f"O*NET lists it as {TIER_WORDS.get(s.tier, 'a relative of')} {mine.title}"
                )
        # A product found through a held skill's catalogue name is quoted as the person
        # wrote that skill ("GAAP", never the "Financial reporting" it was filed under).
        wrote_as = {self.names[sid]: wrote for sid, wrote in standing.typed_for.items()}
        for product, typed in s.products_held.items():
            typed = wrote_as.get(typed, typed)
            if skill_key(typed) == skill_key(product):
                lines.append(f"you already use {product}")
            else:
                lines.append(f"you already use {product} (you wrote “{typed}”)")
        for sid in s.core_held:
            wrote = standing.typed_for.get(sid, "")
            if wrote and skill_key(wrote) != skill_key(self.names[sid]):
                lines.append(f"your “{wrote}” counts as {self.names[sid]}")
        if degree:
            # The degree is the zone's preparation and the licence's programme (the
            # plan's done step says the same): one line for what is left.
            lines.append(wording.degree_held(degree, licence_named(licence).after_degree))
            licence = ""
        elif s.zone_step > 1:
            zone, words = s.target.job_zone, ZONE_WORDS.get(s.target.job_zone or 0, "")
            # The same weeks as the plan's preparation step, said in years.
            weeks = preparation_step(
                s.target.label, s.zone_step, words, zone, licence, licence_weeks(licence)
            ).weeks
            # One line for the zones and the licence: the years are the longer of both.
            lines.append(wording.zones_up(s.zone_step, words, weeks, licence, kind))
            licence = ""
        elif s.zone_step == 1:
            needs = ZONE_WORDS.get(s.target.job_zone or 0, "some formal preparation")
            # The licence joins the zone's line: two reasons ending alike read as two costs.
            lines.append(wording.one_zone_up(needs, licence, kind, counted_weeks(licence)))
            licence = ""
        elif s.zone_step < 0:
            lines.append(wording.step_down(self._down_why(s, standing)))
        if licence:
            lines.append(wording.licensed_move(licence, kind, counted_weeks(licence)))
        return tuple(lines)

    def _down_why(self, s: _Scored, standing: Standing) -> str:
        """Which rule offered the step down ``s`` (a key of ``wording.STEP_DOWN_WHY``):
        prospects a point better than the person's own work's, clearly less exposed work
        they hold skills of, or a step up in their own line (``pivot_rules.move_rules``)."""
        own = self.data.occupations.get(standing.matches[0][0]) if standing.matches else None
        mine = own.bls_change_pct if own is not None else None
        theirs = s.target.bls_change_pct
        if mine is not None and theirs is not None and theirs - mine >= BETTER_PROSPECTS:
            return "outlook"
        if s.exposure_change <= -EXPOSURE_JUMP and s.core_held:
            return "safer"
        return "oversees" if s.step_up else ""

    @staticmethod
    def _school(s: _Scored, standing: Standing) -> tuple[str, str, float]:
        """The licence a move into ``s`` needs, the degree the person typed that it is
        taken with ("" for none) and the weeks of new school it takes (none with it)."""
        licence = licence_for(s, standing)
        degree = degree_typed(licence, standing.typed)
        # Years of new school make a long shot whatever the fit (``pivot_routes``).
        return licence, degree, 0.0 if degree else counted_weeks(licence)

    def long_shot(self, s: _Scored, standing: Standing) -> bool:
        """Whether ``s``'s fit reasons open with the long-shot label
        (``wording.long_shot``, what the note counts): a fit under ``LONG_SHOT_BELOW``
        that is not a long shot for its years of school (labelled so instead)."""
        return s.fit < LONG_SHOT_BELOW and self._school(s, standing)[2] < LONG_SCHOOL_WEEKS

    @staticmethod
    def costly(s: _Scored, standing: Standing) -> bool:
        """Whether ``s`` is a step up that lowers the person's resilience as shown: its
        why says so first (``wording.NOT_SAFER``) and the note does not count it."""
        # Its cost is said as shown: a loss that rounds to ±0 is no "less resilient".
        after = standing.resilience + s.resilience_change
        return s.step_up and _shown_change(after, standing.resilience) < 0

    def why(self, s: _Scored, standing: Standing) -> str:
        """Exposure and outlook in plain words, then the role's own case."""
        t = s.target
        if self.costly(s, standing):
            return self._step_up_cost(s, standing, _on_ladder(s, standing))
        # The words follow the two shown scores, as the table does: "97 (now 87)" had
        # read "About as exposed to AI as your work now" (a raw change of 9.96).
        said = wording.exposure_against(t.exposure, standing.exposure)
        if said is not None:
            head = said
        else:
            reasons = self.exposure_reasons(t)
            up = wording.score_change_points(t.exposure, standing.exposure)
            # Offered without a reason only when the rise is at most 10 before rounding
            # (``pivot_rules.EXPOSURE_JUMP``): then there is none to claim. A move about
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
            return f"{head} {t.pivot.why} {_step_case(t, _on_ladder(s, standing))}"
        if t.pivot is not None:
            return f"{head} {t.pivot.why}" + (f" {t.pivot.suits}" if t.pivot.suits else "")
        tail = "" if "BLS" in head else self._outlook_sentence(t)
        # A step up's case is seniority, whatever the exposure words said before it.
        if s.step_up:
            tail += f" {_step_case(t, _on_ladder(s, standing))}"
        return head + tail

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


def _own_anchor(t: Target, standing: Standing) -> str:
    """The person's own occupation a hand-written role is drawn from in part (one of its
    anchors, others not theirs: ``pivot_frame.build_frame``), else ""."""
    if t.kind == "related" or len(t.anchors) < 2:
        return ""
    own = own_work(standing.matches, standing.placed_before)
    return next((c for c in t.anchors if c in own), "")


def _shown_bls(t: Target) -> float | None:
    """The BLS figure said of a target: none for work whose outlook is the articles'
    trend (``Target.trend``), whose anchors' figure is not a projection of it."""
    return None if t.trend else t.bls_change_pct


def _shown_change(new: float, old: float) -> int:
    """The change between two scores as shown (whole numbers), as the table reads it."""
    return wording.whole(new) - wording.whole(old)
