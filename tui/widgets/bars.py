"""Horizontal bar charts: the category mix, the work split and duty-by-duty exposure."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from career_resilience.tui.widgets.fitted import FittedText
from career_resilience.tui.widgets.gauge import bar
from career_resilience.tui.widgets.tone import band_style
from career_resilience.wording import MIX_KINDS, mix_percentages, score, split_cells


@dataclass(frozen=True)
class BarRow:
    """One labelled bar: ``value`` on 0-100 and the text printed after it."""

    label: str
    value: float
    figure: str
    style: str = "$text-primary"


class BarChart(FittedText):
    """Rows of "label  ████░░░░  figure", the bars sharing one scale.

    A label too long for its column wraps onto the next lines at word boundaries
    instead of losing its end: "Warehouse and material mo…" hid the word that mattered.
    """

    DEFAULT_CSS = """
    BarChart {
        height: auto;
        text-wrap: nowrap;
    }
    """

    def __init__(self, *, label_width: int = 40, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label_width = label_width
        self.rows: list[BarRow] = []

    def show(self, rows: list[BarRow]) -> None:
        """Display new rows."""
        self.rows = rows
        self.refresh(layout=True)

    def render_for(self, width: int) -> Content:
        """One line per row (and more for a label that wraps)."""
        if not self.rows:
            return Content.styled("nothing to show", "dim")
        width = max(width, 30)
        label_w = min(self.label_width, max(len(r.label) for r in self.rows), width // 2)
        figure_w = max(len(r.figure) for r in self.rows)
        bar_w = max(4, width - label_w - figure_w - 4)
        lines = []
        for r in self.rows:
            parts = textwrap.wrap(r.label, label_w) or [""]
            lines.append(
                Content.assemble(
                    parts[0].ljust(label_w), "  ", bar(r.value, bar_w, r.style), "  ", r.figure
                )
            )
            lines += [Content(part) for part in parts[1:]]
        return Content("\n").join(lines)


#: The three kinds of work, with a distinct texture each so the split reads in monochrome.
SPLIT_PARTS = dict(
    zip(
        MIX_KINDS,
        (("█", "$text-warning"), ("▓", "$text-primary"), ("░", "$text-success")),
        strict=True,
    )
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
        looks = [SPLIT_PARTS[kind] for kind in MIX_KINDS]
        cells = split_cells(self.shares, width)
        stacked = Content.assemble(
            *((char * n, style) for (char, style), n in zip(looks, cells, strict=True))
        )
        # The wording module's names and whole percentages, which add up to 100.
        mix = mix_percentages(dict(zip(MIX_KINDS, self.shares, strict=True)))
        legend = [
            Content.assemble((char * 2, style), f" {part:3d}%  {name}")
            for (char, style), (name, part) in zip(looks, mix, strict=True)
        ]
        return Content("\n").join([stacked, *legend])


class DutyBars(FittedText):
    """Each duty as the duty model rates it: "score  bar  band  duty text", and under it
    what AI does to it and its automation level. A line the model cannot read shows no
    number and says so.

    A long duty wraps under itself (a hanging indent) rather than being cut off.
    """

    DEFAULT_CSS = """
    DutyBars {
        height: auto;
        text-wrap: nowrap;
    }
    """

    BAR_WIDTH = 10

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.duties: list[tuple[str, float | None, str, str]] = []
        self.legend = ""

    def show(self, duties: list[tuple[str, float | None, str, str]], legend: str = "") -> None:
        """Display ``(text, exposure or None, band, what AI does to it)`` rows, and under
        them ``legend`` (what the automation levels mean; "" for none)."""
        self.duties = duties
        self.legend = legend
        self.refresh(layout=True)

    def render_for(self, width: int) -> Content:
        """One line per duty, its rating in words under it (a long duty wraps)."""
        width = max(width, 30)
        if not self.duties:
            empty = 'No duties given. Add "what I do all day" on the profile for a sharper score.'
            return Content.styled("\n".join(textwrap.wrap(empty, width)), "dim")
        lines = []
        indent = 4 + self.BAR_WIDTH + 12
        for text, exposure, band, detail in self.duties:
            parts = textwrap.wrap(text, max(10, width - indent)) or [""]
            if exposure is None:
                head = Content.assemble("  – ", " " * self.BAR_WIDTH, f" {'not rated':<9}  ")
            else:
                head = Content.assemble(
                    f"{score(exposure):>3} ",
                    bar(exposure, self.BAR_WIDTH, band_style(band)),
                    f" {band:<9}  ",
                )
            lines.append(Content.assemble(head, parts[0]))
            lines += [Content(" " * indent + part) for part in parts[1:]]
            for part in textwrap.wrap(detail, max(10, width - indent)):
                lines.append(Content.styled(" " * indent + part, "dim"))
        if self.legend:
            lines += [
                Content(""),
                *(Content.styled(p, "dim") for p in textwrap.wrap(self.legend, width)),
            ]
        return Content("\n").join(lines)
