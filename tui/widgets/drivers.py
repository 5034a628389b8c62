"""What moves the score: drivers that push exposure up and those that pull it down."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widget import Widget

from career_resilience.model.result import Driver
from career_resilience.wording import signed


class DriverList(Widget):
    """Top drivers, split into "pushes exposure up" and "pulls it down", in points."""

    DEFAULT_CSS = """
    DriverList {
        height: auto;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, limit: int = 5, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.drivers: Sequence[Driver] = ()

    def show(self, drivers: Sequence[Driver], layout: bool = True) -> None:
        """Display new drivers (``layout=False`` when the widget has a fixed height)."""
        self.drivers = drivers
        self.refresh(layout=layout)

    def render(self) -> Content:
        """Two short lists with signed points and an arrow for each."""
        up = sorted((d for d in self.drivers if d.effect > 0.05), key=lambda d: -d.effect)
        down = sorted((d for d in self.drivers if d.effect < -0.05), key=lambda d: d.effect)
        lines: list[Content] = [Content.styled("▲ Pushes exposure up", "bold")]
        lines += self._rows(up[: self.limit], "$warning") or [Content.styled("  nothing", "dim")]
        lines.append(Content.styled("▼ Pulls exposure down", "bold"))
        lines += self._rows(down[: self.limit], "$success") or [Content.styled("  nothing", "dim")]
        return Content("\n").join(lines)

    @staticmethod
    def _rows(drivers: list[Driver], style: str) -> list[Content]:
        return [
            Content.assemble("  ", (f"{signed(float(d.effect)):>6}", style), "  ", d.feature)
            for d in drivers
        ]
