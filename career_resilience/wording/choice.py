""" "That's not me": the picker's words, what a chosen placement does to the drivers, and
how the typed skills were read (the catalogue names, and the ones it does not know)."""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.wording.numbers import percent, score

__all__ = [
    "PICKER_KINDS",
    "PICKER_LIKELY",
    "PICKER_MODEL_DECIDES",
    "PICKER_NOTHING",
    "PICKER_OCCUPATIONS",
    "PICKER_OTHER_KINDS",
    "PICKER_PICKS_FIRST",
    "PICKER_PLACEHOLDER",
    "PICKER_PROMPT",
    "PICKER_SEARCHING",
    "PICKER_TYPE_MORE",
    "PICKER_YOUR_CHOICE",
    "RELATED_IN_CATALOGUE",
    "SKILLS_READ_AS",
    "WHATIF_GONE",
    "WHATIF_GONE_OWN",
    "WHATIF_GONE_RULES",
    "WHATIF_GONE_UNRELATED",
    "drivers_chosen",
    "fit_now",
    "found_occupation",
    "picker_no_match",
    "skills_read_as",
    "unknown_skills_lead",
    "whatif_gone_ranked",
    "whatif_placement",
]

PICKER_PROMPT = (
    "Which occupation or kind of work is yours? Type a job title to search; ↓↑ choose, Enter picks."
)
PICKER_PLACEHOLDER = "e.g. registered nurse, plumber, 911 dispatcher, cashier"
PICKER_KINDS = "Kinds of work"
#: Over the kinds of work the profile was placed in and the model's next likeliest.
PICKER_LIKELY = "Likeliest for this profile"
PICKER_OTHER_KINDS = "Every other kind of work, A to Z"
#: Over the kind of work the person chose (the model's ranking is not in that result).
PICKER_YOUR_CHOICE = "Your choice"
PICKER_OCCUPATIONS = "Occupations (O*NET): the score uses their published figures"
PICKER_SEARCHING = "searching the occupations…"
PICKER_TYPE_MORE = "type a job title to search all O*NET occupations"
PICKER_NOTHING = "nothing matches; try another word"
PICKER_PICKS_FIRST = "searching… the first occupation found will be picked"
PICKER_MODEL_DECIDES = "Let the model decide again"
#: The label before the catalogue skills the typed skills were read as.
SKILLS_READ_AS = "Skills read as"
#: Before the catalogue skills related to an unknown one with no "did you mean": named,
#: never offered as the same skill ("crop rotation" is not Crop farming spelt otherwise).
RELATED_IN_CATALOGUE = "related in the catalogue"


def picker_no_match(query: str) -> str:
    """What the picker says when neither a kind of work nor an occupation matches."""
    return (
        f"Nothing matches “{query.strip()}”. Try other words: a job title (“plumber”, "
        "“cook”) or a word of it, spelt out (“nurse” rather than “RN”)."
    )


def found_occupation(code: str, matched: str, title: str, research_pct: float | None) -> str:
    """The line under a found occupation: its code, its figure, the title that matched.

    The figure comes before the title: after a long title, the row's wrap left "60" alone
    on a line under "41-2011.00 · title “Restaurant Cashier” · research percentile" at
    80x24 (the option list wraps at any space); a title wraps at its own words.
    """
    parts = [code]
    if research_pct is not None:
        parts.append(f"research percentile {score(research_pct)}")
    # The title that matched, when it says more than the official one (not "NP").
    if len(matched) > 3 and matched.casefold() not in title.casefold():
        parts.append(f"title “{matched}”")
    return " · ".join(parts)


def drivers_chosen(occupation: bool) -> str:
    """Why there are no drivers: the person chose the occupation or kind of work."""
    what = (
        "the occupation, so its published figures set"
        if occupation
        else "the kind of work, so its figures set"
    )
    return f"You chose {what} the score: the words you typed do not move it."


def unknown_skills_lead(chosen: bool) -> str:
    """The words before the skills the catalogue does not know. Their words count toward
    the placement, unless the person chose it (then no typed word moves the score)."""
    if chosen:
        return "Not in the skill catalogue:"
    return "Not in the skill catalogue, so only their words count:"


def skills_read_as(names: Sequence[str]) -> str:
    """The catalogue skills the typed skills were read as, in one sentence ("Skills read
    as: SQL, Tableau."), so a person and a coach see what the model took from the words
    ("charting" read as Clinical documentation). A loose word's name already carries its
    mark (``loose_gap``), so the mark reads the same here as under a pivot."""
    return f"{SKILLS_READ_AS}: {', '.join(names)}."


def fit_now(fit: float, before: float | None = None) -> str:
    """A pivot's fit in the what-if list: "fit 47%", and "fit 47%, was 38%" when the
    change moved it by a whole point as shown (``before`` None: new to the list)."""
    shown = f"fit {percent(fit)}"
    if before is None or percent(before) == percent(fit):
        return shown
    return f"{shown}, was {percent(before)}"


def whatif_placement(now: str, before: str, added: int, removed: int) -> str:
    """Under the what-if figures when the change places the person in other work: a
    cashier trying "pharmacy dispensing" went from 60 to 44 because the model matched
    Pharmacy Aides, which a coach read as "learning this lowers exposure"."""
    if added == 1 and not removed:
        what, whose = "this skill", "the skill's"
    elif added and not removed:
        what, whose = "these skills", "the skills'"
    else:
        what, whose = "these changes", "the changes'"
    return (
        f"With {what} you match {now} instead of {before}: the figures now are that "
        f"work's, not {whose} effect on your own."
    )


# -- why a pivot is no longer listed in the what-if (tui/screens/whatif_gone.py)
#: In the rank column of a pivot no longer listed.
WHATIF_GONE = "gone"
WHATIF_GONE_OWN = "your own work now"
WHATIF_GONE_UNRELATED = "not a move from your work now"
WHATIF_GONE_RULES = "rules leave it out now"


def whatif_gone_ranked(rank: int) -> str:
    """A dropped pivot still offered, below those listed: "ranked 6th now"."""
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"ranked {rank}{suffix} now"
