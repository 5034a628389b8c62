"""The pivot map without a screen: points, axes and quadrant names, for the app and reports.

x is AI exposure (0-100, percentile among occupations), y the projected change in
employment 2022-32 (BLS). The person's occupation and their top pivots are the points.
The quadrants split at the typical occupation's exposure, 50, and where the result's
outlook word starts to say "growing" (model/grounded.py's GROWING_PCT, +5%), so a point
and the outlook line never name the same figure differently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from career_resilience import wording
from career_resilience.model.grounded import GROWING_PCT, outlook_word
from career_resilience.model.result import Result

#: Where the quadrants split: the typical occupation's exposure, and the outlook word's
#: "growing" (one threshold, one place: the result's "Outlook stable" at +4% had sat in
#: the map's "growing" half, whose line was the average occupation's +3%).
X_SPLIT, Y_SPLIT = 50.0, GROWING_PCT
#: The y axis shown (projected change, %); points beyond sit on the edge.
Y_MIN, Y_MAX = -15.0, 30.0
#: How far from the line AI-era work BLS projects nothing for is drawn, into the half
#: of the articles' trend (points of projected change): near the line, as no figure
#: places it higher, but inside the half its legend names ("the articles call it
#: growing"); on the line it had read as no outlook at all.
TREND_STEP = 2.5
#: Quadrant names in plain words: (exposed?, growing?) -> name. Below the line is work
#: the outlook calls stable or shrinking (a plumber's +2% was once called "shrinking"
#: when the lower half had that name alone).
QUADRANTS = {
    (True, True): "exposed and growing: AI augments this work",
    (True, False): "exposed, stable or shrinking: AI may do parts of it",
    (False, True): "sheltered and growing: the safest ground",
    # Short enough that the report's two lower corners never meet (640-px map: 96
    # characters together at 11 px, where 100 fitted).
    (False, False): "sheltered, stable or shrinking: few openings",
}
#: The same, in a few words each, for narrow places (the plot's corners: the left half
#: of the 120x40 pivots view has room for 30 characters).
SHORT_QUADRANTS = {
    (True, True): "exposed · growing",
    (True, False): "exposed · stable/shrinking",
    (False, True): "sheltered · growing",
    (False, False): "sheltered · stable/shrinking",
}
#: A point below the line is named by its own figure's outlook word, as the result's
#: outlook line would name it: (exposed?, word) -> (name, short name).
BELOW_THE_LINE = {
    (True, "stable"): ("exposed and stable: AI may take over parts of it", "exposed · stable"),
    (True, "shrinking"): ("exposed and shrinking: AI may take over parts of it",
                          "exposed · shrinking"),
    (False, "stable"): ("sheltered and stable: steady, few openings", "sheltered · stable"),
    (False, "shrinking"): ("sheltered but shrinking: steady, fewer openings",
                           "sheltered · shrinking"),
}  # fmt: skip


@dataclass(frozen=True)
class MapPoint:
    """One labelled point: the person ("you", marker ``●``) or a pivot (marker ``1``-``9``)."""

    label: str
    exposure: float
    change: float | None  # projected employment change, %; None when BLS has none
    marker: str
    is_you: bool = False
    #: AI-era work BLS projects none of: the articles' trend word its outlook is
    #: weighed with (``Pivot.outlook``), named in the legend instead of no outlook at all.
    trend: str = ""

    @property
    def y(self) -> float:
        """The change as shown, clipped to the axis: +4.6 reads "+5% jobs", and the
        outlook word calls it growing, so it is drawn in the growing half too. Unknown
        sits on the line between the halves; AI-era work with the articles' trend just
        inside that trend's half (``TREND_STEP``)."""
        if self.change is None:
            value = Y_SPLIT
            if self.trend:
                value += TREND_STEP if self.trend == "growing" else -TREND_STEP
        else:
            value = wording.shown_change(self.change)
        return max(Y_MIN, min(Y_MAX, value))

    @property
    def quadrant(self) -> str:
        """The plain-words name of where the point is (below the line, by its own figure)."""
        return self._names()[0]

    @property
    def short_quadrant(self) -> str:
        """The same in a few words (the terminal legend)."""
        return self._names()[1]

    def _names(self) -> tuple[str, str]:
        key = self.quadrant_key
        if key[1] or self.change is None:
            return QUADRANTS[key], SHORT_QUADRANTS[key]
        return BELOW_THE_LINE[key[0], outlook_word(self.change)]

    @property
    def quadrant_key(self) -> tuple[bool, bool]:
        """(exposed?, growing?) for this point (by the articles' word where it has one)."""
        if self.change is None and self.trend:
            return self.exposure >= X_SPLIT, self.trend == "growing"
        return self.exposure >= X_SPLIT, self.y >= Y_SPLIT


def your_change(result: Result) -> float | None:
    """The projected change the result's outlook line states (None: it states none).

    Not the first matched occupation that has a figure: a home health aide (no BLS row of
    its own) had shown the +19% of an occupation matched at under 1%, beside an outlook
    line and a pivots note that gave none.
    """
    return result.outlook_change_pct


def map_points(result: Result, limit: int = 5) -> list[MapPoint]:
    """The person and their top ``limit`` pivots as map points."""
    points = [MapPoint("you (today)", result.exposure, your_change(result), "●", True)]
    for i, pivot in enumerate(result.pivots[:limit], 1):
        points.append(
            MapPoint(pivot.label, pivot.exposure, pivot.bls_change_pct, str(i), trend=pivot.outlook)
        )
    return points


def map_points_from_dict(result: Mapping[str, Any], limit: int = 5) -> list[MapPoint]:
    """The same points from a result as stored (JSON contract); old sessions read tolerantly.

    A stored pivot without ``bls_change_pct`` (sessions saved before it existed) sits on
    the typical line and says it has no projection.
    """
    you_change = None
    if "outlook_change_pct" in result:
        stated = result["outlook_change_pct"]
        you_change = None if stated is None else float(stated)
    # Saved before the outlook's figure was stored: the figure its map showed then.
    for occupation in [] if "outlook_change_pct" in result else result.get("occupations") or []:
        if isinstance(occupation, Mapping) and occupation.get("bls_change_pct") is not None:
            you_change = float(occupation["bls_change_pct"])
            break
    points = [MapPoint("you (today)", float(result.get("exposure", 0.0)), you_change, "●", True)]
    for i, pivot in enumerate((result.get("pivots", []) or [])[:limit], 1):
        change = pivot.get("bls_change_pct")
        points.append(
            MapPoint(
                str(pivot.get("label", "")),
                float(pivot.get("exposure", 0.0)),
                None if change is None else float(change),
                str(i),
                trend=str(pivot.get("outlook") or ""),
            )
        )
    return points


def to_unit(point: MapPoint) -> tuple[float, float]:
    """The point in 0-1 coordinates: x right, y up."""
    return point.exposure / 100.0, (point.y - Y_MIN) / (Y_MAX - Y_MIN)


def split_unit() -> tuple[float, float]:
    """Where the quadrant lines cross, in 0-1 coordinates."""
    return X_SPLIT / 100.0, (Y_SPLIT - Y_MIN) / (Y_MAX - Y_MIN)


def split_cells(width: int, height: int) -> tuple[int, int]:
    """The column and row of a ``width`` x ``height`` grid the quadrant lines are drawn on."""
    sx, sy = split_unit()
    return round(sx * (width - 1)), round((1 - sy) * (height - 1))


def grid_cells(points: list[MapPoint], width: int, height: int) -> dict[tuple[int, int], MapPoint]:
    """Each point's cell in a ``width`` x ``height`` character grid (row 0 at the top).

    Points that would share a cell are nudged to the nearest free cell, so every
    marker stays visible; the person is placed first and never moves. A nudged marker
    keeps a blank cell from the markers beside it where there is room: "1" and "2" side
    by side read as pivot 12 (seen at 80x24 on a teacher's map). A point stays in its
    own quadrant, never on a line between two: a teacher's +2.9% ("stable") and +5.4%
    ("growing") were both drawn on the +5% line, where neither half could be told.
    Only a point without a projection or a trend sits on the line, as the legend says;
    AI-era work the articles call growing is drawn in the growing half, just above it.
    """
    taken: dict[tuple[int, int], MapPoint] = {}
    split_col, split_row = split_cells(width, height)

    def apart(cell: tuple[int, int]) -> bool:
        col, row = cell
        return (col - 1, row) not in taken and (col + 1, row) not in taken

    for point in sorted(points, key=lambda p: not p.is_you):
        exposed, growing = point.quadrant_key
        cols = range(split_col + 1, width) if exposed else range(split_col)
        if point.change is None and not point.trend:  # on the line, as its legend says
            rows = range(height)
        else:  # rows count from the top: growing work is above the line
            rows = range(split_row) if growing else range(split_row + 1, height)
        cols, rows = cols or range(width), rows or range(height)
        ux, uy = to_unit(point)
        col = min(cols[-1], max(cols[0], round(ux * (width - 1))))
        row = min(rows[-1], max(rows[0], round((1 - uy) * (height - 1))))
        cells = [
            (min(cols[-1], max(cols[0], col + dc)), min(rows[-1], max(rows[0], row + dr)))
            for dc, dr in NUDGES
        ]
        free = [cell for cell in dict.fromkeys(cells) if cell not in taken]
        cell = next((c for c in free if apart(c)), free[0] if free else None)
        if cell is not None:
            taken[cell] = point
    return taken


#: Where a point goes when its own cell is taken, nearest first (column, row steps);
#: up and down and two columns across come before the cells right beside it.
NUDGES = (
    (0, 0), (0, -1), (0, 1), (2, 0), (-2, 0), (2, -1), (-2, -1), (2, 1), (-2, 1),
    (0, -2), (0, 2), (1, 0), (-1, 0), (1, 1), (-1, -1), (1, -1), (-1, 1),
)  # fmt: skip


def describe(point: MapPoint, short: bool = False) -> str:
    """One legend line: marker, label, exposure, projected change and quadrant.

    ``short`` names the quadrant in two words (the terminal legend); a point without a
    BLS projection is not given a growth half at all, unless it is AI-era work the
    articles give a trend (named as the pivot's detail names it).
    """
    change = wording.job_change(point.change)
    if point.change is None and point.trend:
        change = wording.pivot_projection(point.trend, None)
        where = point.short_quadrant if short else point.quadrant
    elif point.change is None:
        where = "exposed" if point.exposure >= X_SPLIT else "sheltered"
    else:
        where = point.short_quadrant if short else point.quadrant
    exposure = wording.score(point.exposure)
    return f"{point.marker} {point.label}: exposure {exposure}, {change} — {where}"
