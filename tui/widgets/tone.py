"""Theme colours for scores, chosen so high exposure reads as "act", not "alarm".

Exposure is not a verdict (high exposure is often work AI makes more valuable), so
no score is painted in the error colour; red is kept for real errors. Every colour
here travels with a word or symbol, so the meaning survives without colour.
"""

from __future__ import annotations

#: Band word -> theme variable for the exposure band.
_BAND_STYLE = {
    "very low": "$text-success",
    "low": "$text-success",
    "moderate": "$text-primary",
    "high": "$text-warning",
    "very high": "$text-warning",
}


def band_style(band: str) -> str:
    """The theme variable to paint an exposure band with."""
    return _BAND_STYLE.get(band, "$text-primary")


def resilience_style(score: float) -> str:
    """Resilience is good when high."""
    if score >= 60:
        return "$text-success"
    if score >= 40:
        return "$text-primary"
    return "$text-warning"
