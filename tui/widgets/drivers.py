"""What moves the score: drivers that push exposure up and those that pull it down.

The lines are merged and worded by :mod:`career_resilience.model.driver_lines`, the
same as on the command line and in the reports. The model names a long duty by its
first 48 characters ("…by ra…"); here, with the person's duty lines at hand, it is
shown whole, and a row too long for the panel wraps under its own text, not under
the points.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content

from career_resilience.model import driver_lines
from career_resilience.model.driver_lines import DriverLine
from career_resilience.model.result import Driver, DutyScore, Result
from career_resilience.tui.widgets.fitted import FittedText
from career_resilience.tui.widgets.prepared import Prepared
from career_resilience.wording import (
    DRIVERS_LEGEND,
    drivers_chosen,
    duty_driver,
    signed,
)

if TYPE_CHECKING:
    from career_resilience.model.profile import Profile


def readable_drivers(
    drivers: Sequence[Driver], typed: dict[str, str], duties: Sequence[DutyScore] = ()
) -> list[DriverLine]:
    """The result's drivers as :func:`driver_lines.readable_drivers` words them."""
    return driver_lines.readable_drivers(
        [(d.feature, d.effect) for d in drivers], typed, [(d.text, d.exposure) for d in duties]
    )


#: A duty the model named by its start: 'duty "Dispatch police, fire and ambulance…"'.
_CUT_DUTY = re.compile(r'^duty "(.*)…"$')
#: Columns before a row's text: two spaces, the points (6) and two spaces.
_INDENT = 10


def whole_duty(text: str, duties: Sequence[str]) -> str:
    """``text`` with a shortened duty replaced by the duty line it starts."""
    cut = _CUT_DUTY.match(text)
    if cut:
        for duty in duties:
            if duty.startswith(cut[1].rstrip()):
                return duty_driver(duty)
    return text


class DriverList(Prepared, FittedText):
    """Top drivers, split into "pushes exposure up" and "pulls it down", in points.

    The what-if screen draws it ahead for the result a key will most likely show
    (:meth:`prepare_drivers`).
    """

    DEFAULT_CSS = """
    DriverList {
        height: auto;
        text-wrap: nowrap;
    }
    """

    def __init__(self, *, limit: int = 5, legend: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.legend = legend
        self.lines: list[DriverLine] = []
        self.instead = ""
        self.duties: list[str] = []
        self.total = ""  # "These points add up: ..." (results saved before: none)

    def show(
        self,
        drivers: Sequence[Driver],
        typed: dict[str, str],
        duties: Sequence[DutyScore] = (),
        layout: bool = True,
        instead: str = "",
        score: float | None = None,
    ) -> None:
        """Display new drivers (``layout=False`` when the widget has a fixed height).

        ``instead`` is said when there are no drivers for a reason (the person chose the
        occupation, so nothing they typed moves the score), rather than "nothing" twice.
        ``score``: the exposure shown, which the legend says the points add up to.
        """
        lines = readable_drivers(drivers, typed, duties)
        pairs = [(d.feature, d.effect) for d in drivers]
        total = "" if score is None else driver_lines.total_line(pairs, lines, score)
        if lines == self.lines and self.lines and instead == self.instead and total == self.total:
            return  # nothing to redraw (a live what-if often keeps the same drivers)
        self.total = total
        self.lines = lines
        self.instead = instead
        self.duties = [d.text for d in duties]
        self.refresh(layout=layout)

    def prepare_drivers(
        self,
        drivers: Sequence[Driver],
        typed: dict[str, str],
        duties: Sequence[DutyScore] = (),
        instead: str = "",
    ) -> None:
        """Draw the list for these drivers now, to show them later without rendering then."""
        lines = readable_drivers(drivers, typed, duties)
        width = self.content_size.width or self.FALLBACK_WIDTH
        self.prepare(self._text(lines, instead, [d.text for d in duties], width))

    def render_for(self, width: int) -> Content:
        """Two short lists with signed points and an arrow for each."""
        return self._text(self.lines, self.instead, self.duties, width)

    def _text(
        self, all_lines: list[DriverLine], instead: str, duties: list[str], width: int
    ) -> Content:
        if instead and not all_lines:
            return Content("\n").join(
                Content.styled(part, "dim") for part in textwrap.wrap(instead, width) or [""]
            )
        up = self._kept([line for line in all_lines if line.points > 0])
        down = self._kept([line for line in all_lines if line.points < 0])
        lines: list[Content] = [Content.styled("▲ Pushes exposure up", "bold")]
        lines += self._rows(up, width, duties) or [Content.styled("  nothing", "dim")]
        lines.append(Content.styled("▼ Pulls exposure down", "bold"))
        lines += self._rows(down, width, duties) or [Content.styled("  nothing", "dim")]
        if self.legend:
            lines += [
                Content.styled(part, "dim italic")
                for part in textwrap.wrap(
                    " ".join(filter(None, [DRIVERS_LEGEND, self.total])), width
                )
            ]
        return Content("\n").join(lines)

    def _kept(self, lines: list[DriverLine]) -> list[DriverLine]:
        """The ``limit`` lines that move the score most, in the order given.

        The rest line (what the named items leave) comes last, and a plain cut always
        dropped it: what-if's three lines for a court clerk showed a +1.0 skill and left
        out the rest's +6.0. It now competes by its size like any other line.
        """
        if len(lines) <= self.limit:
            return lines
        biggest = sorted(range(len(lines)), key=lambda i: -abs(lines[i].points))
        return [lines[i] for i in sorted(biggest[: self.limit])]

    def _rows(self, lines: list[DriverLine], width: int, duties: list[str]) -> list[Content]:
        # The sign and the arrow heading carry the direction: no colour is needed to read it.
        rows: list[Content] = []
        for line in lines:
            text = whole_duty(line.text, duties)
            parts = textwrap.wrap(text, max(12, width - _INDENT)) or [""]
            rows.append(
                Content.assemble("  ", (f"{signed(line.points):>6}", "bold"), "  ", parts[0])
            )
            rows += [Content(" " * _INDENT + part) for part in parts[1:]]
        return rows


def typed_fields(profile: Profile) -> dict[str, str]:
    """What the person typed, per field, for :func:`readable_drivers`."""
    return driver_lines.typed_fields(profile.role, profile.skills, profile.duties)


def no_drivers_note(result: Result) -> str:
    """Why a result has no drivers, if it is because the person chose its placement."""
    if result.occupation_chosen or result.category_chosen:
        return drivers_chosen(result.occupation_chosen)
    return ""
