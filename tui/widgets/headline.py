"""The result's first line: who was scored and the kind of work they were placed in.

It never wraps mid-phrase: the parts are dropped, least useful first, until the line
fits (the "c" hint is in the footer too; for an unsure placement it outlasts "placed
in"). When even "<role> · <kind of work> (<how
sure>)" is too long for one line (a long O*NET title at 80 columns), the headline
takes two lines and wraps at a word, so no word of the occupation is cut and a
person's own pick still reads "(chosen by you)". Only what two lines cannot hold is
shortened at a word: a title typed as a sentence first, then the kind of work.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from career_resilience import wording as w

#: The most lines the headline takes: the scores under it stay in the first screen.
MAX_LINES = 2


class Headline(Widget):
    """ "<role> · placed in <kind of work> (<how sure>) · not you? press c", fitted to width."""

    DEFAULT_CSS = """
    Headline {
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.role = ""
        self.label = ""
        self.sure = ""
        self.unsure = False

    def show(self, role: str, label: str, sure: str, *, unsure: bool = False) -> None:
        """Display a new headline (its height follows: one line, or two for a long one).

        ``unsure``: the placement is a guess, so "not you? press c" is kept before
        "placed in" when the line cannot hold both.
        """
        self.role, self.label, self.sure, self.unsure = role, label, sure, unsure
        self.refresh(layout=True)

    def variants(self) -> list[Content]:
        """The one-line headline from the fullest to the shortest form."""
        role = Content.styled(self.role, "bold")
        placed = Content.assemble("placed in ", (self.label, "bold"), f" ({self.sure})")
        hint = Content.styled("not you? press c", "dim")
        short = Content.assemble(role, " · ", (self.label, "bold"), f" ({self.sure})")
        asks = [Content.assemble(short, " · ", hint)] if self.unsure else []
        return [
            Content.assemble(role, "  ·  ", placed, "  ·  ", hint),
            *asks,
            Content.assemble(role, "  ·  ", placed),
            short,
        ]

    def fitted(self, width: int) -> Content:
        """The headline for ``width`` cells: the fullest one-line form that fits, else
        the role and kind of work wrapped over at most two lines."""
        forms = self.variants()
        for form in forms:
            if form.cell_length <= width:
                return form
        role, label = self.role, self.label

        def wrapped() -> Content:
            head = Content.styled(role, "bold")
            return Content.assemble(head, "  ·  placed in ", (label, "bold"), f" ({self.sure})")

        # A title typed as a sentence (157 characters) filled both lines and pushed the
        # placement off: the title, which the form shows whole, is shortened at a word
        # first, down to a line of its own at most.
        while len(wrapped().wrap(width)) > MAX_LINES and len(role) > width - 4 and " " in role:
            role = w.cut_at_word(role, min(len(role) - 1, width - 4))
        while True:
            if len(wrapped().wrap(width)) <= MAX_LINES or " " not in label:
                return wrapped()
            # Past two lines (a very narrow terminal): shorten the kind of work at a word.
            label = w.cut_at_word(label, len(label) - 1)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line, or two when the headline wraps; measured at the width given, so
        the height never lags behind a resize."""
        return min(MAX_LINES, len(self.fitted(width).wrap(width)))

    def render(self) -> Content:
        """The headline fitted to the widget's width."""
        return self.fitted(self.content_size.width or 78)
