"""Horizontal bar charts: the category mix, the work split and duty-by-duty exposure."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from career_resilience import wording as w
from career_resilience.tui.widgets.gauge import bar
from career_resilience.tui.widgets.tone import band_style


@dataclass(frozen=True)
class BarRow:
    """One labelled bar: ``value`` on 0-100 and the text printed after it."""

    label: str
    value: float
    figure: str
    style: str = "$primary"


class BarChart(Widget):
    """Rows of "label  ████░░░░  figure", the bars sharing one scale."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, label_width: int = 26, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label_width = label_width
        self.rows: list[BarRow] = []

    def show(self, rows: list[BarRow]) -> None:
        """Display new rows."""
        self.rows = rows
        self.refresh(layout=True)

    def render(self) -> Content:
        """One line per row."""
        if not self.rows:
            return Content.styled("nothing to show", "dim")
        width = max(self.content_size.width, 30)
        label_w = min(self.label_width, max(len(r.label) for r in self.rows), width // 2)
        figure_w = max(len(r.figure) for r in self.rows)
        bar_w = max(4, width - label_w - figure_w - 4)
        lines = []
        for r in self.rows:
            label = r.label if len(r.label) <= label_w else r.label[: label_w - 1] + "…"
            lines.append(
                Content.assemble(
                    label.ljust(label_w), "  ", bar(r.value, bar_w, r.style), "  ", r.figure
                )
            )
        return Content("\n").join(lines)


#: The three kinds of work, with a distinct texture each so the split reads in monochrome.
SPLIT_PARTS = (
    (w.MIX_NAMES["substitute"], "█", "$warning"),
    (w.MIX_NAMES["augment"], "▓", "$primary"),
    (w.MIX_NAMES["untouched"], "░", "$success"),
)


class WorkSplit(Widget):
    """One stacked bar of the work AI tends to substitute, augment, or leave alone."""

    DEFAULT_CSS = """
    WorkSplit {
        height: 4;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shares: tuple[float, float, float] = (0.0, 0.0, 1.0)

    def show(self, substitute: float, augment: float, untouched: float) -> None:
        """Display new shares (they sum to 1)."""
        self.shares = (substitute, augment, untouched)
        self.refresh()

    def render(self) -> Content:
        """The stacked bar, then a legend line per kind of work with its percentage."""
        width = max(self.content_size.width, 20)
        cells = w.split_cells(self.shares, width)
        # Whole percentages that add up to 100, as in the reports and the CLI.
        parts = w.whole_shares(self.shares)
        stacked = Content.assemble(
            *((char * n, style) for (_, char, style), n in zip(SPLIT_PARTS, cells, strict=True))
        )
        legend = [
            Content.assemble((char * 2, style), f" {part:3}%  {label}")
            for (label, char, style), part in zip(SPLIT_PARTS, parts, strict=True)
        ]
        return Content("\n").join([stacked, *legend])


class DutyBars(Widget):
    """Each duty with its own exposure: "score  bar  duty text"."""

    DEFAULT_CSS = """
    DutyBars {
        height: auto;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    BAR_WIDTH = 10

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.duties: list[tuple[str, float, str]] = []

    def show(self, duties: list[tuple[str, float, str]]) -> None:
        """Display ``(text, exposure, band)`` rows."""
        self.duties = duties
        self.refresh(layout=True)

    def render(self) -> Content:
        """One line per duty."""
        if not self.duties:
            return Content.styled(
                'No duties given. Add "what I do all day" on the profile for a sharper score.',
                "dim",
            )
        lines = []
        for text, exposure, band in self.duties:
            lines.append(
                Content.assemble(
                    f"{w.score(exposure):>3} ",
                    bar(exposure, self.BAR_WIDTH, band_style(band)),
                    f" {band:<9}  ",
                    text,
                )
            )
        return Content("\n").join(lines)
