"""What the scores mean: the three kinds of work, the bands, the outlook, drivers and
duties, in the words every surface uses."""

from __future__ import annotations

from collections.abc import Mapping
from math import floor

from career_resilience.wording.numbers import decimal, percent, score, whole, whole_shares
from career_resilience.wording.occupations import NO_PROJECTION

__all__ = [
    "AUTOMATION_SCALE",
    "DUTY_SHARE_HEADING",
    "EXPOSURE_DEFINITION",
    "MIX_KINDS",
    "MIX_NAMES",
    "NOT_A_GUARANTEE",
    "NOT_A_GUARANTEE_AMONG",
    "NOT_A_PREDICTION",
    "NOT_A_PREDICTION_ALONE",
    "NOT_A_PREDICTION_SOME",
    "NOT_MEANT",
    "OUTLOOK_NOTE",
    "RESILIENCE_MEANING",
    "RESILIENCE_NOTE",
    "SCALE_NOTE",
    "SUBSTITUTE_LEVEL",
    "UNCERTAIN_NOTE",
    "UNREADABLE_DUTY",
    "automation_level",
    "band_meaning",
    "duty_detail",
    "duty_summary",
    "effect",
    "exposure_meaning",
    "interval_holds",
    "interval_note",
    "likely_between",
    "likely_range",
    "mix_basis",
    "mix_percentages",
    "mix_sentence",
    "not_a_prediction",
    "outlook_meaning",
    "outlook_words",
    "percentile_words",
]

# ---------------------------------------------------------------- the kinds of work

#: The mix's keys, in the order every surface shows them.
MIX_KINDS = ("substitute", "augment", "untouched")

#: One name each for the three kinds of work, on every screen, report and line.
MIX_NAMES = {
    "substitute": "AI could do it alone",
    "augment": "AI helps a person do it",
    "untouched": "AI leaves it alone",
}


def mix_percentages(mix: Mapping[str, float]) -> list[tuple[str, int]]:
    """``(name, whole percent)`` for each kind of work, adding up to exactly 100."""
    parts = whole_shares([float(mix.get(kind, 0.0)) for kind in MIX_KINDS])
    return [(MIX_NAMES[kind], part) for kind, part in zip(MIX_KINDS, parts, strict=True)]


def mix_sentence(mix: Mapping[str, float]) -> str:
    """The mix in one line: "AI could do it alone 41%, ... AI leaves it alone 14%."."""
    return ", ".join(f"{name} {part}%" for name, part in mix_percentages(mix)) + "."


def mix_basis(
    from_duties: float | None,
    lines: int,
    occupation_chosen: bool = False,
    category_chosen: bool = False,
    nearest: bool = False,
) -> str:
    """Where the mix comes from, in one sentence: the O*NET tasks of the matched (or
    chosen) occupations, and the part the person's ``lines`` readable duty lines have
    (``from_duties``, 0-1). None: a result saved before the two were blended, whose mix
    came from the duty lines alone whenever one was readable. ``nearest``: AI-era work,
    not matched to the occupations listed (``occupations_nearest``)."""
    whose = "your matched occupations"
    if occupation_chosen:
        whose = "the occupation you chose"
    elif category_chosen:
        whose = "the occupations of the kind of work you chose"
    elif nearest:
        whose = "the nearest occupations listed"
    if from_duties is None and lines:
        return f"From your {_lines(lines)} alone."
    if not from_duties or not lines:
        return f"From the O*NET tasks of {whose}."
    count = "counts" if lines == 1 else "count"
    return (
        f"From the O*NET tasks of {whose} and your {_lines(lines)}, which {count} for "
        f"{percent(from_duties)} of it."
    )


def _lines(n: int) -> str:
    return "one duty line" if n == 1 else f"{n} duty lines"


# ------------------------------------------------------------------ what scores mean

EXPOSURE_DEFINITION = (
    "Exposure is how much of this work generative AI can do or speed up, placed among "
    "occupations: 50 is a typical occupation."
)
NOT_A_PREDICTION = (
    "It is not a prediction that you will lose your job: highly exposed work is often "
    "the work AI makes more valuable."
)
#: The same caution for a moderate score: its band says some tasks, not much of the
#: work, so "highly exposed work" would contradict the band beside it.
NOT_A_PREDICTION_SOME = (
    "It is not a prediction that you will lose your job: where AI does or speeds up some "
    "of the tasks, the rest of the job often counts for more."
)
#: The same caution for high exposure where AI could do more of the tasks alone than it
#: helps with: "the work AI makes more valuable" sat beside a court reporter's "AI could
#: do it alone 85%, AI helps a person do it 15%".
NOT_A_PREDICTION_ALONE = (
    "It is not a prediction that you will lose your job: a task AI could do alone is not "
    "always handed to it, and the tasks that still need a person often count for more."
)
#: The same caution for a low score, which must not read as a guarantee either.
NOT_A_GUARANTEE = (
    "It is not a promise that the job will not change: it says today's AI reaches few of "
    "these tasks, not that tools, methods or demand for the work stay the same."
)
#: The same caution for a low score where AI does or speeds up most of the tasks (the
#: band then reads as a place among occupations): an airline pilot's "AI does or speeds
#: up more than half of its tasks" was followed by "today's AI reaches few of these tasks".
NOT_A_GUARANTEE_AMONG = (
    "It is not a promise that the job will not change: it says AI reaches less of this "
    "work than of most, not that tools, methods or demand for the work stay the same."
)

NOT_MEANT = (
    "Nor is it a forecast of pay or hiring, or a judgement of how good you are at your "
    "work: it describes tasks, not people."
)
SCALE_NOTE = (
    "Scores run from 0 to 100 and place this work among occupations: 50 is a typical occupation."
)
#: What the interval covers (the stated level is ``model.uncertainty.INTERVAL_LEVEL``, 0.8):
#: checked on held-out pseudo-profiles and typed dev profiles, not a promise for one person.
_WHOSE_FIGURE = "for about 8 in 10 people, the published research figure of their occupation"
UNCERTAIN_NOTE = f"{_WHOSE_FIGURE} falls in that range."
#: What resilience is, after its name (the help puts the name in its own heading).
RESILIENCE_MEANING = (
    "how well placed this profile is as AI spreads: it is higher when AI mostly speeds the "
    "work up rather than replacing it, when demand for the work is growing, and when the "
    "skills span several kinds of work."
)
RESILIENCE_NOTE = f"Resilience (0-100, higher is better) is {RESILIENCE_MEANING}"
OUTLOOK_NOTE = (
    "Whether demand for this work is growing, stable or shrinking: the US Bureau of Labor "
    "Statistics' 2022-32 projection for the occupations matched."
)

_BANDS = {
    "very low": "Little of this work is made of tasks today's generative AI can do or "
    "speed up; most of it is physical, in person or licensed.",
    "low": "A small part of this work is made of tasks AI can do or speed up; the core of "
    "the job relies on things AI barely reaches.",
    "moderate": "Some tasks in this work can be done or sped up by AI, but much of the job "
    "still needs a person.",
    "high": "Much of this work is made of tasks AI can do or speed up. Expect the job to "
    "change; what pushes exposure up shows which parts change first.",
    "very high": "AI can do or speed up most of the tasks in this work. The job is likely "
    "to change a lot, which makes planning the next move worthwhile.",
}
_BANDS["medium"] = _BANDS["moderate"]

#: The same bands said as a place among occupations, for a mix that contradicts the
#: share of tasks the sentence above claims: the band is a percentile of published
#: indices, the mix a share of tasks, and the two can disagree (a hospice chaplain:
#: exposure 68 "high" beside AI leaving 50% of the tasks alone read "Much of this work
#: is made of tasks AI can do").
_BANDS_AMONG = {
    "very low": "Less of this work is within AI's reach than in the great majority of "
    "occupations, "
    "though AI does or speeds up more than half of its tasks; the core of the job still "
    "needs a person.",
    "low": "Less of this work is within AI's reach than in most occupations, though AI "
    "does or speeds up more than half of its tasks; the core of the job still needs a "
    "person.",
    "high": "More of this work is within AI's reach than in most occupations, though AI "
    "does or speeds up no more than half of its tasks. Expect parts of the job to change; "
    "what pushes exposure up shows which parts change first.",
    "very high": "More of this work is within AI's reach than in the great majority of "
    "occupations, "
    "though AI does or speeds up no more than half of its tasks. Expect the job to change, "
    "which makes planning the next move worthwhile.",
}

#: Which way each band's sentence leans on the share of tasks AI touches (does or speeds
#: up): "Much"/"most" claims more than half, "Little"/"a small part" half or fewer.
#: "Some tasks ... much of the job still needs a person" fits any mix.
_CLAIMS_MAJORITY = {"high": True, "very high": True, "low": False, "very low": False}


def _mix_contradicts(key: str, mix: Mapping[str, float] | None) -> bool:
    """Whether the ``mix``, at the whole percentages shown, contradicts the share of
    tasks band ``key``'s plain sentence claims (so it is said among occupations)."""
    claims = _CLAIMS_MAJORITY.get(key)
    if claims is None or not mix or sum(max(0.0, float(v)) for v in mix.values()) <= 0:
        return False
    return claims != (mix_percentages(mix)[-1][1] < 50)


def band_meaning(band: str, mix: Mapping[str, float] | None = None) -> str:
    """What an exposure band means, in plain words (generic for an unknown band).

    With the result's ``mix``, a sentence that claims a share of tasks the mix shown
    beside it contradicts is said as a place among occupations instead: one rule for
    every band, read at the whole percentages the mix is shown at.
    """
    key = " ".join(band.replace("_", " ").replace("-", " ").lower().split())
    if _mix_contradicts(key, mix):
        return _BANDS_AMONG[key]
    return _BANDS.get(
        key,
        f"The {band!r} band groups occupations by how much of their work AI can do or speed up.",
    )


def not_a_prediction(band: str, mix: Mapping[str, float] | None = None) -> str:
    """What the score does not say, in words that fit its band (and its ``mix``).

    A high score must not read as "you will be fired", and a low one must not read as
    "your job is safe from change"; each band gets the caution that fits it (a moderate
    score's does not call the work "highly exposed"). A high score whose mix, at the
    whole percentages shown, has AI doing more of the tasks alone than helping with them
    is not told that AI makes such work more valuable; nor is one where AI does or
    speeds up no more than half of the tasks (the band is then said among occupations),
    which gets the caution for some of the tasks.
    """
    key = " ".join(band.replace("_", " ").replace("-", " ").lower().split())
    if key in ("very low", "low"):
        return NOT_A_GUARANTEE_AMONG if _mix_contradicts(key, mix) else NOT_A_GUARANTEE
    # A hospital chaplain, exposure 68 with AI leaving half the tasks alone, read "though
    # AI does or speeds up no more than half of its tasks" then "highly exposed work is
    # often the work AI makes more valuable": the caution follows the mix shown too.
    if key in ("moderate", "medium") or _mix_contradicts(key, mix):
        return NOT_A_PREDICTION_SOME
    if mix and sum(max(0.0, float(v)) for v in mix.values()) > 0:
        alone, helps, _ = (part for _, part in mix_percentages(mix))
        if alone > helps:
            return NOT_A_PREDICTION_ALONE
    return NOT_A_PREDICTION


def exposure_meaning(band: str, mix: Mapping[str, float] | None = None) -> str:
    """The band's meaning (true of the ``mix`` when given) followed by what exposure is
    not."""
    return f"{band_meaning(band, mix)} {not_a_prediction(band, mix)}"


def likely_range(low: float, high: float) -> str:
    """The interval as people read it: "likely 70–85", or "likely 16" when both ends
    round to the same figure (a sure match to one occupation: "likely 16–16" reads as
    a slip)."""
    if score(low) == score(high):
        return f"likely {score(low)}"
    return f"likely {score(low)}–{score(high)}"


def likely_between(low: float, high: float) -> str:
    """The interval as a report's sentence opens: "Likely between 70 and 85", or
    "Likely 16" when both ends round to the same figure."""
    if score(low) == score(high):
        return f"Likely {score(low)}"
    return f"Likely between {score(low)} and {score(high)}"


def interval_note(low: float, high: float) -> str:
    """The report's sentence on the interval: "Likely between 70 and 85: for about 8 in
    10 people, ... falls in that range", or, when both ends round to one figure,
    "Likely 44: ... rounds to it" (a single figure is no range to fall in)."""
    if score(low) == score(high):
        return f"{likely_between(low, high)}: {_WHOSE_FIGURE} rounds to it."
    return f"{likely_between(low, high)}: {UNCERTAIN_NOTE}"


def interval_holds(level: float) -> str:
    """What the interval covers, after "likely a–b": "holds the published figure for 80%
    of people"."""
    return f"holds the published figure for {percent(level)} of people"


def percentile_words(exposure: float) -> str:
    """The score as a percentile among occupations, in words short enough for a gauge."""
    return f"more exposed than ~{score(exposure)}% of jobs"


#: The outlook is the BLS projection alone (README "Outlook word"), which weighs every
#: cause of a change in jobs; the words name none. "shrink as AI takes on more of it"
#: stood in a pipelayer's report beside an exposure of 7 (very low).
_OUTLOOKS = {
    "growing": ("▲", "Demand for this kind of work is expected to grow."),
    "stable": ("▶", "Demand for this kind of work is expected to hold steady."),
    "shrinking": (
        "▼",
        "Demand for this kind of work is expected to shrink: a reason to plan, not to panic.",
    ),
    # Where BLS projects the matched work only inside a broader group, or not at all
    # (``occupations.NO_PROJECTION``): "stable" had said demand holds steady where the
    # data has no figure (home health aides, projected only with personal care aides).
    NO_PROJECTION.lower(): (
        "",
        "BLS publishes no projection of its own for this work: resilience counts it as no"
        " change in jobs.",
    ),
}


def outlook_words(outlook: str) -> str:
    """The outlook with a direction arrow, e.g. "growing ▲"."""
    arrow = _OUTLOOKS.get(outlook, ("", ""))[0]
    return f"{outlook} {arrow}".strip()


def outlook_meaning(outlook: str) -> str:
    """What an outlook means; an outlook that is already a sentence is returned as is."""
    found = _OUTLOOKS.get(outlook.strip().lower())
    return found[1] if found else outlook


def effect(value: float) -> str:
    """A driver's effect in words: which way it pushes exposure and by how much."""
    verb = "raises" if value >= 0 else "lowers"
    return f"{verb} it by {decimal(abs(value), 1)}"


#: Said of a duty line the duty model cannot read, in place of any number.
UNREADABLE_DUTY = "not rated: the model does not know enough of these words to rate this line"


#: The heading of each duty line's ``share`` in a report: its part of the exposure of the
#: readable lines, not of the working day ("Share of the work" gave a hospice chaplain's
#: "Visit dying patients" 2%, the line AI leaves alone).
DUTY_SHARE_HEADING = "Part of the duties' exposure"


#: What "automation T0" to "T4" beside each duty means, said wherever the level is shown.
AUTOMATION_SCALE = (
    "Automation T0–T4 is Eloundou et al.'s scale of how much of a task AI could carry "
    "out without a person: T0 none of it, T4 all of it."
)


#: The level from which the machine does most of a task (Eloundou et al.'s T3): a line
#: "AI could do it alone" is never shown below it alone.
SUBSTITUTE_LEVEL = 3


def automation_level(automation: float | None) -> str:
    """The expected automation level as Eloundou et al.'s T0-T4 ("T3"), "" if none."""
    if automation is None:
        return ""
    return f"T{min(4, max(0, whole(automation)))}"


def duty_detail(kind: str, automation: float | None) -> str:
    """What AI does to one duty line: "AI could do it alone · automation T3"; for a line
    the model cannot read, that it is not rated; "" for results saved before ratings."""
    if kind == "unreadable":
        return UNREADABLE_DUTY
    parts = [MIX_NAMES[kind]] if kind in MIX_NAMES else []
    if automation is not None:
        level = automation_level(automation)
        # A line AI could do alone is one the machine does most of (T3 and up), yet an
        # expected level of 2.25-2.5 rounds to T2, "half of it": a dentist read "AI
        # could do it alone · automation T2". It lies between two levels: say both.
        if kind == "substitute" and whole(automation) < SUBSTITUTE_LEVEL:
            low = min(SUBSTITUTE_LEVEL - 1, max(0, floor(automation)))
            level = f"T{low}–T{low + 1}"
        parts.append(f"automation {level}")
    return " · ".join(parts)


def duty_summary(exposure: float | None, automation: float | None, kind: str) -> str:
    """One duty line's rating in words: "83 · AI could do it alone · automation T3"."""
    if exposure is None:
        return UNREADABLE_DUTY
    return " · ".join(p for p in (score(exposure), duty_detail(kind, automation)) if p)
