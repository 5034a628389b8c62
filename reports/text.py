"""Fixed wording shared by every report: what scores mean, sources and licences.

Kept in one place so the Markdown and HTML reports (and the app's export) never
drift apart in what they tell a client.
"""

from __future__ import annotations

from dataclasses import dataclass

from career_resilience.model.result import EXPOSURE_MEANING

#: The same words the app and the command line show, so a client reads one message.
EXPOSURE_DISCLAIMER = EXPOSURE_MEANING
NOT_MEANT = (
    "Nor is it a forecast of pay or hiring, or a judgement of how good you are at your "
    "work: it describes tasks, not people."
)
SCALE_NOTE = (
    "Scores run from 0 to 100 and place this work among occupations: 50 is a typical occupation."
)
RESILIENCE_NOTE = (
    "Resilience (0-100, higher is better) is how well placed this profile is as AI spreads: "
    "it is higher when AI mostly speeds the work up rather than replacing it, when demand "
    "for the work is growing, and when the skills span several kinds of work."
)

_BANDS = {
    "very low": "Very little of this work is made of tasks today's generative AI can do or "
    "speed up; most of it is physical, in person or licensed.",
    "low": "A small part of this work is made of tasks AI can do or speed up; the core of "
    "the job relies on things AI barely reaches.",
    "moderate": "Some tasks in this work can be done or sped up by AI, but much of the job "
    "still needs a person.",
    "high": "Much of this work is made of tasks AI can do or speed up. Expect the job to "
    "change; the drivers below show which parts change first.",
    "very high": "Most of the tasks in this work are ones AI can do or speed up. The job is "
    "likely to change a lot, which makes planning the next move worthwhile.",
}
_BANDS["medium"] = _BANDS["moderate"]

_OUTLOOKS = {
    "growing": "Demand for this kind of work is expected to grow.",
    "stable": "Demand for this kind of work is expected to hold steady.",
    "shrinking": "Demand for this kind of work is expected to shrink as AI takes on more "
    "of it: a reason to plan, not to panic.",
}


def band_meaning(band: str) -> str:
    """What an exposure band means, in plain words (generic for an unknown band)."""
    key = " ".join(band.replace("_", " ").replace("-", " ").lower().split())
    return _BANDS.get(
        key,
        f"The {band!r} band groups occupations by how much of their work AI can do or speed up.",
    )


def outlook_meaning(outlook: str) -> str:
    """What an outlook means; an outlook that is already a sentence is returned as is."""
    return _OUTLOOKS.get(outlook.strip().lower(), outlook)


@dataclass(frozen=True)
class SourceRef:
    """A work the model and knowledge base draw on, with its licence."""

    citation: str
    licence: str


SOURCES: tuple[SourceRef, ...] = (
    SourceRef(
        'Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). "GPTs are GPTs: '
        'Labor market impact potential of LLMs." Science 384 (6702), 1306-1308.',
        "CC BY 4.0",
    ),
    SourceRef(
        'Tomlinson, K., Jaffe, S., Wang, W., Counts, S., Suri, S. (2025). "Working with '
        'AI: Measuring the Applicability of Generative AI to Occupations." arXiv:2507.07935.',
        "CC BY 4.0",
    ),
    SourceRef(
        'Felten, E., Raj, M., Seamans, R. (2023). "How will Language Modelers like '
        'ChatGPT Affect Occupations and Industries?" arXiv:2303.01157.',
        "CC BY 4.0",
    ),
    SourceRef(
        "O*NET Database, U.S. Department of Labor, Employment and Training Administration "
        "(USDOL/ETA). O*NET® is a trademark of USDOL/ETA.",
        "CC BY 4.0",
    ),
)
