"""The matched O*NET occupations and their published indices, named once."""

from __future__ import annotations

from collections.abc import Mapping

from career_resilience.wording.numbers import decimal, percent_sure, score

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
#: How a person's own choice of occupation or kind of work is named, never as a "%".
CHOSEN_BY_YOU = "chosen by you"


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


def occupation_line(
    code: str, title: str, probability: float, consensus_pct: float, chosen: bool = False
) -> str:
    """One matched occupation: code, title, how sure, and its research percentile.

    A ``chosen`` occupation is the person's own word, not an estimate: no "(>99%)".
    """
    sure = "" if chosen else f"  ({percent_sure(probability)})"
    return f"{code}  {title}{sure}  research percentile {score(consensus_pct)}"


def placement_sure(probability: float, chosen: bool) -> str:
    """How sure the placement in a kind of work is: ">99% sure", or "chosen by you"."""
    return CHOSEN_BY_YOU if chosen else f"{percent_sure(probability)} sure"


def index_line(indices: Mapping[str, float | None]) -> str:
    """The published indices of one occupation on one line ("GPT-4 β 0.45 · ...")."""
    return " · ".join(
        f"{label} {decimal(value, 2)}"
        for key, label in INDEX_LABELS
        if (value := indices.get(key)) is not None
    )


#: Said where BLS publishes no projection for an occupation.
NO_PROJECTION = "no BLS projection"


def job_change(pct: float | None) -> str:
    """A projected change in jobs, 2022-32: "+2.8% jobs", "−12% jobs", "no BLS projection".

    One decimal under 10 points, where a whole number would mislead beside the pivot
    map's +3 line (+2.8 is below it; "+3" reads as on it); a real minus sign.
    """
    if pct is None or pct != pct:
        return NO_PROJECTION
    text = decimal(abs(pct), 1 if abs(pct) < 10 else 0)
    sign = "−" if pct < 0 and float(text) != 0 else "+"
    return f"{sign}{text}% jobs"
