"""Bars and sparklines drawn with block characters, on the fixed 0-100 scale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from career_resilience.wording.numbers import whole, whole_shares

__all__ = [
    "EMPTY",
    "FULL",
    "SPARK_SESSIONS",
    "bar_cells",
    "session_sparkline",
    "sparkline",
    "split_cells",
    "text_bar",
]

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
    high and a small wobble does not look like a dramatic change. Heights follow the
    scores as shown (whole numbers, as the trend sentence beside the line), and each
    step goes the way its score went: eight heights for 0-100 drew 71 -> 69 level, so
    a step that would draw level is drawn one height up or down, never further than
    one height from the value's place on the scale (a long slow drift may still draw
    level there), and never the wrong way.
    """
    span, top = high - low, len(_SPARKS) - 1
    out: list[int] = []
    shown: list[int] = []
    for value in values:
        now = whole(min(max(value, low), high))
        place = 0 if span <= 0 else min(top, int((now - low) / span * len(_SPARKS)))
        height = place
        if out:
            before, drawn = shown[-1], out[-1]
            if now == before:
                height = drawn
            elif now < before and height >= drawn:
                height = drawn - 1
            elif now > before and height <= drawn:
                height = drawn + 1
            height = max(0, place - 1, min(top, place + 1, height))
        out.append(height)
        shown.append(now)
    return "".join(_SPARKS[h] for h in out)


#: A sparkline of sessions shows at most this many, the latest: one line of a terminal.
SPARK_SESSIONS = 60


def session_sparkline(values: Sequence[float]) -> str:
    """Scores over sessions as a sparkline of the latest :data:`SPARK_SESSIONS`, led by
    "…" when earlier sessions are left out (5,000 sessions would be 5,000 characters)."""
    if len(values) <= SPARK_SESSIONS:
        return sparkline(values)
    return "…" + sparkline(values[-SPARK_SESSIONS:])
