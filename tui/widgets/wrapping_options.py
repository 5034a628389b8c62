"""An option list whose rows wrap again when its scroll bar comes or goes.

Textual's OptionList (textual is pinned in pyproject.toml) works out how many lines
each option takes at the width it has when the options are added, and again only on
a resize. A scroll bar that appears as the list fills takes two columns without a
resize, so a row that just fitted wrapped into a line the list never drew: in the
"that's not me" picker, a farmhand typing "ranch" saw "First-Line Supervisors of
Farming, Fishing, and Forestry" / "Workers" with its code and research percentile
gone, and "Lodging Managers"' line cut after "research percentile".
"""

from __future__ import annotations

from textual.widgets import OptionList


class WrappingOptionList(OptionList):
    """An OptionList that lays its rows out again at the width its scroll bar leaves."""

    def watch_show_vertical_scrollbar(self) -> None:
        """The scroll bar came or went: the rows' width changed, so their heights may."""
        # Both states are stable: with the bar the rows are narrower and only longer,
        # so the bar is still needed; without it they are wider and only shorter.
        self._clear_caches()
