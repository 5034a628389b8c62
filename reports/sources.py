"""Where a report's figures come from: the works cited, and the matched occupations.

The matched occupations (with their published exposure indices) and the evidence lines
are newer result fields; results saved before them have neither, so both are read
tolerantly and an absent or malformed field simply leaves its section out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from career_resilience import wording


@dataclass(frozen=True)
class SourceRef:
    """A work the model and knowledge base draw on, with the licence of what is used
    (as skills/data/occupations/ATTRIBUTION records it: a report had said CC BY 4.0 for
    Eloundou et al.'s MIT data and for Felten et al.'s, which states none)."""

    citation: str
    licence: str


SOURCES: tuple[SourceRef, ...] = (
    SourceRef(
        'Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). "GPTs are GPTs: '
        'Labor market impact potential of LLMs." Science 384 (6702), 1306-1308.',
        "MIT (the data, github.com/openai/GPTs-are-GPTs)",
    ),
    SourceRef(
        'Tomlinson, K., Jaffe, S., Wang, W., Counts, S., Suri, S. (2025). "Working with '
        'AI: Measuring the Applicability of Generative AI to Occupations." arXiv:2507.07935.',
        "CC BY 4.0",
    ),
    SourceRef(
        'Felten, E., Raj, M., Seamans, R. (2023). "How will Language Modelers like '
        'ChatGPT Affect Occupations and Industries?" arXiv:2303.01157.',
        "none stated (the data, github.com/AIOE-Data/AIOE); the authors ask for this citation",
    ),
    SourceRef(
        "O*NET Database, U.S. Department of Labor, Employment and Training Administration "
        "(USDOL/ETA). O*NET® is a trademark of USDOL/ETA.",
        "CC BY 4.0",
    ),
)


@dataclass(frozen=True)
class Occupation:
    """A published occupation the result was matched to, with its indices."""

    title: str
    code: str
    share: float | None
    indices: tuple[tuple[str, str], ...]
    #: The person chose this occupation ("that's not me"): no share of a match.
    chosen: bool = False
    #: AI-era work's nearest occupation (the result's ``occupations_nearest``): a share
    #: of the figures, not of a match.
    nearest: bool = False

    @property
    def heading(self) -> str:
        """ "Data Scientists (15-2051.00), 62% of the match" (or ", chosen by you";
        AI-era work: ", 50% of the figures")."""
        code = f" ({self.code})" if self.code else ""
        if self.chosen:
            return f"{self.title}{code}, {wording.CHOSEN_BY_YOU}"
        share = (
            f", {wording.occupation_share(self.share, self.nearest)}"
            if self.share is not None
            else ""
        )
        return f"{self.title}{code}{share}"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _occupation(raw: Mapping[str, Any]) -> Occupation | None:
    title = raw.get("title") or raw.get("label")
    if not isinstance(title, str) or not title.strip():
        return None
    code = raw.get("onet_soc") or raw.get("code") or raw.get("id") or ""
    share = next(
        (
            n
            for key in ("probability", "weight", "share")
            if (n := _number(raw.get(key))) is not None
        ),
        None,
    )
    nested = raw.get("indices")
    values = nested if isinstance(nested, Mapping) else raw
    indices = tuple(
        (name, wording.decimal(n, 1 if key == "consensus_pct" else 2))
        for key, name in wording.INDEX_NAMES.items()
        if (n := _number(values.get(key))) is not None
    )
    return Occupation(title.strip(), str(code), share, indices)


def occupations(result: Mapping[str, Any]) -> tuple[Occupation, ...]:
    """The matched occupations of a result, or () when it has none (older results)."""
    raw = result.get("occupations")
    if not isinstance(raw, list):
        return ()
    found = (_occupation(item) for item in raw if isinstance(item, Mapping))
    chosen = bool(result.get("occupation_chosen"))
    nearest = bool(result.get("occupations_nearest"))
    return tuple(replace(o, chosen=chosen, nearest=nearest) for o in found if o is not None)


def evidence_lines(result: Mapping[str, Any]) -> tuple[str, ...]:
    """The result's evidence as sentences: "text (source)"; () when it has none."""
    raw = result.get("evidence")
    if not isinstance(raw, list):
        return ()
    lines = []
    for item in raw:
        if isinstance(item, str) and item.strip():
            lines.append(item.strip())
        elif isinstance(item, Mapping):
            text = item.get("text") or item.get("claim") or item.get("note") or ""
            source = item.get("source") or item.get("citation") or ""
            if isinstance(text, str) and text.strip():
                lines.append(text.strip() + (f" ({source})" if source else ""))
    return tuple(lines)
