"""The pivot map: a Textual-free layout, an inline SVG for reports, a widget for the app."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from textual.app import App, ComposeResult

from career_resilience import wording
from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_map import (
    QUADRANTS,
    MapPoint,
    describe,
    grid_cells,
    map_points,
    map_points_from_dict,
    split_cells,
    split_unit,
    to_unit,
)
from career_resilience.model.profile import Profile
from career_resilience.reports.pivot_map import pivot_map_svg
from career_resilience.tui.widgets.pivot_map import PivotMap

POINTS = [
    MapPoint("you (today)", 96.0, -5.5, "●", True),
    MapPoint("Billing and Posting Clerks", 85.0, 0.0, "1"),
    MapPoint("Data steward <&> governance", 91.0, 5.6, "2"),
    MapPoint("Pharmacy technician", 62.0, 5.6, "3"),
    MapPoint("Electrical lineworker", 10.6, 2.8, "4"),
    MapPoint("No projection here", 40.0, None, "5"),
]


def test_quadrants_are_named_in_plain_words():
    assert POINTS[0].quadrant == "exposed and shrinking: AI may take over parts of it"
    assert POINTS[2].quadrant == "exposed and growing: AI augments this work"
    # +2.8% is growth, but not what the outlook calls growing: stable, never "shrinking".
    assert POINTS[4].quadrant == "sheltered and stable: steady, few openings"
    assert describe(POINTS[4], short=True).endswith("— sheltered · stable")
    assert describe(POINTS[0], short=True).endswith("— exposed · shrinking")
    assert describe(POINTS[1], short=True).endswith("±0% jobs — exposed · stable")


def test_a_point_is_named_with_the_word_the_outlook_line_uses_for_its_figure():
    # A nursing assistant's +4.1% reads "Outlook stable" on the result; the map had put
    # it in the "growing" half (its line was the average occupation's +3%).
    for change in (-8.0, -2.0, -1.9, -1.4, 0.0, 2.3, 4.1, 4.4, 4.6, 4.9, 5.0, 5.6, 18.0):
        word = outlook_word(change)
        point = MapPoint("you (today)", 17.0, change, "●", True)
        assert point.quadrant_key[1] == (word == "growing"), change
        assert word in point.short_quadrant, (change, point.short_quadrant)
    # The legend shows the change whole: +4.6 reads "+5% jobs", so its half is growing
    # (it had read "+5% jobs — sheltered · stable", below the +5% line).
    near = MapPoint("you (today)", 17.0, 4.6, "●", True)
    assert describe(near, short=True).endswith("+5% jobs — sheltered · growing")
    assert describe(MapPoint("x", 60.0, -1.6, "1"), short=True).endswith(
        "−2% jobs — exposed · shrinking"
    )


def test_points_come_from_a_stored_result_even_an_old_one():
    stored = {
        "exposure": 80.0,
        "occupations": [{"onet_soc": "43-3031.00", "bls_change_pct": -5.5}],
        "pivots": [
            {"label": "Billing clerk", "exposure": 85.0, "bls_change_pct": 0.0},
            {"label": "Saved before BLS figures", "exposure": 70.0},
        ],
    }
    you, first, old = map_points_from_dict(stored)
    assert (you.is_you, you.change, first.change, old.change) == (True, -5.5, 0.0, None)
    assert "no BLS projection" in describe(old)


def test_ai_era_work_is_named_by_the_articles_trend_its_detail_gives():
    # An AI-era pivot BLS projects nothing for is weighed with the articles' trend, and its
    # detail says so; the legend beside it had read "no BLS projection — exposed", as if
    # it had no outlook at all.
    stored = {
        "exposure": 100.0,
        "pivots": [
            {"label": "AI evaluation specialist", "exposure": 98.0, "bls_change_pct": None,
             "outlook": "growing"},
            {"label": "Saved before BLS figures", "exposure": 70.0},
        ],
    }  # fmt: skip
    _, ai_era, old = map_points_from_dict(stored)
    detail = wording.pivot_projection("growing", None)
    assert describe(ai_era, short=True).endswith(f"{detail} — exposed · growing")
    assert describe(ai_era).endswith("— exposed and growing: AI augments this work")
    assert describe(old).endswith("no BLS projection — exposed")  # no trend: as before


def test_the_report_map_and_the_legend_word_a_point_alike():
    point = MapPoint("Payroll clerk", 78.5, -2.85, "1")
    svg = pivot_map_svg([point])
    # One rounding rule (78.5 is "79") and one way to say a change in jobs, in both.
    assert "Payroll clerk: exposure 79, −3% jobs" in svg
    assert "exposure 79, −3% jobs" in describe(point)


def test_the_legend_gives_a_pivot_the_figure_its_detail_gives():
    # The pivots view shows both side by side: the legend once read "+5.5% jobs" beside
    # the detail's "BLS projects +6% jobs", one projection two ways.
    for change in (5.5, -5.5, 4.6, 0.04, 12.4):
        shown = re.search(r"([+−±]\d+)% jobs", describe(MapPoint("Pivot", 40.0, change, "1")))
        assert shown, change
        assert f"BLS projects {shown.group(1)}% jobs" in wording.bls_projection(change), change


def test_points_never_hide_each_other_on_the_grid():
    crowded = [MapPoint(f"p{i}", 80.0, 5.0, str(i)) for i in range(1, 6)]
    cells = grid_cells([POINTS[0], *crowded], 40, 9)
    assert len(cells) == 6


def test_crowded_markers_never_stand_side_by_side_as_one_figure():
    # A teacher's map at 80x24 drew pivots 1 and 2 in neighbouring cells: "12".
    crowded = [MapPoint(f"p{i}", 80.0, 5.0, str(i)) for i in range(1, 6)]
    cells = grid_cells([POINTS[0], *crowded], 40, 9)
    assert len(cells) == 6
    for col, row in cells:
        assert (col + 1, row) not in cells, cells


@pytest.mark.parametrize("width", [40, 68, 113])
def test_every_marker_is_drawn_in_its_own_quadrant_never_on_a_line(width):
    # A 5th grade teacher's map at 80x24: pivot 2 (+2.9%, "stable") and pivot 3 (+5.4%,
    # "growing") were both drawn on the +5% line, so neither half could be told.
    teacher = [
        MapPoint("you (today)", 60.0, 0.7, "●", True),
        MapPoint("Special Education Teachers, Preschool", 54.0, 1.9, "1"),
        MapPoint("Adapted Physical Education Specialists", 56.0, 2.9, "2"),
        MapPoint("Educational, Guidance, and Career Counselors", 72.0, 5.4, "3"),
        MapPoint("Education Administrators", 66.0, 1.1, "4"),
        MapPoint("Just below the middle", 49.6, 4.99, "5"),
    ]
    for points in (teacher, POINTS):
        cells = grid_cells(points, width, 9)
        split_col, split_row = split_cells(width, 9)
        for (col, row), point in cells.items():
            exposed, growing = point.quadrant_key
            assert (col > split_col) == exposed and col != split_col, (point, col)
            if point.change is None:
                continue  # no projection: on the line, and the legend says so
            assert (row < split_row) == growing and row != split_row, (point, row)
        assert len(cells) == len(points)


@pytest.mark.parametrize("width", [40, 68, 113])
def test_ai_era_work_the_articles_call_growing_is_drawn_in_the_growing_half(width):
    # A translator's AI evaluation move (no BLS projection, "the articles call it
    # growing") was drawn on the +5% line, where it read as no outlook at all.
    points = [
        MapPoint("you (today)", 100.0, 4.3, "●", True),
        MapPoint("AI language evaluation specialist", 99.0, None, "1", trend="growing"),
        MapPoint("No projection, no trend", 40.0, None, "2"),
    ]
    cells = {point.marker: cell for cell, point in grid_cells(points, width, 9).items()}
    split_row = split_cells(width, 9)[1]
    assert cells["1"][1] < split_row  # above the line: growing
    assert cells["2"][1] == split_row  # no outlook at all: on the line, as before
    assert to_unit(points[1])[1] > split_unit()[1] == to_unit(points[2])[1]  # the report


def test_svg_is_self_contained_and_labels_every_point():
    svg = pivot_map_svg(POINTS)
    root = ET.fromstring(svg)  # well-formed, labels escaped
    text = "".join(root.itertext())
    for point in POINTS:
        assert point.label[:20] in text
    for name in QUADRANTS.values():
        assert name in text
    assert "href" not in svg and "<script" not in svg and "url(" not in svg


def _svg_markers(svg: str) -> dict[str, tuple[float, float, float]]:
    """Each pivot's number: its circle's centre and the y of its label line."""
    found = {}
    for group in ET.fromstring(svg).iter("g"):
        circle, texts = group.find("circle"), group.findall("text")
        if circle is not None and circle.get("r") == "8":
            found[texts[0].text or ""] = (
                float(circle.get("cx", 0)),
                float(circle.get("cy", 0)),
                float(texts[1].get("y", 0)),
            )
    return found


def test_report_map_draws_pivots_with_the_same_figures_apart():
    # A nurse who chose Critical Care Nurses: Physician Assistants and Anesthesiologist
    # Assistants are both 34 and +27% jobs. The report drew both on one spot: "2" hid
    # under "3" and the two names printed over each other.
    points = [
        MapPoint("you (today)", 53.0, 5.6, "●", True),
        MapPoint("Nurse Practitioners", 57.0, 45.0, "1"),
        MapPoint("Physician Assistants", 34.0, 27.0, "2"),
        MapPoint("Anesthesiologist Assistants", 34.0, 27.0, "3"),
        MapPoint("Same again, shrinking", 34.0, -4.0, "4"),
        MapPoint("Same again, shrinking too", 34.0, -4.0, "5"),
    ]
    markers = _svg_markers(pivot_map_svg(points))
    assert set(markers) == {"1", "2", "3", "4", "5"}
    for a, b in (("2", "3"), ("4", "5")):
        (ax, ay, a_label), (bx, by, b_label) = markers[a], markers[b]
        assert abs(ay - by) >= 16 or abs(ax - bx) >= 16, (a, b, markers)
        assert abs(a_label - b_label) >= 12, (a, b, markers)
    # Each stays in its own half: growing above the +5% line, shrinking below it.
    split = float(re.search(r'<text x="[\d.]+" y="([\d.]+)"[^>]*>\+5%<', pivot_map_svg(points))[1])
    assert markers["2"][1] < split - 4 and markers["3"][1] < split - 4
    assert markers["4"][1] > split - 4 and markers["5"][1] > split - 4


class MapApp(App[None]):
    """Just the map, as the pivots screen would show it."""

    def compose(self) -> ComposeResult:
        yield PivotMap()

    def on_mount(self) -> None:
        self.query_one(PivotMap).show(POINTS)


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
async def test_the_widget_fits_80_columns_and_names_every_point(theme):
    app = MapApp()
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        widget = app.query_one(PivotMap)
        assert widget.size.width <= 80
        lines = [str(line) for line in widget.render().split("\n")]
        assert all(len(line) <= 80 for line in lines)
        body = "\n".join(lines)
        assert "●" in body and all(str(i) in body for i in range(1, 6))
        assert "exposed · growing" in body and "sheltered · stable/shrinking" in body
        for point in POINTS:
            assert point.label[:15] in body


def test_the_widget_snapshot_in_the_light_theme(snap_compare):
    async def light(pilot):
        pilot.app.theme = "textual-light"
        await pilot.pause()

    assert snap_compare(MapApp(), terminal_size=(80, 24), run_before=light)


def test_a_corner_name_is_never_cut_by_a_point():
    # At 120 columns "exposed · growing" read "exposed · grow2●1": points near the top
    # right were drawn over it. A name with a point in it is left to the legend.
    crowded = [
        MapPoint("you (today)", 97.0, 35.0, "●", True),
        MapPoint("Data Scientists", 97.0, 35.0, "1"),
        MapPoint("Business Intelligence Analysts", 95.0, 35.0, "2"),
    ]
    widget = PivotMap()
    widget.show(crowded)
    plot = widget.render_for(60).plain.splitlines()[:9]
    text = "\n".join(plot)
    assert "exposed · grow" not in text  # neither whole beside the points nor cut by them
    assert "sheltered · growing" in text  # the empty corner keeps its name
    assert "●" in plot[0] and "1" in plot[0] + plot[1]  # 1 just under you, not beside


def test_the_you_point_shows_the_figure_the_outlook_line_states(engine):
    # A home health aide (no BLS row of its own, matched at 99.9%) had a map point at
    # "+19% jobs", the figure of an occupation matched at under 1%, while the outlook
    # line and the pivots note gave none.
    aide = engine.score(Profile.create("Home health aide", "", ""))
    assert aide.occupations[0].title == "Home Health Aides"
    assert "no 2022-32 projection" in aide.outlook_basis or "only" in aide.outlook_basis
    you = map_points(aide)[0]
    assert you.change is None and aide.to_dict()["outlook_change_pct"] is None
    assert "no BLS projection" in describe(you)
    # Where the line states a figure, the point states the same one.
    for role in ("Nursing assistant", "Plumber", "Cashier", "911 dispatcher"):
        result = engine.score(Profile.create(role, "", ""))
        you = map_points(result)[0]
        assert you.change is not None, role
        stated = f"BLS projects {wording.signed(you.change, 0)}%"
        assert stated in result.outlook_basis, (role, result.outlook_basis)
        assert map_points_from_dict(result.to_dict())[0].change == round(you.change, 1)


def test_the_app_map_names_a_scored_ai_era_move_by_its_trend(engine):
    # The app draws from the result itself (map_points), not from a stored dict: the
    # trend must reach its points too.
    result = engine.score(
        Profile.create("Senior software engineer", "Java; Kubernetes; system design", "")
    )
    trended = [
        (p, point)
        for p, point in zip(result.pivots[:5], map_points(result)[1:], strict=True)
        if p.outlook
    ]
    assert trended, [p.label for p in result.pivots]
    for pivot, point in trended:
        assert wording.pivot_projection(pivot.outlook, None) in describe(point), pivot.label


def test_the_jobs_axis_writes_a_fall_as_the_legend_beside_it_does():
    # Seen in tmux (a bank teller, 200x50): the axis read "-15%" beside "you (today):
    # exposure 73, −15% jobs" in the legend; both now come from wording, real minus sign.
    widget = PivotMap()
    widget.show(POINTS)
    axis = [line[:6] for line in widget.render_for(60).plain.splitlines()[:9]]
    # The edges hold the points beyond them: a nurse practitioner's +45% sat on "+30%".
    assert [mark.strip(" │") for mark in axis if mark.strip(" │")] == ["≥+30%", "+5%", "≤−15%"]
    svg = pivot_map_svg(POINTS)
    assert ">≥+30%</text>" in svg and ">≤−15%</text>" in svg and ">-15%" not in svg
