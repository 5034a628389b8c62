"""A pivot's fit reasons: the one-line fit and the evidence behind it (moved from
``model/pivot_texts.py``, which mixes :class:`FitReasons` in with the list's note and the
plans), with the rules the list's order and note read of the same facts: whether a move
asks years of preparation first, and whether its fit line labels it a long shot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from career_resilience import wording
from career_resilience.model.pivot_licence_ladder import next_rung
from career_resilience.model.pivot_licences import degree_typed, licence_kind, licence_named
from career_resilience.model.pivot_plans import licence_for, licence_weeks
from career_resilience.model.pivot_related import LISTS_YOURS, SIBLING_TIER, STEP_TIER
from career_resilience.model.pivot_routes import LONG_SCHOOL_WEEKS
from career_resilience.model.pivot_rule_flags import peer_move
from career_resilience.model.pivot_schooling import (
    WEEKS_PER_ZONE,
    YEAR_OF_SCHOOL,
    counted_weeks,
    degree_steps,
    paid_weeks,
    plain_school,
    school_weeks,
)
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_steps import first_line, is_assisted_step, managed
from career_resilience.model.pivot_targets import ZONE_WORDS, Target
from career_resilience.model.pivot_thresholds import (
    BETTER_PROSPECTS,
    EXPOSURE_JUMP,
    LONG_SHOT_BELOW,
    YEARS_UP,
)
from career_resilience.skills.gaps import PRACTICE_SKILLS, preparation_step, skill_weeks
from career_resilience.skills.matching import skill_key

if TYPE_CHECKING:
    from career_resilience.model.pivot_shown import Scored as _Scored
    from career_resilience.model.pivot_standing import Standing
    from career_resilience.skills.occupations import OccupationData

TIER_WORDS = {
    "Primary-Short": "a close relative of",
    "Primary-Long": "a relative of",
    "Supplemental": "a more distant relative of",
}


def on_ladder(s: _Scored, standing: Standing) -> bool:
    """Whether the step up ``s`` is the next rung of the person's licence ladder
    (``pivot_licence_ladder.next_rung``, from their own work as the frame reads it)."""
    code = s.target.onet_soc
    own = own_work(standing.matches, standing.placed_before)
    return s.step_up and any(next_rung(c, code) for c in own)


def own_anchor(t: Target, standing: Standing) -> str:
    """The person's own occupation a hand-written role is drawn from in part (one of its
    anchors, others not theirs: ``pivot_frame.build_frame``), else ""."""
    if t.kind == "related" or len(t.anchors) < 2:
        return ""
    own = own_work(standing.matches, standing.placed_before)
    return next((c for c in t.anchors if c in own), "")


#: O*NET's job zone of graduate work ("most require graduate school"): a move up into it
#: is graduate school first, about two years (``skills.gaps.WEEKS_INTO_ZONE``).
GRADUATE_ZONE = 5


def _into_graduate_work(s: _Scored) -> bool:
    """Whether ``s`` is a move up into graduate work: its plan is two years of graduate
    school, so a list's words do not rank it above another move as the one that asks
    none (a probation officer's substance abuse counselling, a graduate degree, had read
    "Ranked above Marriage and Family Therapists (fit 64%), which first asks years of
    preparation", its own plan 106 weeks)."""
    return s.zone_step >= 1 and s.target.job_zone == GRADUATE_ZONE


class FitReasons:
    """A pivot's fit reasons (mixed into
    :class:`~career_resilience.model.pivot_texts.PivotTexts`)."""

    data: OccupationData
    names: dict[str, str]

    @staticmethod
    def asks_degree(s: _Scored, standing: Standing) -> bool:
        """Whether the move ``s`` asks years of preparation first: two job zones up, or a
        licence the person's work does not hold whose school is a job-zone step or more,
        not a degree they typed; never the next rung of their own licence (the rule
        ``Moves.degree`` orders the list by, ``pivot_thresholds.YEARS_UP`` and
        ``pivot_schooling.licence_steps``)."""
        if on_ladder(s, standing):
            return False
        if s.step_up and first_line(s.target.onet_soc) and not licence_for(s, standing):
            return False  # its zones ask experience of the person's own work
        if s.zone_step >= YEARS_UP or _into_graduate_work(s):
            return True
        licence = licence_for(s, standing)
        if not licence or degree_typed(licence, standing.typed):
            return False
        return school_weeks(licence) >= WEEKS_PER_ZONE or degree_steps(licence, s.zone_step) > 0

    @staticmethod
    def asks_year(s: _Scored, standing: Standing) -> bool:
        """Whether the move ``s`` asks a year of school first, short of years: a licence
        the person's work does not hold whose school is ``YEAR_OF_SCHOOL`` or more, under
        a job-zone step (the rule ``Moves.slow`` orders the list by); never the next rung
        of their own licence, nor a move that asks years (:meth:`asks_degree`)."""
        if on_ladder(s, standing) or s.zone_step >= YEARS_UP or _into_graduate_work(s):
            return False
        licence = licence_for(s, standing)
        if not licence or degree_typed(licence, standing.typed):
            return False
        if degree_steps(licence, s.zone_step):
            return False  # the degree its zone asks: years (:meth:`asks_degree`)
        return YEAR_OF_SCHOOL <= school_weeks(licence) < WEEKS_PER_ZONE

    def _whose(self, standing: Standing) -> str:
        """Whose work activities the share is of: the person's, or where they are placed
        in a catch-all group O*NET describes no work of (no job zone, no relatives), the
        specialties it files there, whose activities are all the group's figures have
        (a dialysis technician "shared 72%" of hearing aid specialists' work through
        ophthalmic and neurodiagnostic technologists' tasks)."""
        top = self.data.occupations.get(standing.matches[0][0]) if standing.matches else None
        if top is not None and top.job_zone is None:
            return wording.CATCH_ALL_SHARE
        return "with yours"

    def fit_reasons(self, s: _Scored, standing: Standing) -> tuple[str, ...]:
        """The one-line fit first, then the evidence behind it."""
        first = []
        if on_ladder(s, standing):
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
        titled = (
            not first and s.target.kind == "related" and s.target.onet_soc in standing.title_codes
        )
        if titled:
            first.append(wording.TITLED_FIT)
        own = own_anchor(s.target, standing)
        if own and not s.step_up:
            title = self.data.occupations[own].title
            first.append(wording.OWN_ANCHOR_FIT.format(title=title))
        elif s.similarity is not None and (s.step_up or titled):
            whose = self._whose(standing)
            first.append(f"shares {wording.percent(s.similarity)} of its work activities {whose}")
        elif s.similarity is not None:
            shared, whose = wording.percent(s.similarity), self._whose(standing)
            # The fit scores this share against O*NET's own related moves, so say how.
            first.append(
                f"shares {shared} of its work activities {whose} (closer than "
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
            if mine is not None and s.tier == SIBLING_TIER:
                lines.append(wording.SOC_SIBLING.format(title=mine.title))
            elif mine is not None and s.tier.startswith(LISTS_YOURS):
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
        elif s.zone_step > 0 and s.step_up and not licence and first_line(s.target.onet_soc):
            # Supervising the work is the person's own work with more scope: its job
            # zone's preparation is experience of that work (the plan says so too).
            lines.append(wording.supervising_zone(s.zone_step))
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
            lines.append(
                wording.one_zone_up(
                    needs,
                    licence,
                    kind,
                    counted_weeks(licence),
                    paid_weeks(licence),
                    plain_school(licence),
                )
            )
            licence = ""
        elif peer_move(s.zone_step, s.target.job_zone, s.target.label):
            lines.append(wording.peer_zone())
        elif s.zone_step < 0:
            lines.append(wording.step_down(self._down_why(s, standing)))
        if licence:
            lines.append(
                wording.licensed_move(
                    licence,
                    kind,
                    counted_weeks(licence),
                    paid_weeks(licence),
                    plain_school(licence),
                )
            )
        # A performing art's years of practice are in the plan; the fit, read from the
        # work activities, does not show them (``skills/gaps.PRACTICE_SKILLS``).
        for sid in sorted(PRACTICE_SKILLS.intersection(s.core).difference(s.core_held)):
            weeks = skill_weeks(s.target.job_zone, sid=sid)
            lines.append(wording.practice_gap(self.names[sid], weeks))
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
