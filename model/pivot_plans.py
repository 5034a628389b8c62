"""A pivot's gap skills, held skills and learning plan (mixed into ``PivotTexts``).

Split from ``model/pivot_texts.py`` (a pivot's sentences): what the person lacks of a
target and the ordered steps to get it, from the target's core skills and key products
(``model/pivot_table.py``), the person's held skills and the kinds of software they use
(an Epic user is not told to learn another health-records product).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from career_resilience import wording
from career_resilience.model.pivot_licence_ladder import beneath_skills
from career_resilience.model.pivot_licence_work import skills_taught, work_licensed_elsewhere
from career_resilience.model.pivot_licences import (
    degree_typed,
    licence_named,
)
from career_resilience.model.pivot_products import names_work, prepare_typed, tech_held
from career_resilience.model.pivot_schooling import licence_into
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_steps import first_line
from career_resilience.model.pivot_targets import ZONE_WORDS
from career_resilience.model.pivot_weeks import SkillWeeks
from career_resilience.model.result import PlanItem
from career_resilience.skills.gaps import (
    NO_LICENCE,
    StepStatus,
    gap_for,
    licence_step,
    occupation_plan,
    preparation_step,
)
from career_resilience.skills.matching import skill_key
from career_resilience.skills.models import PlanStep

if TYPE_CHECKING:
    from career_resilience.model.pivot_evidence import OccupationEvidence
    from career_resilience.model.pivot_shown import Scored as _Scored
    from career_resilience.model.pivot_standing import Standing

#: Products named as gaps of an O*NET occupation (the rest are in the detail's list).
GAP_PRODUCTS = 2
#: Up to this job zone no product is a gap: O*NET's zones 1 and 2 are learnt on the job,
#: working beside experienced people, and the employer's own systems with it (a cashier
#: moving to stocking shelves was told to learn Oracle JD Edwards EnterpriseOne first).
ON_THE_JOB_ZONE = 2

#: Skills a hand-written role lists that every job from O*NET's job zone 2 asks, so a
#: person whose own work is at that zone or above is not told to learn them: O*NET's
#: basic skill Mathematics (zone 2 asks a high school diploma) and its work style
#: Attention to Detail. A mail carrier's Pharmacy technician listed both as gaps beside
#: pharmacy dispensing. A step that teaches more (pharmacy maths) stays in the plan.
FOUNDATIONAL = frozenset({"numeracy", "attention_to_detail"})
#: From this job zone of the person's own work the foundational skills are taken as held.
FOUNDATIONAL_FROM_ZONE = 2

#: Gap skills, held skills and plan of one pivot.
GapsAndPlan = tuple[tuple[str, ...], tuple[str, ...], tuple[PlanItem, ...]]


class PivotPlans:
    """Gaps and plans of the pivots shown, cached by what they depend on."""

    evidence: OccupationEvidence
    names: dict[str, str]
    #: The catalogue's products (Jira, Tableau): a school teaches the work, not them.
    tools: frozenset[str]
    skill_weeks: SkillWeeks
    _kinds: dict[tuple[object, ...], frozenset[str]]
    _entry_kind: dict[tuple[str, tuple[str, ...]], frozenset[str]]
    _plans: dict[tuple[object, ...], GapsAndPlan]
    _beneath_of: dict[str, frozenset[str]]

    def _held_name(self, sid: str, standing: Standing) -> str:
        """A held skill by its catalogue name, with the person's words when they differ."""
        name = self.names[sid]
        typed = standing.typed_for.get(sid)
        if typed and skill_key(typed) != skill_key(name):
            return f"{name} (your “{typed}”)"
        return name

    def _gap_name(self, sid: str, standing: Standing) -> str:
        """A skill to learn by its catalogue name; one the person's words were read as
        but not counted as held (a loose alias) says so."""
        typed = standing.loose_for.get(sid)
        return wording.loose_gap(self.names[sid], typed) if typed else self.names[sid]

    def _gaps_and_plan(
        self, s: _Scored, standing: Standing
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[PlanItem, ...]]:
        """Gap skills, held skills and plan (cached: they depend on few of the inputs)."""
        t = s.target
        asked = set(s.core) | (set(t.pivot.core_skills + t.pivot.nice_skills) if t.pivot else set())
        relevant = frozenset(standing.held & asked)
        unsure = tuple(sorted((x, w) for x, w in standing.loose_for.items() if x in asked))
        typed = tuple(standing.typed_for.get(x, "") for x in sorted(relevant))
        # How close the person's work is to each missing skill counts only through the
        # weeks it takes (one estimate per person and skill, ``model/pivot_weeks.py``),
        # and only in an O*NET occupation's own plan.
        weeks = self._weeks_of(s, standing) if t.pivot is None else ()
        # The kinds of products the person uses only filter an occupation's products to
        # learn (``new_tools``): not worked out where there are none to filter.
        kinds = self._kinds_used(standing) if t.pivot is None and _products_to_learn(s) else None
        # Foundational skills are taken as held from zone 2 work (hand-written lists only).
        implied = self._foundational(standing) if t.pivot is not None else frozenset()
        # Being in work beneath the person's licensed work (a step of a hand-written plan).
        beneath = self._beneath(standing) & asked if t.pivot is not None else frozenset()
        # What the person's own work is licensed for decides the licence step, and a
        # degree they typed may be that licence's ("MSW").
        licence = licence_for(s, standing)
        degree = degree_typed(licence, standing.typed)
        # By kind too: a hand-written move into an occupation shares its id with the
        # occupation's own entry, and their gaps are not the same. By the core skills
        # asked too: a step up asks those of the person's own kind of the work it
        # oversees (``Frame.step_core``), so two people's steps into one supervisor
        # code can differ (without it, a batch's gaps depended on who came first).
        key = (
            t.id,
            t.kind,
            s.core,
            relevant,
            typed,
            unsure,
            tuple(s.products_held.items()),
            s.zone_step,
            s.step_up,
            weeks,
            kinds,
            licence,
            degree,
            implied,
            beneath,
        )
        found = self._plans.get(key)
        if found is None:
            if len(self._plans) > 20_000:
                self._plans.clear()
            found = self._plans[key] = self._build_gaps_and_plan(
                s, standing, weeks, licence, degree, implied, beneath
            )
        return found

    def _build_gaps_and_plan(
        self,
        s: _Scored,
        standing: Standing,
        weeks: tuple[tuple[str, int], ...],
        licence: str,
        degree: str = "",
        implied: frozenset[str] = frozenset(),
        beneath: frozenset[str] = frozenset(),
    ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[PlanItem, ...]]:
        """What :meth:`_gaps_and_plan` caches, from the weeks, licence and typed degree
        its key holds (each worked out once a call: the weeks read every missing skill's
        estimate). A typed degree of the licence is the zone's preparation and the
        licence's programme: one done step says so and what the licence still asks. A
        step that is being in work beneath the person's licence (``beneath``) is done."""
        t = s.target
        zone_step = 0 if degree else s.zone_step
        # A first-line supervisor's step over the person's own work: its zone asks
        # experience of that work, theirs (``pivot_steps.first_line``), not schooling.
        supervising = zone_step > 0 and s.step_up and not licence and first_line(t.onet_soc)
        if supervising:
            zone_step = 0
        degree_done = StepStatus(degree_step(degree, licence), True) if degree else None
        if degree:
            licence = ""
        zone_words = ZONE_WORDS.get(t.job_zone or 0, "")
        held_ids = standing.held
        if t.pivot is not None:
            gap = gap_for(t.pivot, held_ids)
            missing = (
                tuple(x for x in gap.missing if x not in implied)
                if t.kind != "related"
                else tuple(x for x in s.core if x not in held_ids)
            )
            steps = [
                StepStatus(st.step, True)
                if beneath and st.step.skills and set(st.step.skills) <= beneath
                else st
                for st in gap.plan
            ]
            if zone_step > 1:
                prep = preparation_step(
                    t.label,
                    zone_step,
                    zone_words,
                    t.job_zone,
                    licence,
                    licence_weeks(licence, zone_step),
                )
                steps.insert(0, StepStatus(prep, False))
            elif licence:
                step = licence_step(t.label, licence, *licence_weeks(licence, zone_step))
                steps.insert(0, StepStatus(step, False))
            held = tuple(dict.fromkeys(gap.held + s.core_held))
            gap_names = tuple(self._gap_name(x, standing) for x in missing)
        else:
            missing_products = (
                self.new_tools(s.products, s.products_held, standing)
                if _products_to_learn(s)
                else ()
            )
            steps = list(
                occupation_plan(
                    t.label, s.core, held_ids, self.names,
                    missing_products[:GAP_PRODUCTS], t.job_zone, zone_step, zone_words,
                    weeks_of=dict(weeks), used=tuple(s.products_held),
                    licence=licence, licence_as=licence_weeks(licence, zone_step),
                    taught=skills_taught(licence), tools=self.tools,
                    elsewhere=work_licensed_elsewhere(t.onet_soc),
                )
            )  # fmt: skip
            held = s.core_held
            gap_names = tuple(self._gap_name(x, standing) for x in s.core if x not in held_ids)
            gap_names += missing_products[:GAP_PRODUCTS]
        if degree_done is not None:
            steps.insert(0, degree_done)
        if supervising:
            lead = PlanStep(
                wording.SUPERVISING_STEP, wording.SUPERVISING_WEEKS, wording.SUPERVISING_EVIDENCE
            )
            steps.insert(len(steps) - 1, StepStatus(lead, False))
        plan = tuple(
            PlanItem(
                st.step.step,
                st.step.weeks,
                st.step.evidence,
                # A product's step names the product itself (no catalogue id).
                tuple(self.names.get(x, x) for x in st.step.skills),
                st.done,
            )
            for st in steps
        )
        held_names = tuple(self._held_name(x, standing) for x in held)
        held_names += tuple(s.products_held)
        return gap_names, held_names, plan

    def _beneath(self, standing: Standing) -> frozenset[str]:
        """The licence skills of work beneath the person's own licensed work (their best
        match; ``pivot_licence_ladder.beneath_skills``), worked out once per occupation."""
        if not standing.matches:
            return frozenset()
        code = standing.matches[0][0]
        found = self._beneath_of.get(code)
        if found is None:
            occupations = self.evidence.data.occupations

            def zone_of(prefix: str) -> int:
                codes = (c for c in occupations if c.startswith(prefix))
                return next((occupations[c].job_zone or 0 for c in codes), 0)

            found = self._beneath_of[code] = beneath_skills(code, zone_of(code), zone_of)
        return found

    def _foundational(self, standing: Standing) -> frozenset[str]:
        """:data:`FOUNDATIONAL` when the person's own work (their best match) is at job
        zone :data:`FOUNDATIONAL_FROM_ZONE` or above, else none."""
        if not standing.matches:
            return frozenset()
        own = self.evidence.data.occupations.get(standing.matches[0][0])
        zone = own.job_zone if own is not None else None
        return FOUNDATIONAL if zone is not None and zone >= FOUNDATIONAL_FROM_ZONE else frozenset()

    def _weeks_of(self, s: _Scored, standing: Standing) -> tuple[tuple[str, int], ...]:
        """Each missing core skill of ``s`` with the weeks it takes this person."""
        held = standing.held
        return self.skill_weeks.of_each((x for x in s.core if x not in held), standing.matches)

    def new_tools(
        self, products: tuple[str, ...], held: Mapping[str, str], standing: Standing
    ) -> tuple[str, ...]:
        """The products worth learning: not held, of a kind the person does not use yet,
        one per kind.

        An Epic user moving to nurse practitioner work is not told to learn eClinicalWorks
        and e-MDs (electronic health records, as Epic is): which one an employer runs is
        learnt in days. Two products of one kind are one thing to learn, named once.
        """
        seen = set(self._kinds_used(standing))
        for product in held:
            seen |= self.evidence.kinds_of(product)
        out = []
        for product in products:
            kinds = self.evidence.kinds_of(product)
            if product in held or kinds & seen:
                continue
            seen |= kinds
            out.append(product)
        return tuple(out)

    def _kinds_used(self, standing: Standing) -> frozenset[str]:
        """Kinds of the products the person names among their matched occupations' tools,
        and the plain kinds they name through any product (``model/pivot_kinds.py``)."""
        key = (tuple(c for c, _ in standing.matches[:3]), standing.typed, standing.held)
        found = self._kinds.get(key)
        if found is None:
            typed = prepare_typed(standing.typed + tuple(self.names[s] for s in standing.held))
            kinds: set[str] = set()
            products_with_word = self.evidence.products_with_word
            for code in key[0]:
                for entry in typed:
                    # Most typed skills name none of a code's products: two dict look-ups
                    # decide it, before building the cache's key (46k reads a 2,000 rows).
                    if products_with_word(code, entry[1][0]):
                        kinds |= self._entry_kinds(code, entry)
            # A kind O*NET lists by name is used by whoever names any product of it,
            # listed for their own work or not (``model/pivot_kinds.py``).
            for entry in typed:
                kinds |= self.evidence.plain_kinds_named(entry)
            if len(self._kinds) > 20_000:
                self._kinds.clear()
            found = self._kinds[key] = frozenset(kinds)
        return found

    def _entry_kinds(self, code: str, entry: tuple[str, tuple[str, ...]]) -> frozenset[str]:
        """Kinds of ``code``'s products one typed skill names (cached: skills recur)."""
        key = (code, entry[1])
        found = self._entry_kind.get(key)
        if found is None:
            kinds: set[str] = set()
            # The work typed names no kind of software named after it (``names_work``).
            named = () if names_work(entry) else self.evidence.products_with_word(code, entry[1][0])
            for product in tech_held((entry,), named) if named else ():
                kinds |= self.evidence.kinds_of(product)
            if len(self._entry_kind) > 20_000:
                self._entry_kind.clear()
            found = self._entry_kind[key] = frozenset(kinds)
        return found


def _products_to_learn(s: _Scored) -> bool:
    """Whether the target's products can be gaps (see :data:`ON_THE_JOB_ZONE`)."""
    zone = s.target.job_zone
    return bool(s.products) and (zone is None or zone > ON_THE_JOB_ZONE)


def degree_step(degree: str, licence: str) -> PlanStep:
    """The done step for a ``degree`` the person typed that the ``licence`` of a move is
    taken with (:func:`~career_resilience.model.pivot_licences.degree_typed`): what is
    left of the licence, said, and no weeks counted (a done step's half week is not)."""
    text = wording.degree_held(degree, licence_named(licence).after_degree)
    return PlanStep(f"{text[0].upper()}{text[1:]}.", 0.5, wording.DEGREE_EVIDENCE)


def licence_weeks(licence: str, zone_step: int = 0) -> tuple[float, str, str]:
    """A licence's weeks, what they are and its kind (none for no licence; kinds:
    ``wording.REGULATED``). A move ``zone_step``
    job zones up may start without the degree that zone asks: a licence taken with that
    degree or after it names both routes (a tutor to school teaching had read only the
    alternative certification "for degree holders" beside a bachelor's step)."""
    if not licence:
        return NO_LICENCE
    found = licence_named(licence)
    if zone_step > 0 and found.with_degree:
        return found.weeks, wording.licence_routes(found.with_degree, found.basis), found.kind
    return found.weeks, found.basis, found.kind


def licence_for(s: _Scored, standing: Standing) -> str:
    """The licence a move into ``s`` needs that the person's own work does not hold
    (:func:`~career_resilience.model.pivot_schooling.licence_into`, the rule the fit's
    years of schooling read too; ``own_work``: the matched occupations the match gave
    real weight, the best match, and those placed before a "that's not me" choice). A
    move up a job zone names it in its preparation step (``skills/gaps.preparation_step``):
    the zone's usual preparation alone does not license a school teacher or a nurse.
    """
    own = own_work(standing.matches, standing.placed_before)
    return licence_into(s.target, own, standing.held)
