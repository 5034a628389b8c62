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
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


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
        f'<text x="{x0 - 4}" y="{y1 + 4}" text-anchor="end" font-size="10">+{Y_MAX:.0f}%</text>',
        f'<text x="{x0 - 4}" y="{my + 4}" text-anchor="end" font-size="10">+{Y_SPLIT:.0f}%</text>',
        f'<text x="{x0 - 4}" y="{y0}" text-anchor="end" font-size="10">{Y_MIN:.0f}%</text>',
        f'<text x="{x0}" y="{y0 + 14}" text-anchor="middle" font-size="10">0</text>',
        f'<text x="{x1}" y="{y0 + 14}" text-anchor="middle" font-size="10">100</text>',
    ]
    for point in sorted(points, key=lambda p: p.is_you):
        px, py = _xy(*to_unit(point))
        label = escape(_short(point.label))
        change = wording.job_change(point.change)
        tip = escape(f"{point.label}: exposure {wording.score(point.exposure)}, {change}")
        # Labels go on the side with more room, so they stay inside the frame.
        anchor, dx = ("end", -12) if px > (x0 + x1) / 2 else ("start", 12)
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
