"""What moves the score: drivers that push exposure up and those that pull it down.

The lines are merged and worded by :mod:`career_resilience.model.driver_lines`, the
same as on the command line and in the reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget

from career_resilience.model import driver_lines
from career_resilience.model.driver_lines import DriverLine
from career_resilience.model.result import Driver, DutyScore, Result
from career_resilience.wording import DRIVERS_LEGEND, drivers_chosen, signed

if TYPE_CHECKING:
    from career_resilience.model.profile import Profile


def readable_drivers(
    drivers: Sequence[Driver], typed: dict[str, str], duties: Sequence[DutyScore] = ()
) -> list[DriverLine]:
    """The result's drivers as :func:`driver_lines.readable_drivers` words them."""
    return driver_lines.readable_drivers(
        [(d.feature, d.effect) for d in drivers], typed, [(d.text, d.exposure) for d in duties]
    )


class DriverList(Widget):
    """Top drivers, split into "pushes exposure up" and "pulls it down", in points."""

    DEFAULT_CSS = """
    DriverList {
        height: auto;
    }
    """

    def __init__(self, *, limit: int = 5, legend: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.legend = legend
        self.lines: list[DriverLine] = []
        self.instead = ""

    def show(
        self,
        drivers: Sequence[Driver],
        typed: dict[str, str],
        duties: Sequence[DutyScore] = (),
        layout: bool = True,
        instead: str = "",
    ) -> None:
        """Display new drivers (``layout=False`` when the widget has a fixed height).

        ``instead`` is said when there are no drivers for a reason (the person chose the
        occupation, so nothing they typed moves the score), rather than "nothing" twice.
        """
        lines = readable_drivers(drivers, typed, duties)
        if lines == self.lines and self.lines and instead == self.instead:
            return  # nothing to redraw (a live what-if often keeps the same drivers)
        self.lines = lines
        self.instead = instead
        self.refresh(layout=layout)

    def render(self) -> Content:
        """Two short lists with signed points and an arrow for each."""
        if self.instead and not self.lines:
            return Content.styled(self.instead, "dim")
        up = [line for line in self.lines if line.points > 0][: self.limit]
        down = [line for line in self.lines if line.points < 0][: self.limit]
        lines: list[Content] = [Content.styled("▲ Pushes exposure up", "bold")]
        lines += self._rows(up) or [Content.styled("  nothing", "dim")]
        lines.append(Content.styled("▼ Pulls exposure down", "bold"))
        lines += self._rows(down) or [Content.styled("  nothing", "dim")]
        if self.legend:
            lines.append(Content.styled(DRIVERS_LEGEND, "dim italic"))
        return Content("\n").join(lines)

    @staticmethod
    def _rows(lines: list[DriverLine]) -> list[Content]:
        # The sign and the arrow heading carry the direction: no colour is needed to read it.
        return [
            Content.assemble("  ", (f"{signed(line.points):>6}", "bold"), "  ", line.text)
            for line in lines
        ]


def typed_fields(profile: Profile) -> dict[str, str]:
    """What the person typed, per field, for :func:`readable_drivers`."""
    return driver_lines.typed_fields(profile.role, profile.skills, profile.duties)


def no_drivers_note(result: Result) -> str:
    """Why a result has no drivers, if it is because the person chose its placement."""
    if result.occupation_chosen or result.category_chosen:
        return drivers_chosen(result.occupation_chosen)
    return ""
