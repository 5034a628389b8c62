"""Every sentence and number format a person reads, written once.

The app, the command line and the reports all format scores, shares, weeks, progress
and bars through this module, so one result reads the same everywhere: the same
rounding (halves round up: 78.5 is "79"), the same names for the three kinds of work,
shares that add up to exactly 100%, and a meaning that fits the band (a "very low"
score never reads "AI can do much of this work").

Plain text only: no markup, no colours. Callers add styling around these words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

# ---------------------------------------------------------------------------- numbers


def rounded(value: float, digits: int = 0) -> float:
    """``value`` to ``digits`` decimals, halves away from zero (78.5 -> 79, 2.25 -> 2.3).

    Python's ``round`` and format strings round halves to even and work on the binary
    value (so 78.5 shows "78" and 2.675 shows "2.67"); people expect the school rule on
    the number they see, so the decimal text of the float is rounded instead.
    """
    return _rounded_text(repr(float(value)), digits)


@lru_cache(maxsize=8192)
def _rounded_text(text: str, digits: int) -> float:
    # Cached by the float's decimal text (so 0.0 and -0.0 stay apart): shown numbers
    # repeat (the contract keeps one decimal: at most 1,001 scores from 0 to 100), and
    # a Decimal round costs ~5 µs where a client with 5,000 sessions shows 25,000 scores.
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(text).quantize(quantum, rounding=ROUND_HALF_UP))


def whole(value: float) -> int:
    """``value`` as a whole number under the one rounding rule.

    The value is first taken to the one decimal the JSON contract keeps, so the app
    (holding the engine's 44.47) and a report (reading the saved 44.5) both show "45".
    """
    return int(rounded(rounded(value, 1)))


def score(value: float) -> str:
    """A 0-100 score as a whole number: "79"."""
    return str(whole(value))


def decimal(value: float, digits: int = 1) -> str:
    """A number with exactly ``digits`` decimals under the one rounding rule."""
    return f"{rounded(value, digits):.{digits}f}"


def signed(value: float, digits: int = 1) -> str:
    """A change with an explicit sign and a real minus sign: "+2.0", "−3.5", "±0.0"."""
    text = decimal(abs(value), digits)
    if float(text) == 0:
        return f"±{text}"
    return ("+" if value > 0 else "−") + text


def score_change(new: float, old: float, digits: int = 0) -> str:
    """The signed change between two shown scores ("+47"), so "42 → 89" reads "+47",
    never the "+48" of the unrounded difference."""
    if digits == 0:
        return signed(whole(new) - whole(old), 0)
    return signed(rounded(new, digits) - rounded(old, digits), digits)


def percent(share: float) -> str:
    """A 0-1 share as a whole percentage: "41%"."""
    return f"{whole(share * 100)}%"


def percent_sure(probability: float) -> str:
    """A probability as a percentage that never claims certainty ("100%" reads ">99%")."""
    if probability > 0.99:
        return ">99%"
    if probability < 0.01:
        return "<1%"
    return percent(probability)


def whole_shares(values: Sequence[float], total: int = 100) -> list[int]:
    """Whole numbers proportional to ``values`` that add up to exactly ``total``.

    Largest remainder: each part gets its floor, and the units left over go to the parts
    with the largest fractions (ties to the earlier part). Rounding each part on its own
    can show 41% + 45% + 15% = 101%.
    """
    cleaned = [max(0.0, float(v)) for v in values]
    whole_sum = sum(cleaned)
    if not cleaned:
        return []
    if whole_sum <= 0:
        return [total] + [0] * (len(cleaned) - 1)
    exact = [v / whole_sum * total for v in cleaned]
    parts = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def weeks(value: float) -> str:
    """A duration in weeks: "1 week", "1.5 weeks", "3 weeks"."""
    text = decimal(value, 1).removesuffix(".0")
    return f"{text} week" + ("" if text == "1" else "s")


def count(number: int, noun: str) -> str:
    """ "1 session", "3 sessions"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


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


# ------------------------------------------------------------------ what scores mean

EXPOSURE_DEFINITION = (
    "Exposure is how much of this work generative AI can do or speed up, placed among "
    "occupations: 50 is a typical occupation."
)
NOT_A_PREDICTION = (
    "It is not a prediction that you will lose your job: highly exposed work is often "
    "the work AI makes more valuable."
)

NOT_MEANT = (
    "Nor is it a forecast of pay or hiring, or a judgement of how good you are at your "
    "work: it describes tasks, not people."
)
SCALE_NOTE = (
    "Scores run from 0 to 100 and place this work among occupations: 50 is a typical occupation."
)
UNCERTAIN_NOTE = "the model is uncertain, and the score could be anywhere in that range."
RESILIENCE_NOTE = (
    "Resilience (0-100, higher is better) is how well placed this profile is as AI spreads: "
    "it is higher when AI mostly speeds the work up rather than replacing it, when demand "
    "for the work is growing, and when the skills span several kinds of work."
)

_BANDS = {
    "very low": "Little of this work is made of tasks today's generative AI can do or "
    "speed up; most of it is physical, in person or licensed.",
    "low": "A small part of this work is made of tasks AI can do or speed up; the core of "
    "the job relies on things AI barely reaches.",
    "moderate": "Some tasks in this work can be done or sped up by AI, but much of the job "
    "still needs a person.",
    "high": "Much of this work is made of tasks AI can do or speed up. Expect the job to "
    "change; the drivers show which parts change first.",
    "very high": "AI can do or speed up most of the tasks in this work. The job is likely "
    "to change a lot, which makes planning the next move worthwhile.",
}
_BANDS["medium"] = _BANDS["moderate"]


def band_meaning(band: str) -> str:
    """What an exposure band means, in plain words (generic for an unknown band)."""
    key = " ".join(band.replace("_", " ").replace("-", " ").lower().split())
    return _BANDS.get(
        key,
        f"The {band!r} band groups occupations by how much of their work AI can do or speed up.",
    )


def exposure_meaning(band: str) -> str:
    """The band's meaning followed by what exposure is not."""
    return f"{band_meaning(band)} {NOT_A_PREDICTION}"


def likely_range(low: float, high: float) -> str:
    """The interval as people read it: "likely 70–85"."""
    return f"likely {score(low)}–{score(high)}"


def percentile_words(exposure: float) -> str:
    """The score as a percentile among occupations, in words short enough for a gauge."""
    return f"more exposed than ~{score(exposure)}% of jobs"


_OUTLOOKS = {
    "growing": ("▲", "Demand for this kind of work is expected to grow."),
    "stable": ("▶", "Demand for this kind of work is expected to hold steady."),
    "shrinking": (
        "▼",
        "Demand for this kind of work is expected to shrink as AI takes on more of it: "
        "a reason to plan, not to panic.",
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


def duty_level(exposure: float) -> str:
    """A duty's exposure (0-100, like the overall score) with what it means."""
    if whole(exposure) >= 60:
        return f"{score(exposure)} / 100: AI can do or speed up much of it"
    if whole(exposure) >= 40:
        return f"{score(exposure)} / 100: AI helps with parts of it"
    return f"{score(exposure)} / 100: AI barely reaches it"


# --------------------------------------------------------------------------- progress


def change_words(first: float, last: float) -> str:
    """The change between two shown scores: "no change", "up 1 point", "down 8 points".

    Computed from the rounded scores, so the words agree with the "78 → 70" beside them.
    """
    change = whole(last) - whole(first)
    if change == 0:
        return "no change"
    return f"{'up' if change > 0 else 'down'} {count(abs(change), 'point')}"


def trend_sentence(name: str, values: Sequence[float]) -> str:
    """A score over sessions: "Exposure over 2 sessions: 78 → 70 (down 8 points since
    the first)."."""
    scores = " → ".join(score(v) for v in values)
    return (
        f"{name} over {len(values)} sessions: {scores} "
        f"({change_words(values[0], values[-1])} since the first)."
    )


FIRST_SESSION = "This is the first session: progress shows from the next one."
NO_PIVOT = "No pivot chosen yet, so there are no gap skills to track."


def skills_changed_sentence(
    number: int, day: str, added: Sequence[str], removed: Sequence[str]
) -> str:
    """Skills added and removed in one session: "Session 2 (2026-01-05): added Rust."."""
    parts = []
    if added:
        parts.append("added " + ", ".join(added))
    if removed:
        parts.append("removed " + ", ".join(removed))
    return f"Session {number} ({day}): " + "; ".join(parts) + "."


def gaps_sentence(label: str, since: int, closed: Sequence[str], remaining: Sequence[str]) -> str:
    """The chosen pivot's gap skills closed so far and still to build."""
    total = len(closed) + len(remaining)
    return (
        f"Chosen pivot: {label}. Gap skills closed since session {since}: "
        f"{', '.join(closed) or 'none yet'} ({len(closed)} of {total}). Still to build: "
        f"{', '.join(remaining) or 'nothing'}."
    )


# ------------------------------------------------------------------------------- bars

FULL, EMPTY = "█", "░"
_SPARKS = "▁▂▃▄▅▆▇█"


def bar_cells(value: float, width: int) -> int:
    """How many of ``width`` cells a 0-100 value fills."""
    return whole(max(0.0, min(100.0, value)) / 100 * width)


def text_bar(value: float, width: int = 20) -> str:
    """A 0-100 bar as text: "█████░░░░░"."""
    filled = bar_cells(value, width)
    return FULL * filled + EMPTY * (width - filled)


def split_cells(shares: Sequence[float], width: int) -> list[int]:
    """Cells for each part of a stacked bar, filling exactly ``width``."""
    return whole_shares(shares, total=width)


def sparkline(values: Iterable[float], low: float = 0.0, high: float = 100.0) -> str:
    """One block character per value, on a fixed ``low``-``high`` scale.

    The scale is fixed (not stretched to the values) so a flat line of 80s still looks
    high and a small wobble does not look like a dramatic change.
    """
    span = high - low
    out = []
    for value in values:
        share = 0.0 if span <= 0 else (min(max(value, low), high) - low) / span
        out.append(_SPARKS[min(len(_SPARKS) - 1, int(share * len(_SPARKS)))])
    return "".join(out)


# ------------------------------------------------------------------------ occupations

#: The published indices of an occupation (keys as in the result contract's
#: ``indices``), each with the short name the app and the CLI show and the name with
#: its paper that reports give it: the one place these names are written.
INDEXES = (
    ("gpt4_beta", "GPT-4 β", "GPT-4 exposure β (Eloundou et al. 2024)"),
    ("human_beta", "human β", "human-rated exposure β (Eloundou et al. 2024)"),
    ("msft_applicability", "AI applicability", "AI applicability (Tomlinson et al. 2025)"),
    ("lm_aioe", "LM-AIOE", "language-model AIOE (Felten et al. 2023)"),
)
#: The short names, in the order every surface lists the indices.
INDEX_LABELS = tuple((key, label) for key, label, _ in INDEXES)
#: The names reports use, with the consensus percentile the four are combined into.
INDEX_NAMES = {key: name for key, _, name in INDEXES} | {
    "consensus_pct": "consensus percentile of the indices"
}
#: The papers behind those indices, named wherever their figures are shown.
INDEX_SOURCES = (
    "GPT-4 and human β: Eloundou et al. 2024; AI applicability: Tomlinson et al. 2025; "
    "LM-AIOE: Felten, Raj, Seamans 2023; occupations: O*NET 27.0 (CC BY 4.0)"
)
#: Below this probability the top occupation is offered as a question, not a placement.
UNSURE_OCCUPATION = 0.5


def occupation_heading(
    probability: float, chosen: bool, hint: str = "--occupation CODE picks one"
) -> str:
    """How sure the placement among O*NET occupations is, as the heading above the list.

    ``hint`` says how to pick another where the placement is unsure (the CLI's flag by
    default; the app passes its own words).
    """
    if chosen:
        return "occupation (chosen by you):"
    if probability < UNSURE_OCCUPATION:
        return "which of these is your occupation? (not sure" + (f"; {hint})" if hint else ")")
    return "matched occupation:"


def occupation_line(code: str, title: str, probability: float, consensus_pct: float) -> str:
    """One matched occupation: code, title, how sure, and its research percentile."""
    return (
        f"{code}  {title}  ({percent_sure(probability)})"
        f"  research percentile {score(consensus_pct)}"
    )


def index_line(indices: Mapping[str, float | None]) -> str:
    """The published indices of one occupation on one line ("GPT-4 β 0.45 · ...")."""
    return " · ".join(
        f"{label} {decimal(value, 2)}"
        for key, label in INDEX_LABELS
        if (value := indices.get(key)) is not None
    )
