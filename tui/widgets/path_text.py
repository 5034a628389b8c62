"""Text naming a file path, wrapped at spaces and, inside a path, after a folder.

Textual wraps at spaces only, so a path longer than the line was cut wherever the line
ended: at 80 columns the export dialog read ".../keeps/client/repor" over
"ts/in/nested/...". Here a path breaks after a separator, so every folder's name is
read whole; only a single name longer than the line is cut.
"""

from __future__ import annotations

import os
import re

from rich.cells import cell_len
from textual.content import Content

from career_resilience.tui.widgets.fitted import FittedText

#: A piece of a word: up to and including a separator, or the rest after the last one.
_PIECE = re.compile(rf"[^{re.escape(os.sep)}]*{re.escape(os.sep)}|[^{re.escape(os.sep)}]+")


def wrap_at_folders(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells: words wrap at spaces, and a path
    (a word holding a separator) also after each separator."""
    width = max(width, 1)
    lines = [""]
    for word in text.split(" "):
        for index, piece in enumerate(_PIECE.findall(word) or [""]):
            # A piece after the first continues its word: no space before it.
            gap = "" if index or not lines[-1] else " "
            if not lines[-1] or cell_len(lines[-1] + gap + piece) <= width:
                lines[-1] += gap + piece
            else:
                lines.append(piece)
    return [part for line in lines for part in _fold(line, width)]


def _fold(line: str, width: int) -> list[str]:
    """A line longer than ``width`` (one name longer than the line) cut to fit."""
    out = []
    while cell_len(line) > width:
        cut = width
        while cut > 1 and cell_len(line[:cut]) > width:
            cut -= 1
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]


class PathText(FittedText):
    """A sentence naming a path, wrapped after a folder rather than inside a name."""

    DEFAULT_CSS = """
    PathText {
        width: 1fr;
    }
    """

    def __init__(self, text: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: The sentence as written (plain text: a folder named like "[x]" stays text).
        self.text = text

    def render_for(self, width: int) -> Content:
        """The sentence wrapped for ``width`` columns."""
        return Content("\n".join(wrap_at_folders(self.text, width)))
