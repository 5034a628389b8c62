"""The matched O*NET occupations on the result, wrapped so no part is split.

A Static wrapped "(<1%)  research percentile 48" at any space, leaving "research" at
the end of one line and "percentile 48" on the next (a bus driver at 80 columns). Here
each occupation line wraps under its title with its short parts kept whole, as the
command line's text does (career_resilience/wording/wrapping.py).
"""

from __future__ import annotations

import textwrap

from textual.content import Content

from career_resilience.tui.widgets.fitted import FittedText
from career_resilience.wording import INDEX_LABELS, wrap_kept, wrap_named

#: The figures line's indent under its occupation: a little, to read as part of it.
#: Under the title (12 columns) four indices took two lines at 80 columns, not one.
_FIGURES_INDENT = "  "


class OccupationText(FittedText):
    """A heading, one line per occupation (code, title, how sure, percentile), the
    first occupation's published figures under its title, and the sources."""

    DEFAULT_CSS = """
    OccupationText {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.heading = ""
        self.lines: list[tuple[str, str]] = []
        self.figures = ""
        self.sources = ""
        self.note = ""

    def show(
        self,
        heading: str,
        lines: list[tuple[str, str]],
        figures: str,
        sources: str,
        note: str = "",
    ) -> None:
        """Display ``heading``, ``(code, line)`` pairs, the first one's figures line and
        the sources; above them ``note`` (the result's ``title_note``: why a title that
        says a situation, "Unemployed", did not place the person)."""
        self.heading, self.lines, self.figures, self.sources = heading, lines, figures, sources
        self.note = note
        self.refresh(layout=True)

    def render_for(self, width: int) -> Content:
        """Every part laid out for ``width`` columns."""
        width = max(width, 30)
        out = [Content(part) for part in textwrap.wrap(self.note, width)]
        out += [Content.styled(part, "bold") for part in textwrap.wrap(self.heading, width)]
        for number, (code, line) in enumerate(self.lines):
            # Wrapped lines start under the title, after the code.
            indent = " " * min(len(code) + 2, width // 3)
            out += [Content(part) for part in wrap_kept(line, width, "", indent, "  ")]
            if number == 0:
                out += self._figures(width, _FIGURES_INDENT)
        if not self.lines:
            out += self._figures(width, "")
        labels = [label for _, label in INDEX_LABELS]
        out += [Content.styled(part, "dim") for part in wrap_named(self.sources, width, labels)]
        return Content("\n").join(out)

    def _figures(self, width: int, indent: str) -> list[Content]:
        """The figures line, right under the first occupation's line: they are its
        indices alone. Under the whole list (a home care worker's three occupations) the
        two β of Home Health Aides read as every occupation's, beside a sources line
        naming the papers of all their percentiles."""
        if not self.figures:
            return []
        return [Content(part) for part in wrap_kept(self.figures, width, indent, indent, " · ")]
