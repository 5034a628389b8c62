"""The exposure gauge always says its likely range in numbers, whatever its width."""

from __future__ import annotations

import pytest

from career_resilience.tui.widgets.gauge import interval_line


@pytest.mark.parametrize(
    ("low", "high", "width"),
    [(18.0, 67.0, 33), (30.0, 60.0, 33), (12.0, 80.0, 46), (40.0, 44.0, 33), (0.0, 100.0, 20)],
)
def test_a_wide_range_in_a_narrow_gauge_still_says_its_numbers(low, high, width) -> None:
    # A 157-character title (a seasonal farm worker) scored 41, likely 18-67: at 80
    # columns the gauge drew the bracket "├───────────────┤" with no numbers, as the
    # label fitted neither after nor before it.
    shown = interval_line(low, high, width).plain
    assert f"likely {round(low)}–{round(high)}" in shown, shown
    assert all(len(line) <= width for line in shown.splitlines()), shown
    assert "├" in shown and "┤" in shown
