"""Sentences of a short pivots list: why it is short, what the rules left out of it, and
what to do next (``model/pivot_notes.py`` and ``model/pivot_left_out.py`` say them).

A coach's first question about a list of one or two moves is "why not that one?", so a
short list names how many of O*NET's related occupations the rules left out and why.
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.wording.numbers import score
from career_resilience.wording.occupations import bls_projection
from career_resilience.wording.pivots import MUCH_MORE_EXPOSED

__all__ = [
    "LEVEL_CUT",
    "LEVEL_REASONS",
    "NO_MOVE_RAISES",
    "NO_MOVE_WHAT_IF",
    "PAPER_SHOWS",
    "WHAT_IF_SHOWS",
    "growing_work_short",
    "level_left_out",
    "on_paper",
    "short_left_out",
    "short_list_what_if",
    "withheld",
]


#: Why the rules left out a related move at the person's own job zone or below, in plain
#: words (keys: ``model/pivot_left_out.left_out_at_level``), each read after "each is".
LEVEL_REASONS = {
    "same_job": "the same job elsewhere",
    "shrinking": "shrinking",
    # The rule (``pivot_slot_facts.below``) covers a licence's lower rungs, the work
    # that assists a licensed person's and the work a supervisor or manager oversees: a
    # restaurant manager read "7 are rungs below yours on your licence's ladder" of the
    # kitchen and dining staff they manage, and holds no licence.
    "below": "a rung below yours in your own line of work (work your licence or your role covers)",
    "doctoral": "entered through doctoral or professional school",
    "specialty": "a specialty in a field nothing in your profile names",
    "more_exposed": f"more exposed to AI by over {MUCH_MORE_EXPOSED} points",
    "not_safer": "no less exposed to AI and in no more demand",
    "no_gain": "no more resilient",
    "down": "a step down in job zone with no better prospects",
    "far": "too far from your work",
}


#: A short list's note when no move listed raises resilience (only a costly step up).
NO_MOVE_RAISES = "No move here raises your resilience enough to be worth it"
#: The what-if's part of a short list's note, as the app and the terminal say it.
WHAT_IF_SHOWS = "the what-if view shows which new skills would open"
#: The same part on a saved or printed report (:func:`on_paper`): a page has no view to
#: open, so it says what to do and where, for a client reading it away from the app.
PAPER_SHOWS = (
    "scoring this profile again with skills you could learn (the app's what-if view) "
    "shows which would open"
)
#: The same, where the person's own work is not growing: how to stay where they are
#: (``{stay}``, ``stay_current``'s words), and the what-if view next.
NO_MOVE_WHAT_IF = (
    f"{NO_MOVE_RAISES} from where you stand. To stay resilient where you are, {{stay}}; "
    f"{WHAT_IF_SHOWS} moves."
)


def short_list_what_if(count: int, stay: str) -> str:
    """A short list's note where the person's work is not growing: how many moves are
    worth weighing (``count``, at least one), how to stay resilient where they are
    (``stay``, ``stay_current``'s words: with one or two moves worth it, staying is the
    likelier course, and an elementary teacher's note had said nothing of it), and the
    what-if view next."""
    moves = "1 move is" if count == 1 else f"{count} moves are"
    return (
        f"Only {moves} worth weighing from where you stand. To stay resilient where you "
        f"are, {stay}; {WHAT_IF_SHOWS} more."
    )


def on_paper(note: str) -> str:
    """A pivots note as a saved or printed report says it: the what-if view, which a
    page cannot open, becomes what to do and where (:data:`PAPER_SHOWS`). A client
    reading "the what-if view shows which new skills would open more" on paper had no
    view to look at. A saved note keeps the app's words, so a report made from a result
    saved before this reads the same."""
    return note.replace(WHAT_IF_SHOWS, PAPER_SHOWS)


def growing_work_short(count: int, projection: str, stay: str) -> str:
    """A short (or empty) list's note where demand for the person's own work is growing
    (``projection``, BLS words): most moves would give that up. ``stay``: how to stay
    where they are, the likelier course with one or two moves worth weighing too (a
    lawyer's note had said why the list is short, not what to do)."""
    moves = "1 move is" if count == 1 else f"{count} moves are"
    head = f"Only {moves} worth weighing here" if count else NO_MOVE_RAISES
    return (
        f"{head}: demand for your own work is growing ({projection}), and most moves "
        f"would give that up. To stay where you are, {stay}."
    )


#: Why a related move at the person's level that the rules kept is not in the list
#: (keys: ``model/pivot_left_out.left_out_at_level``), each read after "each is".
LEVEL_CUT = {
    "down": "a step down in job zone, listed only to fill a short list",
    "down_calm": "a step down in job zone, not listed for someone who need not move",
    "level": "about as resilient as your work, listed only to fill a short list",
    "ranked": "ranked below the moves listed",
}


def _either(words: Sequence[str]) -> str:
    """``words`` joined with commas and a last "or"."""
    head = ", ".join(words[:-1])
    return head + (", or " if len(words) > 2 else " or " if head else "") + words[-1]


def level_left_out(
    moves: int, reasons: Sequence[str], cut: int = 0, cut_kinds: Sequence[str] = ()
) -> str:
    """Said when every pivot listed asks more preparation than the person's work: how
    many moves at their own level the rules left out, and why (``LEVEL_REASONS`` keys),
    and how many they kept that the list's length left out, and why (``LEVEL_CUT``
    keys): a middle-school teacher's steps down were kept but not listed, and nothing
    said so."""
    said = ["Every move listed asks more preparation than your work."]
    if moves:
        words = [LEVEL_REASONS[r] for r in reasons if r in LEVEL_REASONS] or ["no gain on yours"]
        moved = (
            "The 1 occupation O*NET relates to yours at your job zone or below was left out: it is"
            if moves == 1
            else f"The {moves:,} occupations O*NET relates to yours at your job zone or below "
            "were left out: each is"
        )
        said.append(f"{moved} {_either(words)}.")
    if cut:
        kinds = [LEVEL_CUT[k] for k in cut_kinds if k in LEVEL_CUT] or [LEVEL_CUT["ranked"]]
        if moves:
            which = "1 more is" if cut == 1 else f"{cut:,} more are"
        elif cut == 1:
            which = "1 occupation O*NET relates to yours at your job zone or below is"
        else:
            which = f"{cut:,} occupations O*NET relates to yours at your job zone or below are"
        each = "it is" if cut == 1 else "each is"
        said.append(f"{which} not listed: {each} {_either(kinds)}.")
    return " ".join(said)


#: ``LEVEL_REASONS`` as said of several moves after a count ("4 are ..."), where the
#: singular reads wrong.
_REASONS_OF_MANY = {
    "specialty": "specialties in fields nothing in your profile names",
    "down": "steps down in job zone with no better prospects",
    "below": "rungs below yours in your own line of work (work your licence or your role covers)",
}
#: How many reasons a short list's note names with their counts; the rest are summed.
_REASONS_NAMED = 3


def short_left_out(
    moves: int,
    reasons: Sequence[str],
    cut: int = 0,
    cut_kinds: Sequence[str] = (),
    counts: Sequence[int] = (),
) -> str:
    """Said after a short list's note (or in place of an empty list): how many other
    moves at the person's own level the rules left out, and how many for each reason
    (``LEVEL_REASONS`` keys, ``counts`` alike), most first, so a coach can answer "why
    not that one?" (a farmer's list had one move and no word of the others O*NET
    relates to farming). "" when none was left out."""
    said = []
    if moves:
        pairs = sorted(
            ((n, r) for r, n in zip(reasons, counts, strict=False) if r in LEVEL_REASONS),
            key=lambda pair: -pair[0],
        )
        named = [
            f"{n:,} {'is' if n == 1 else 'are'} "
            f"{LEVEL_REASONS[r] if n == 1 else _REASONS_OF_MANY.get(r, LEVEL_REASONS[r])}"
            for n, r in pairs[:_REASONS_NAMED]
        ]
        rest = moves - sum(n for n, _ in pairs[:_REASONS_NAMED])
        if rest:
            named.append(f"{rest:,} for other reasons")
        head = (
            "The rules left out the 1 other occupation O*NET relates to yours at your job "
            "zone or below"
            if moves == 1
            else f"The rules left out the {moves:,} other occupations O*NET relates to "
            "yours at your job zone or below"
        )
        if moves == 1 and len(pairs) == 1:
            said.append(f"{head}: it is {LEVEL_REASONS[pairs[0][1]]}.")
        else:
            head_and = " and ".join(p for p in (", ".join(named[:-1]), named[-1]) if p)
            said.append(f"{head}: {head_and}.")
    if cut:
        kinds = [LEVEL_CUT[k] for k in cut_kinds if k in LEVEL_CUT] or [LEVEL_CUT["ranked"]]
        which = "1 more is" if cut == 1 else f"{cut:,} more are"
        each = "it is" if cut == 1 else "each is"
        said.append(f"{which} not listed: {each} {_either(kinds)}.")
    return " ".join(said)


def withheld(label: str, reason: str, bls: float | None, exposure: float, now: float) -> str:
    """Why O*NET's closest relative of the person's work is not listed
    (``model/pivot_withheld.py``; ``reason``: a ``LEVEL_REASONS`` key it says), with the
    figure the rule read: "Upholsterers, one of O*NET's closest relatives of your work,
    is not listed: it is shrinking (BLS projects −3% jobs, 2022-32)." """
    if reason == "shrinking" and bls is not None:
        why = f"it is shrinking ({bls_projection(bls)})"
    elif reason == "more_exposed":
        why = (
            f"it is more exposed to AI by over {MUCH_MORE_EXPOSED} points "
            f"({score(exposure)} against your {score(now)})"
        )
    else:
        why = f"it is {LEVEL_REASONS[reason]}"
    return f"{label}, one of O*NET's closest relatives of your work, is not listed: {why}."
