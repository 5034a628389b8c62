"""The exposure gauge (score, band word, likely range), a plain score meter and the
line of resilience's parts under it."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from career_resilience.tui.widgets.fitted import FittedText
from career_resilience.tui.widgets.prepared import Prepared
from career_resilience.tui.widgets.tone import band_style, resilience_style
from career_resilience.wording import (
    bar_cells,
    likely_range,
    percentile_words,
    score,
    wrap_parts,
)

FULL, EMPTY = "█", "░"


def bar(value: float, width: int, style: str) -> Content:
    """A 0-100 bar ``width`` cells wide; filled part in ``style``, the rest dim."""
    width = max(width, 4)
    filled = bar_cells(value, width)
    return Content.assemble((FULL * filled, style), (EMPTY * (width - filled), "dim"))


def interval_line(low: float, high: float, width: int) -> Content:
    """A bracket under the bar spanning the likely range, labelled with it."""
    width = max(width, 4)
    start = min(width - 1, round(max(0.0, low) / 100 * width))
    end = max(start + 1, min(width, round(min(100.0, high) / 100 * width)))
    label = f" {likely_range(low, high)} "
    span = "├" + "─" * max(0, end - start - 2) + "┤" if end - start >= 2 else "│"
    line = " " * start + span
    # The label goes after the bracket if it fits, else before it, else inside it, else
    # on a line of its own: a wide range at 80 columns (likely 18-67) fitted neither
    # side and the bracket was drawn with no numbers.
    inner = end - start - 2
    if len(line) + len(label) <= width:
        line = line + label
    elif start >= len(label):
        line = " " * (start - len(label)) + label + span
    elif inner >= len(label):
        left = (inner - len(label)) // 2
        line = " " * start + "├" + "─" * left + label + "─" * (inner - len(label) - left) + "┤"
    else:
        line = f"{line}\n{label.strip()}"
    return Content.styled(line, "dim")


class ExposureGauge(Prepared):
    """AI exposure 0-100 with its band as a word and the model's likely range.

    The what-if screen draws it ahead for the score a key will most likely show
    (:meth:`prepare_score`).
    """

    DEFAULT_CSS = """
    ExposureGauge {
        height: auto;
    }
    """

    exposure: reactive[float] = reactive(0.0)
    band: reactive[str] = reactive("")
    interval: reactive[tuple[float, float]] = reactive((0.0, 0.0))

    def show(self, exposure: float, band: str, interval: tuple[float, float]) -> None:
        """Display a new score (laid out again only if it takes another number of lines:
        the likely range gets a line of its own when its bracket has no room)."""
        lines = self._lines(self.text_for(exposure, band, interval))
        self.exposure, self.band, self.interval = exposure, band, interval
        if self.content_size.height and lines != self.content_size.height:
            self.refresh(layout=True)

    @staticmethod
    def _lines(text: Content) -> int:
        return text.plain.count("\n") + 1

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The lines the gauge takes at ``width``, the width it is being laid out at.

        Textual measures with :meth:`render`, which draws at the width the gauge had
        before: none at first, so the range went on a line of its own and the gauge
        kept a blank fifth line under it (what-if at 80x24).
        """
        return self._lines(self.text_for(self.exposure, self.band, self.interval, width))

    def render(self) -> Content:
        """Title line, bar, likely range, and the score in words."""
        return self.text_for(self.exposure, self.band, self.interval)

    def prepare_score(self, exposure: float, band: str, interval: tuple[float, float]) -> None:
        """Draw the gauge for a score now, to show it later without rendering it then."""
        self.prepare(self.text_for(exposure, band, interval))

    def text_for(
        self,
        exposure: float,
        band: str,
        interval: tuple[float, float],
        width: int | None = None,
    ) -> Content:
        """What the gauge shows for a score, at ``width`` (its own width if not given)."""
        width = max(self.content_size.width if width is None else width, 20)
        style = band_style(band)
        head = Content.assemble(
            ("AI exposure", "bold"),
            "  ",
            (score(exposure), "bold"),
            " / 100  ",
            (band, f"bold {style}"),
        )
        low, high = interval
        # The score is a percentile among occupations; say so in plain words.
        words = Content.styled(percentile_words(exposure), "dim")
        return Content("\n").join(
            [head, bar(exposure, width, style), interval_line(low, high, width), words]
        )


class ScoreMeter(Widget):
    """A labelled 0-100 score with a bar, e.g. resilience."""

    DEFAULT_CSS = """
    ScoreMeter {
        height: 2;
    }
    """

    score: reactive[float] = reactive(0.0)
    note: reactive[str] = reactive("")

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title

    def show(self, score: float, note: str = "") -> None:
        """Display a new score with an optional note after it."""
        self.score, self.note = score, note

    def render(self) -> Content:
        """Title line and bar."""
        width = max(self.content_size.width, 20)
        style = resilience_style(self.score)
        head = Content.assemble(
            (self.title, "bold"),
            "  ",
            (score(self.score), f"bold {style}"),
            " / 100  ",
            self.note,
        )
        return Content("\n").join([head, bar(self.score, width, style)])


class PartsLine(FittedText):
    """Under the resilience meter: the points each part of resilience gives, wrapped
    only between parts and before a part's note ("outlook 8/35" and "(2 kinds of work)"
    are never split), dim. Empty for a result saved before resilience had parts."""

    DEFAULT_CSS = """
    PartsLine {
        color: $text-muted;
    }
    """

    parts: reactive[tuple[str, ...]] = reactive((), layout=True)

    def show(self, parts: tuple[str, ...]) -> None:
        """Display ``parts`` (``wording.resilience_parts_words``); none hides the line."""
        self.parts = parts
        self.display = bool(parts)

    def render_for(self, width: int) -> Content:
        """The parts side by side, on as many lines as the width needs."""
        return Content("\n".join(wrap_parts(self.parts, max(width, 20), "", " · ")))
