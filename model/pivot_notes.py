"""The sentences above and beside a pivots list: its note and the result's "what next".

Split from ``model/pivot_texts.py`` (which builds each pivot's own words): the note says
why the list is as it is (unsure placement, no need to move, a short list, nothing
worth it) in the terms of the figures behind it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from career_resilience import wording
from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_left_out import SHORT_LIST, LeftOut
from career_resilience.model.pivot_licences import holds_a_licence
from career_resilience.model.pivot_products import prepare_typed, tech_held
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_thresholds import LONG_SHOT
from career_resilience.model.result import PivotOption

if TYPE_CHECKING:
    from career_resilience.model.pivot_evidence import OccupationEvidence
    from career_resilience.model.pivot_shown import Scored
    from career_resilience.model.pivot_standing import Standing
    from career_resilience.skills.occupations import OccupationData

#: What the note says to someone who need not move ("what next" reads it there).
NEED_NOT_MOVE = "do not need to move"


@dataclass(frozen=True)
class Calm:
    """Why a person need not move, in the resilience formula's own terms.

    ``resilient``: the score itself is high (the note may call the work resilient);
    otherwise only exposure is low in steady work, and the note says that instead.
    ``reasons``: the terms that carry the score, each with its figure.
    """

    resilient: bool
    reasons: tuple[str, ...]
    #: False for highly exposed work: the note then weighs both figures instead.
    stay: bool = True


class ListNotes:
    """The list's note (mixed into :class:`~career_resilience.model.pivot_texts.PivotTexts`)."""

    data: OccupationData
    evidence: OccupationEvidence
    names: dict[str, str]

    if TYPE_CHECKING:

        def new_tools(
            self, products: tuple[str, ...], held: Mapping[str, str], standing: Standing
        ) -> tuple[str, ...]: ...

        def costly(self, s: Scored, standing: Standing) -> bool: ...

        def long_shot(self, s: Scored, standing: Standing) -> bool: ...

    def note(
        self,
        standing: Standing,
        unsure: bool,
        options: tuple[PivotOption, ...],
        scored: Sequence[Scored],
        calm: Calm | None,
        wanted: int = SHORT_LIST,
        left_out: LeftOut | None = None,
    ) -> str:
        """The sentence above the list, or "" when the list speaks for itself.

        ``calm`` (None: the person should weigh a move) says why they need not move;
        ``wanted`` is how many pivots were asked for (a list of fewer than
        ``min(wanted, SHORT_LIST)`` says why it is short). ``left_out``: the related
        moves at the person's own level the rules left out; when every move listed asks
        more preparation, a sentence says so and why (a teacher saw only graduate-degree
        moves with no word why). ``scored``: the options' scored pivots, one each: the
        note tells a costly step up and a long shot from them, without building the
        options' words (``PivotOption.deferred``).
        """
        note = self._list_note(standing, unsure, options, calm, wanted, scored)
        if left_out is None or unsure:
            return note
        if options and all(o.job_zone_step > 0 for o in options):
            said = wording.level_left_out(
                left_out.moves, left_out.reasons, left_out.cut, left_out.cut_kinds
            )
        elif calm is None and len(options) < min(wanted, SHORT_LIST):
            # A short list of someone who should weigh a move says what the rules left
            # out at their level and why: the coach's "why not that one?".
            said = wording.short_left_out(*left_out)
        else:
            return note
        return f"{note} {said}".strip()

    def _list_note(
        self,
        standing: Standing,
        unsure: bool,
        options: tuple[PivotOption, ...],
        calm: Calm | None,
        wanted: int,
        scored: Sequence[Scored],
    ) -> str:
        if unsure and standing.nearest_kind:
            # AI-era work: the occupations are its nearest, so the guess is the kind of
            # work (as "placed in" says it), and confirming an occupation would drop it.
            p = max(standing.category_proba.values(), default=0.0)
            return wording.unsure_placement(standing.nearest_kind, p, kind=True)
        if unsure and standing.matches:
            code, p = standing.matches[0]
            occupation = self.data.occupations.get(code)
            guess = occupation.title if occupation else code
            if not options:  # none of the moves had a skill of theirs to point to
                return wording.unsure_no_move(guess, p)
            return wording.unsure_placement(guess, p)
        if calm is not None and not calm.stay:
            reasons = _and(calm.reasons)
            return wording.exposed_despite_resilience(
                standing.resilience, standing.exposure, reasons
            )
        if calm is not None:
            stay = self._stay_current(standing)
            moves = " The moves below are options, not necessities." if options else ""
            reasons = _and(calm.reasons)
            if calm.resilient:
                head = (
                    "Your work is already among the more resilient, at "
                    f"{wording.score(standing.resilience)} of 100"
                )
                head += f": {reasons}. You" if reasons else ": you"
            else:
                # Not called resilient: the score says otherwise. Low exposure in steady
                # work is what makes moving unnecessary, so that is what is said.
                head = f"{reasons[:1].upper()}{reasons[1:]}: you"
            return f"{head} {NEED_NOT_MOVE}. To stay there, {stay}.{moves}"
        if not options:
            return self._short_note(standing, 0)
        # A step up listed at a cost (``pivot_thresholds.NATURAL_STEP``, its words say so) is
        # there for the seniority it brings: it is not counted among the moves worth
        # weighing, and the note says it is there (a flight attendant's costs 13 points;
        # a physical therapist's health services management, +18 exposure, −2).
        # (Its why says so, ``wording.NOT_SAFER``; ``costly`` is that rule.)
        raising = sum(not self.costly(s, standing) for s in scored)
        if raising < min(wanted, SHORT_LIST) and not unsure:
            note = self._short_note(standing, raising)
            # A close move listed at a cost (``pivot_thresholds.NEAR_COST``) is said apart
            # from the step up: a community health worker's list is close moves alone.
            # In the list's order: close moves before the step up.
            costs = [s for s in scored if self.costly(s, standing)]
            if any(s.near for s in costs):
                note = f"{note} {wording.CLOSE_MOVES_LISTED}"
            if any(not s.near for s in costs):
                note = f"{note} {wording.COSTLY_STEP_LISTED}"
            return note
        # Long shots rank after every move that fits: when they are most of the list,
        # few moves close to the person's work passed the rules (an AP clerk's nearest
        # moves are into shrinking clerical work), and the list says so. (``long_shot``
        # is the rule; their fit lines then read as one: ``wording.reads_long_shot``.)
        # Half the list is most of it too: a hotel manager's one move and one AI role
        # beside two long shots at fit 3-5% read with no note at all.
        shots = sum(self.long_shot(s, standing) for s in scored)
        if not unsure and shots >= 2 and 2 * shots >= len(options):
            return (
                f"{shots} of the {len(options)} moves below are long shots (fit under "
                f"{wording.percent(LONG_SHOT)}): few moves that fit your work well would make "
                "it more resilient, so the ones that would lie further from what you do now."
            )
        return ""

    def _short_note(self, standing: Standing, count: int) -> str:
        """Why a list of someone who should weigh a move is short.

        Few moves beat where they stand; when BLS sees their own work growing, that
        growth is what most moves would give up (a nursing instructor, +18%). With none
        (a veterinarian, +20%: every move is into more exposed work), the note says how
        to stay where they are, as it does to someone told they need not move, and so
        it does with none where their work is not growing (then the what-if view next),
        and with one or two moves worth weighing, where staying is the likelier course.
        """
        occupation = self.data.occupations.get(standing.matches[0][0]) if standing.matches else None
        own = occupation.bls_change_pct if occupation else None
        stay = self._stay_current(standing)
        if own is not None and outlook_word(own) == "growing":
            return wording.growing_work_short(count, wording.job_projection(own), stay)
        if not count:
            # How to stay there too (a police supervisor, BLS +3%, had only the what-if).
            return wording.NO_MOVE_WHAT_IF.format(stay=stay)
        return wording.short_list_what_if(count, stay)

    def _stay_current(self, standing: Standing) -> str:
        """How to stay resilient: the products O*NET lists for the person's occupation,
        and a licence kept current only where their work holds one (a referee had been
        told to keep theirs), read from their best placed work: a veterinarian assistant
        placed 32% among veterinarians (the word in the title) had been told to keep
        "your licence" current."""
        own = own_work(standing.matches, standing.placed_before)
        keep = wording.stay_current(holds_a_licence(own[:1]))
        if standing.matches:
            typed = prepare_typed(standing.typed + tuple(self.names[s] for s in standing.held))
            code = standing.matches[0][0]
            products = self.evidence.key_technology(code)
            known = tech_held(typed, self.evidence.technology_words(code))
            new = list(self.new_tools(products, known, standing))[:2]
            if new:
                return f"{keep} (O*NET lists {' and '.join(new)})"
        return keep

    @staticmethod
    def unplaced_note() -> str:
        """Said instead of pivots when nothing in the profile could be placed."""
        return (
            "We could not tell what work this is, so there are no suggestions: confirm your "
            "occupation (or add a job title and skills) for pivots that fit."
        )


def _and(parts: tuple[str, ...]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return " and ".join(p for p in (", ".join(parts[:-1]), parts[-1] if parts else "") if p)


def what_next(pivots: tuple[PivotOption, ...], resilience: float, note: str = "") -> str:
    """The result's "what next" sentence: it names exactly the pivot ranked first.

    A first pivot that does not raise resilience (a step up in one's own line, ranked
    by its fit) is named with its cost and never put as the next step; when others
    listed do raise it (long shots, ranked after the step up), the sentence says so and
    names the first of them: an AP clerk had read "None of the 5 pivots listed raises
    your resilience" above four at +24 to +34. To someone the ``note`` tells they need
    not move, a list that raises nothing is options, not a nudge to the what-if view: a
    hair stylist at 59 read "see in the what-if view which new skills would raise your
    score" under "you do not need to move".
    """
    if not pivots:
        return note or (
            "None of the pivots here would raise your resilience from where you stand; "
            "try adding skills in the what-if view to see what moves your score."
        )
    first = pivots[0]
    # Wording's rules, so the sentence agrees with the pivot table beside it.
    change = wording.score_change_points(first.resilience, resilience)
    fits = wording.percent(first.fit)
    if not change.startswith("+"):
        raising = [
            p for p in pivots[1:] if wording.score_change_points(p.resilience, resilience)[0] == "+"
        ]
        if raising:
            best = raising[0]
            named = f"{best.label} (fit {wording.percent(best.fit)})"
            points = wording.score_change_points(best.resilience, resilience)
            # One move that raises it is named alone: "1 of the others would raise it;
            # the first of them, Museum Technicians..." read as a list of one.
            if len(raising) > 1:
                others = f"{len(raising)} of the others would raise it; the first of them, "
                raise_it = f"{others}{named}, by {points}."
            else:
                one = "The other" if len(pivots) == 2 else "One of the others"
                raise_it = f"{one}, {named}, would raise it by {points}."
            return (
                f"The first of the {len(pivots)} pivots listed, {first.label} (fit {fits}), "
                f"would change your resilience by {change}, so it is no step toward more "
                f"resilience: weigh it for what else it offers. {raise_it}"
            )
        if NEED_NOT_MOVE in note:
            listed = (
                f"the one pivot listed, {first.label} (fit {fits}), is an option: it would "
                "change your resilience"
                if len(pivots) == 1
                else f"the {len(pivots)} pivots listed are options and none raises your "
                f"resilience: the first, {first.label} (fit {fits}), would change it"
            )
            return (
                f"You {NEED_NOT_MOVE}, so {listed} by {change}; weigh it for what else it offers."
            )
        head = (
            f"The one pivot listed, {first.label} (fit {fits}), would change your resilience"
            if len(pivots) == 1
            else f"None of the {len(pivots)} pivots listed raises your resilience: the "
            f"first, {first.label} (fit {fits}), would change it"
        )
        return (
            f"{head} by {change}, so it is no step toward more resilience: weigh it "
            "for what else it offers, or see in the what-if view which new skills would "
            "raise your score."
        )
    if NEED_NOT_MOVE in note:
        # Options, not a next step: right after "You do not need to move", a plumber had
        # read "5 pivots ranked for you; the first, ... changes your resilience by +5".
        listed = (
            f"the one option listed, {first.label} (fit {fits}), would raise"
            if len(pivots) == 1
            else f"of the {len(pivots)} options listed, the first, {first.label} (fit "
            f"{fits}), would raise"
        )
        return f"You {NEED_NOT_MOVE}; if you want a change, {listed} your resilience by {change}."
    if len(pivots) == 1:
        return (
            f"1 pivot ranked for you: {first.label}, which fits {fits} and changes your "
            f"resilience by {change}."
        )
    return (
        f"{len(pivots)} pivots ranked for you; the first, {first.label}, fits {fits} "
        f"and changes your resilience by {change}."
    )
