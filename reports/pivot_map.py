"""The pivot map as an inline, self-contained SVG for the HTML report.

No external assets, scripts or fonts: the SVG uses the page's own font and plain
colours that print well. Every point carries a text label; colour is never the only
carrier (the person is a filled circle, pivots are numbered).
"""

from __future__ import annotations

from html import escape

from career_resilience import wording
from career_resilience.model.pivot_map import (
    QUADRANTS,
    X_SPLIT,
    Y_MAX,
    Y_MIN,
    Y_SPLIT,
    MapPoint,
    split_unit,
    to_unit,
)

WIDTH, HEIGHT = 640, 400
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 44
LABEL_CHARS = 34


def _xy(ux: float, uy: float) -> tuple[float, float]:
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    return LEFT + ux * plot_w, TOP + (1 - uy) * plot_h


def _short(text: str) -> str:
    """``text`` in at most :data:`LABEL_CHARS`, cut after a whole word (the one word
    cut, :func:`wording.cut_at_word`): a printed report has no tooltip, and "Forest and
    Conservation Technicia…" read as a typo. The list under the map names each numbered
    pivot in full."""
    cut = wording.cut_at_word(text, LABEL_CHARS)
    if cut == text:
        return text
    words = cut.removesuffix("…").split(" ")
    # "Locker Room, Coatroom, and…": a label does not end on a word that leads on.
    while len(words) > 1 and words[-1].lower() in _LEADS_ON:
        words.pop()
    return " ".join(words).rstrip(" ,;:-") + "…"


#: Words that join the next one ("and", "of"): a shortened label never ends on them.
_LEADS_ON = frozenset({"and", "or", "of", "the", "in", "for", "to", "with", "&"})


def pivot_map_svg(points: list[MapPoint]) -> str:
    """An ``<svg>`` element: exposure (x) against projected job change (y), labelled points."""
    sx, sy = split_unit()
    x0, y0 = _xy(0, 0)
    x1, y1 = _xy(1, 1)
    mx, my = _xy(sx, sy)
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-labelledby="pivot-map-title" class="pivot-map" '
        f'style="max-width:{WIDTH}px;font-family:inherit">',
        '<title id="pivot-map-title">Pivot map: AI exposure against projected change in '
        "jobs, for you and your top pivots</title>",
        # Quadrant shading: growing halves lighter green, shrinking halves light grey.
        f'<rect x="{x0}" y="{y1}" width="{x1 - x0}" height="{my - y1}" fill="#eef6ee"/>',
        f'<rect x="{x0}" y="{my}" width="{x1 - x0}" height="{y0 - my}" fill="#f3f3f3"/>',
        f'<line x1="{mx}" y1="{y1}" x2="{mx}" y2="{y0}" stroke="#999" stroke-dasharray="4 3"/>',
        f'<line x1="{x0}" y1="{my}" x2="{x1}" y2="{my}" stroke="#999" stroke-dasharray="4 3"/>',
        f'<rect x="{x0}" y="{y1}" width="{x1 - x0}" height="{y0 - y1}" fill="none" stroke="#666"/>',
    ]
    corners = {
        (False, True): (x0 + 6, y1 + 14, "start"),
        (True, True): (x1 - 6, y1 + 14, "end"),
        (False, False): (x0 + 6, y0 - 8, "start"),
        (True, False): (x1 - 6, y0 - 8, "end"),
    }
    for key, (tx, ty, anchor) in corners.items():
        parts.append(
            f'<text x="{tx:.0f}" y="{ty:.0f}" text-anchor="{anchor}" font-size="11" '
            f'fill="#555">{escape(QUADRANTS[key])}</text>'
        )
    parts += [
        f'<text x="{(x0 + x1) / 2:.0f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="12">'
        f"AI exposure (0-100; {X_SPLIT:.0f} = typical occupation)</text>",
        f'<text x="14" y="{(y0 + y1) / 2:.0f}" text-anchor="middle" font-size="12" '
        f'transform="rotate(-90 14 {(y0 + y1) / 2:.0f})">Projected change in jobs, 2022-32 '
        "(BLS)</text>",
        *(
            f'<text x="{x0 - 4}" y="{y}" text-anchor="end" font-size="10">'
            f"{wording.axis_change(mark, mark != Y_SPLIT)}</text>"
            for y, mark in ((y1 + 4, Y_MAX), (my + 4, Y_SPLIT), (y0, Y_MIN))
        ),
        f'<text x="{x0}" y="{y0 + 14}" text-anchor="middle" font-size="10">0</text>',
        f'<text x="{x1}" y="{y0 + 14}" text-anchor="middle" font-size="10">100</text>',
    ]
    places = _places(points, (x0, x1), (y1, my, y0))
    for point in sorted(points, key=lambda p: p.is_you):
        px, py, anchor, dx = places[id(point)]
        label = escape(_short(point.label))
        change = wording.job_change(point.change)
        tip = escape(f"{point.label}: exposure {wording.score(point.exposure)}, {change}")
        if point.is_you:
            shape = f'<circle cx="{px:.1f}" cy="{py:.1f}" r="7" fill="#1f3a93"/>'
            weight = ' font-weight="bold"'
        else:
            shape = (
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="8" fill="#fff" stroke="#1f3a93" '
                f'stroke-width="1.5"/><text x="{px:.1f}" y="{py + 4:.1f}" text-anchor="middle" '
                f'font-size="10" fill="#1f3a93">{escape(point.marker)}</text>'
            )
            weight = ""
        parts.append(
            f"<g><title>{tip}</title>{shape}"
            f'<text x="{px + dx:.1f}" y="{py + 4:.1f}" text-anchor="{anchor}" font-size="11"'
            f"{weight}>{label}</text></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


#: Height of one marker with its label, and the width a label letter takes at 11px.
ROW_PX, CHAR_PX = 18.0, 6.5
#: Vertical steps tried, nearest first, when a marker and its label would cover another.
STEPS = (0, 1, -1, 2, -2, 3, -3, 4, -4)

Box = tuple[float, float, float, float]


def _box(px: float, py: float, anchor: str, dx: float, label: str) -> Box:
    """The marker and its label as a rectangle (left, top, right, bottom), estimated."""
    width = len(_short(label)) * CHAR_PX
    left, right = (px + dx - width, px + 9) if anchor == "end" else (px - 9, px + dx + width)
    return left, py - ROW_PX / 2, right, py + ROW_PX / 2


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _places(
    points: list[MapPoint], xs: tuple[float, float], ys: tuple[float, float, float]
) -> dict[int, tuple[float, float, str, float]]:
    """Where each point's marker goes (x, y) and how its label is anchored, by ``id``.

    Two pivots with the same figures (Physician Assistants and Anesthesiologist
    Assistants, both 34 and +27%) were drawn on one spot: one number hid the other and
    the labels printed over each other. A marker that would cover one placed before is
    moved up or down a row, staying inside its own half of the map (as in the app's
    map); the person is placed first and never moves. The tooltip keeps the figures.
    """
    x0, x1 = xs
    top, split, bottom = ys
    placed: list[Box] = []
    places: dict[int, tuple[float, float, str, float]] = {}
    for point in sorted(points, key=lambda p: not p.is_you):
        px, py = _xy(*to_unit(point))
        # Labels go on the side with more room, so they stay inside the frame.
        anchor, dx = ("end", -12.0) if px > (x0 + x1) / 2 else ("start", 12.0)
        if point.change is None:
            low, high = top + ROW_PX / 2, bottom - ROW_PX / 2
        elif point.quadrant_key[1]:
            low, high = top + ROW_PX / 2, split - ROW_PX / 2
        else:
            low, high = split + ROW_PX / 2, bottom - ROW_PX / 2
        low, high = min(low, py), max(high, py)  # its own place is always allowed
        tries = [py + step * ROW_PX for step in STEPS] if not point.is_you else [py]
        free = (
            y
            for y in tries
            if low <= y <= high
            and not any(_overlaps(_box(px, y, anchor, dx, point.label), b) for b in placed)
        )
        y = next(free, py)
        placed.append(_box(px, y, anchor, dx, point.label))
        places[id(point)] = (px, y, anchor, dx)
    return places
