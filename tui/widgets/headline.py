"""The result's first line: who was scored and the kind of work they were placed in.

It never wraps mid-phrase: the parts are dropped, least useful first, until the line
fits (the "c" hint is in the footer too); a long kind of work is shortened at a word
before "how sure" is dropped, so a person's own pick still reads "(chosen by you)";
only a title too long for any line is cut.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class Headline(Widget):
    """ "<role> · placed in <kind of work> (<how sure>) · not you? press c", fitted to width."""

    DEFAULT_CSS = """
    Headline {
        height: 1;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.role = ""
        self.label = ""
        self.sure = ""

    def show(self, role: str, label: str, sure: str) -> None:
        """Display a new headline."""
        self.role, self.label, self.sure = role, label, sure
        self.refresh()

    def variants(self) -> list[Content]:
        """The headline from the fullest to the shortest form."""
        role = Content.styled(self.role, "bold")
        placed = Content.assemble("placed in ", (self.label, "bold"), f" ({self.sure})")
        hint = Content.styled("not you? press c", "dim")
        return [
            Content.assemble(role, "  ·  ", placed, "  ·  ", hint),
            Content.assemble(role, "  ·  ", placed),
            Content.assemble(role, " · ", (self.label, "bold"), f" ({self.sure})"),
            Content.assemble(role, " · ", (self.label, "bold")),
        ]

    def render(self) -> Content:
        """The fullest form that fits on one line."""
        width = self.content_size.width or 78
        forms = self.variants()
        for form in forms[:-1]:
            if form.cell_length <= width:
                return form
        # Before the "how sure" goes (it says "chosen by you" for a person's own pick),
        # the kind of work is shortened at a word.
        role = Content.styled(self.role, "bold")
        room = width - role.cell_length - len(f" ·  ({self.sure})") - 1
        if room >= 12 and len(self.label) > room:
            label = self.label[:room].rsplit(" ", 1)[0].rstrip(" ,") + "…"
            return Content.assemble(role, " · ", (label, "bold"), f" ({self.sure})")
        if forms[-1].cell_length <= width:
            return forms[-1]
        return forms[-1].truncate(width, ellipsis=True)
