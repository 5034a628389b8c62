"""Sentences of the pivots list that depend on where the person stands (the note above
it, the long-shot label of a pivot that fits little); a short list's own sentences (what
was left out and why) are in ``pivot_left_out``.

A high resilience score beside highly exposed work is not a reason to stay put: the
score is carried by other terms (augmented work, growing demand, broad skills), while
much of the work itself is what AI does or speeds up. Such a person is never told they
are "already resilient, stay there"; they are told both figures and asked to weigh moves.
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.contract import BANDS as _BANDS
from career_resilience.contract import PivotOption
from career_resilience.wording.numbers import percent, score, score_change, whole

__all__ = [
    "ABOUT_THE_SAME",
    "ARTICLE_OUTLOOK",
    "CLOSE_MOVES_LISTED",
    "COSTLY_STEP_LISTED",
    "HIGH_EXPOSURE",
    "LONG_SHOT_ROW",
    "MUCH_MORE_EXPOSED",
    "NEAR_CASE",
    "NEAR_LEVEL",
    "NOTE_CUT",
    "NOT_SAFER",
    "PIVOTS_RANKED_BY",
    "STAY_THERE",
    "advice_then",
    "calm_note_short",
    "calm_stay_advice",
    "exposed_despite_resilience",
    "exposure_against",
    "long_shot",
    "loose_gap",
    "near_move",
    "own_group",
    "practice_gap",
    "reads_long_shot",
    "same_group",
    "school_long_shot",
    "share_held",
    "stay_current",
    "taught_there",
    "unsure_no_move",
]

#: What the pivot list is ranked by. A move can cost resilience and still be listed (a
#: truck driver's fifth, −6): "by how much each move raises your resilience" said
#: otherwise above it.
PIVOTS_RANKED_BY = "ranked by fit and by what each move does to your resilience"


#: Where the result's outlook is an AI-era category's article, not a BLS projection,
#: the pivots' note says its word with this in place of a BLS figure (one source for one
#: claim: the prompt engineer's note had cited the anchors' "+25%" beside an outlook
#: line citing the article).
ARTICLE_OUTLOOK = "as the article your outlook cites says"

#: From this exposure up (the "high" band, which starts where "moderate" ends) a person
#: is never told they need not move.
HIGH_EXPOSURE = float(dict((name, upper) for upper, name in _BANDS)["moderate"])


def exposed_despite_resilience(resilience: float, exposure: float, reasons: str) -> str:
    """The note for a high resilience score in highly exposed work.

    ``reasons``: the terms that hold the score up, already joined.
    """
    held = f": {reasons}" if reasons else ""
    return (
        f"Your resilience score is high ({score(resilience)} of 100){held}. But much of your "
        f"work is exposed to AI ({score(exposure)} of 100), so that is no reason to stay put: "
        "weigh the moves below, and keep current the skills that hold your score up."
    )


#: Two scores shown this many points apart or more are a difference worth naming; closer
#: (0 or 1 point, as shown) they are "about as exposed": the gap is within the rounding
#: of the whole numbers shown, as a resilience change under 2 is (pivot_thresholds.MIN_GAIN).
ABOUT_THE_SAME = 2
#: From this many points more (as shown) a pivot is "more exposed to AI" and must say why
#: it can still pay; the pivot rules ask a reason from the same figure
#: (``model/pivot_thresholds.EXPOSURE_JUMP``).
MUCH_MORE_EXPOSED = 10


def exposure_against(new: float, old: float) -> str | None:
    """A pivot's exposure beside the person's, in words that match the two scores shown:
    "About as exposed to AI as your work now." (under :data:`ABOUT_THE_SAME` apart),
    "Less exposed to AI: 54 against your 60.", "A little more exposed to AI: 57 against
    your 52."; None from :data:`MUCH_MORE_EXPOSED` points more (the caller says why
    such a rise can pay).

    "About as exposed" had been said of anything under 10 points either way, beside a
    table showing 57 against 52 and 54 against 60.
    """
    d = whole(new) - whole(old)
    if abs(d) < ABOUT_THE_SAME:
        return "About as exposed to AI as your work now."
    if d < 0:
        return f"Less exposed to AI: {score(new)} against your {score(old)}."
    if d < MUCH_MORE_EXPOSED:
        return f"A little more exposed to AI: {score(new)} against your {score(old)}."
    return None


def share_held(verb: str, held: int, total: int, noun: str) -> str:
    """How many of a pivot's skills or products the person has, as one reads it aloud.

    "you hold 3 of its 7 core skills", "you hold none of its 4 core skills", and for a
    target with only one, "you hold its one core skill" or "you do not yet hold its one
    core skill" (never "0 of its 1 core skills").
    """
    if total == 1:
        return f"you {verb} its one {noun}" if held else f"you do not yet {verb} its one {noun}"
    if held == 0:
        return f"you {verb} none of its {total} {noun}s"
    return f"you {verb} {held} of its {total} {noun}s"


def practice_gap(name: str, weeks: float) -> str:
    """A pivot's fit reason for a core skill the person lacks that is a performing art
    (``skills/gaps.PRACTICE_SKILLS``): however alike the work, the art is years of
    practice. A choir director's choreography read "fit 82%; you do not yet hold its one
    core skill", with 156 weeks of dance only in the plan."""
    years = max(1, round(weeks / 52))
    span = "about a year" if years == 1 else f"about {years} years"
    return (
        f"its core skill {name} is an art learnt by long practice: {span} in the plan, "
        "however alike the work is"
    )


def loose_gap(name: str, typed: str) -> str:
    """A skill the person's own words were read as, but not counted as held (a skill to
    learn, or one listed as recognised): the word is used for several skills, and their
    work is not one this skill belongs to. The typed word still moves the score, so the
    mark says what is not counted: "so it is not counted" sat under "+0.6 skill
    "scheduling"" in the result's drivers, a sentence denying the number above it."""
    return f"{name} (your “{typed}” can mean other skills, so it is not counted as one you have)"


#: How a long shot's fit line starts (both kinds: a low fit, years of new school).
_LONG_SHOT = "a long shot"

#: Under a long shot's name in the pivot table: its fit line says so in the detail, but
#: the list itself had read as "Only 2 moves are worth weighing" above three rows.
LONG_SHOT_ROW = "(a long shot)"


def long_shot(evidence: str) -> str:
    """A pivot's one-line fit, labelled as a long shot (its fit is low: little of its
    work or skills is the person's yet) before the evidence that says so."""
    return f"{_LONG_SHOT} — {evidence}"


def reads_long_shot(fit_reasons: Sequence[str]) -> bool:
    """Whether a pivot's fit line labels it a long shot (either kind)."""
    return bool(fit_reasons) and fit_reasons[0].startswith(_LONG_SHOT)


def school_long_shot(evidence: str, school_weeks: float) -> str:
    """A pivot's one-line fit, labelled as a long shot for the years of new licensed
    school before the work (``model/pivot_routes.py``), before its evidence."""
    years = round(school_weeks / 52)
    return f"{_LONG_SHOT}, about {years} years of new school first — {evidence}"


def stay_current(licensed: bool) -> str:
    """How a worker who need not move stays resilient, in the note: their licence where
    their work holds one every state asks for (``model/pivot_licences.py``), else their
    training and any certificates (a referee had been told to keep their licence current;
    a nursing assistant's state certificate or an HVAC technician's EPA card is not in
    that list and is still named so)."""
    keep = "your licence and training" if licensed else "your training and any certificates"
    return f"keep {keep} current and learn the tools your field is adopting"


def taught_there(names: Sequence[str]) -> str:
    """Said after a plan's licence step, naming the missing skills (as they read mid-
    sentence) its programme, residency or apprenticeship teaches: a plan had asked a
    pharmacist to "Learn Physician assistant practice: a short course" (6 weeks) beside
    the PA master's two years, which teach it."""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    verb, step = ("is", "step for it") if len(names) == 1 else ("are", "steps for them")
    return (
        f" {listed[0].upper()}{listed[1:]} {verb} learnt there, so the plan has no separate {step}."
    )


#: How a step up that costs resilience says why it is shown at all (after its cost).
NOT_SAFER = "not a safer place than your work"
#: Said after a short list's note when it lists the person's step up at a cost to their
#: resilience (``pivot_thresholds.NATURAL_STEP``): that move is not one of those counted.
COSTLY_STEP_LISTED = "The step up in your own line is listed too, with what it costs."
#: Said after a short list's note when it lists close moves that cost resilience
#: (``pivot_thresholds.NEAR_COST``): they are not among those counted either.
CLOSE_MOVES_LISTED = (
    "The moves closest to your work are listed too, each with what it would cost you."
)


#: The case of a close move listed to fill a short list (``pivot_thresholds.NEAR_COST``)
#: that raises no resilience worth a move: its closeness, not a better place.
NEAR_CASE = (
    "It is one of the moves closest to your work (O*NET relates the two), listed so you "
    "can see where your experience carries if you want a change for other reasons."
)
#: The same, for one about as resilient as the person's work (no cost to say first).
NEAR_LEVEL = f"About as resilient as your work. {NEAR_CASE}"


def near_move(change: str, projection: str, exposure: str) -> str:
    """Why a close move that costs resilience is listed (``pivot_thresholds.NEAR_COST``):
    its cost first, then its exposure words, then its case. ``change`` is the resilience
    change as shown ("−6 points"), ``projection`` its BLS words, ``exposure`` a sentence
    (``exposure_against``, or the rise said by the caller)."""
    return (
        f"Less resilient ({change}; {projection}): your own work is the more resilient. "
        f"{exposure} {NEAR_CASE}"
    )


def unsure_no_move(guess: str, probability: float) -> str:
    """The note in place of a pivots list when the placement is too unsure for any move
    (``pivot_rules.move_rules``'s ``placed``): no match vouches for the person's work and
    no move has a skill of theirs to point to (a childminder placed at 4% had been
    offered AI FinOps work)."""
    # It names no reason beyond the placement: the moves weighed were the few roles a
    # guessed kind of work brings, not every move the typed skills could lead to.
    return (
        f"Unsure placement (best guess: {guess}, {percent(probability)} sure), so no "
        "suggestion yet: confirm your occupation, or add skills and duties, for moves "
        "that fit."
    )


def same_group(options: Sequence[PivotOption], own: tuple[str, str] = ("", "")) -> tuple[str, ...]:
    """Per pivot, the sentence saying its figures are those of an O*NET occupation of its
    SOC group listed before it, or of the person's own occupation (``own``: its O*NET
    code and title) where its changes show ±0 ("" if none).

    The exposure indices, BLS's projections and O*NET's work activities are published
    for the SOC group, so a specialty shows its group's figures: an HVAC technician read
    Plumbers, Pipefitters, and Steamfitters and Solar Thermal Installers and Technicians
    at fit 70%, exposure 16, resilience 72 and BLS +2% each, as if one move were listed
    twice. What tells them apart is what each asks (its gaps and plan). A statistician's
    biostatistics read only "About as exposed to AI as your work now" at ±0 and ±0,
    with no word of why a move that changes nothing is listed.
    """
    first: dict[str, str] = {}
    out = []
    for option in options:
        # An AI-era role's code is its anchor's, not an occupation of that group.
        group = option.onet_soc[:7] if option.kind != "ai_era" and option.onet_soc else ""
        earlier = first.setdefault(group, option.label) if group else option.label
        if earlier == option.label:
            mine = group and own[0][:7] == group and own[0] != option.onet_soc
            out.append(own_group(own[1], group) if mine and _shows_no_change(option) else "")
            continue
        out.append(
            f"Its exposure, BLS outlook and work activities are the same as for {earlier}: "
            f"the sources publish them for the occupation group both belong to (SOC "
            f"{group}), so what sets them apart is what each asks you to learn."
        )
    return tuple(out)


def own_group(title: str, group: str) -> str:
    """The sentence of a move into a specialty of the person's own SOC group (their
    occupation ``title``) whose exposure and resilience show no change: why it is listed."""
    return (
        f"It is in the same occupation group as your own work ({title}, SOC {group}): the "
        "sources publish exposure, BLS outlook and work activities for the group, so its "
        "figures are your work's. It is no safer place; what sets it apart is the work "
        "itself and what it asks you to learn."
    )


def _shows_no_change(option: PivotOption) -> bool:
    """Whether ``option``'s exposure and resilience both show the person's own figures."""
    before_exposure = option.exposure - option.exposure_change
    before_resilience = option.resilience - option.resilience_change
    return (
        score_change(option.exposure, before_exposure) == "±0"
        and score_change(option.resilience, before_resilience) == "±0"
    )


#: Where the note to someone who need not move turns to how to stay there.
#: Ends a pivot note cut to fit a short screen (``tui/screens/pivots_intro.py``).
NOTE_CUT = "i shows the whole note."
STAY_THERE = " To stay there, "
#: How that note ends when moves are listed (model/pivot_notes.py writes both).
_OPTIONS = " The moves below are options, not necessities."


def calm_note_short(note: str) -> str:
    """The note above the pivots on a short screen: to someone who need not move, why
    (its first sentence) and that the moves are options; the advice on staying current
    goes to the result's "What next" (:func:`calm_stay_advice`). A plumber at 80x24 read
    seven lines of intro above the list. Any other note is kept whole."""
    stay = note.find(STAY_THERE)
    if stay < 0:
        return note
    return note[:stay] + (" The moves below are options." if note.endswith(_OPTIONS) else "")


#: How "What next" opens when it says itself that there is no need to move (options that
#: raise resilience, or options none of which does: model/pivot_notes.what_next).
_NO_NEED_TO_MOVE = ("You do not need to move; ", "You do not need to move, so ")


def advice_then(advice: str, sentence: str) -> str:
    """The advice on staying, then "What next", saying once that there is no need to
    move (a baker read "You do not need to move: to stay there, ... You do not need to
    move; if you want a change, ..."; a hair stylist whose options raise nothing, "...
    adopting. You do not need to move, so the 3 pivots listed are options ...")."""
    if not advice:
        return sentence
    rest = sentence
    for opening in _NO_NEED_TO_MOVE:
        rest = rest.removeprefix(opening)
    return f"{advice} {rest[:1].upper()}{rest[1:]}"


def calm_stay_advice(note: str) -> str:
    """ "You do not need to move: to stay there, keep your licence ... current." from a
    note that says so, else "" (what follows "The moves below" is the pivots view's)."""
    stay = note.find(STAY_THERE)
    if stay < 0:
        return ""
    advice = note[stay + len(STAY_THERE) :].split(_OPTIONS)[0]
    return f"You do not need to move: to stay there, {advice}"
