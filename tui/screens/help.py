"""F1: the keys, what the scores mean, and how to use the app."""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen

from career_resilience import wording
from career_resilience.tui import views
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.widgets.fitted import FittedText
from career_resilience.tui.widgets.own_footer import shown_over_a_screen

INTRO = (
    "How exposed is your work to generative AI, why, and where could you go next? "
    "Everything runs on this computer; nothing is sent anywhere."
)

#: Key groups: (heading, view id whose keys tui/views.py lists ("" the app-wide ones,
#: None for none), then rows for keys that are not bindings of their own).
GROUPS: tuple[tuple[str, str | None, tuple[tuple[str, str], ...]], ...] = (
    (
        "Anywhere",
        "",
        (
            ("ctrl+p", "command palette: every action by name, and the theme"),
            ("Tab, shift+Tab", "move between fields; the mouse works too"),
        ),
    ),
    (
        "Profile",
        "profile",
        (
            ("Enter", "in the job title: on to the skills; in the skills box: add the skill"),
            ("Enter, ctrl+r", "score: Enter in the empty skills box, ctrl+r anywhere"),
            ("↓ ↑ Enter", "pick a suggested title or skill; Escape hides the list"),
            ("↓, Delete", "from the empty skills box down to the list; remove a skill"),
            ("→", 'on a skill marked "did you mean": take the suggestion'),
        ),
    ),
    ("Result", "result", ()),
    ("Pivots", "pivots", (("↑ ↓", "choose a pivot"),)),
    (
        "What-if",
        "whatif",
        (
            ("typing, Enter", "add a skill; the score follows as you type"),
            ("↓ ↑", "from the add box down to the listed skills, and back up"),
            ("space", "switch the highlighted skill on or off"),
        ),
    ),
    (
        "Clients (for coaches)",
        "clients",
        (
            ("typing", "searches names and notes (letters are never commands here)"),
            ("↑ ↓, Enter", "move the highlight (from the search box too); open the record"),
        ),
    ),
    (
        "A client's record",
        None,
        (
            ("a word typed", "writes a new note with it (a letter alone runs its command)"),
            ("n, e, s, d", "new note, edit, share with the client or not, delete"),
            ("c", "record consent and a retention date"),
            ("l, p", "load a session's profile and rescore; choose the pivot to track"),
            ("m, h", "session report as Markdown or self-contained HTML"),
            ("Escape", "back to the client list"),
        ),
    ),
)


#: The section the help opens at, by where it was opened: a view's id, or "record" for
#: a client's record.
SECTIONS = {view_id: heading for heading, view_id, _ in GROUPS if view_id}
SECTIONS["record"] = "A client's record"


def key_groups() -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each heading with its (keys, what) rows: the registry's keys, then the others."""
    groups = []
    for heading, view_id, extra in GROUPS:
        rows = views.help_rows(view_id) if view_id is not None else ()
        groups.append((heading, rows + extra))
    return groups


MEANINGS: tuple[tuple[str, str], ...] = (
    (
        "AI exposure (0-100)",
        f"{wording.EXPOSURE_DEFINITION} {wording.NOT_A_PREDICTION} The band (very low to "
        'very high) is written next to it, and "likely a-b" is the range that holds the '
        "published research figure of the person's occupation for about 8 in 10 people.",
    ),
    # The first letter only: str.capitalize() lowercased the rest ("as ai spreads").
    (
        "Resilience (0-100, higher is better)",
        f"{wording.sentence_case(wording.RESILIENCE_MEANING)} {wording.RESILIENCE_PARTS_HELP}",
    ),
    ("Outlook", wording.OUTLOOK_NOTE),
    (
        "Pivots",
        # As the pivots view says it: a step up in your own field may cost resilience.
        f"Roles next to yours, {wording.PIVOTS_RANKED_BY}, each with the skills you "
        "have, the ones to learn and a learning plan (steps you have covered are marked "
        "done).",
    ),
    ("What-if", "Try the effect of learning (or dropping) a skill before committing to it."),
)


def help_text(width: int = 96) -> Content:
    """The whole help, wrapped to ``width`` columns with hanging indents.

    A key's description wraps under the description, never under the keys, so no
    line breaks mid-phrase back at the left edge.
    """
    groups = key_groups()
    key_w = max(len(keys) for _, rows in groups for keys, _ in rows)
    indent = 2 + key_w + 2
    text_w = max(20, width - indent)
    lines: list[Content] = [Content(line) for line in textwrap.wrap(INTRO, width)]
    for where, rows in groups:
        lines += [Content(""), Content.styled(where, "bold $text-accent")]
        for keys, what in rows:
            parts = textwrap.wrap(what, text_w) or [""]
            lines.append(Content.assemble((f"  {keys:<{key_w}}  ", "bold"), parts[0]))
            lines += [Content(" " * indent + part) for part in parts[1:]]
    lines += [Content(""), Content.styled("What the numbers mean", "bold $text-accent")]
    for title, text in MEANINGS:
        parts = textwrap.wrap(f"{title}: {text}", max(20, width - 2))
        lines.append(Content.assemble((f"{title}:", "bold"), parts[0][len(title) + 1 :]))
        lines += [Content("  " + part) for part in parts[1:]]
    return Content("\n").join(lines)


class HelpText(FittedText):
    """The help text, wrapped to the width it is given (its height follows from that)."""

    def render_for(self, width: int) -> Content:
        """Wrap for ``width`` columns."""
        return help_text(width)


class HelpScreen(ModalScreen[None]):
    """Keys and meanings, over the current screen."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("help")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Close help"),
    ]

    def __init__(self, section: str = "") -> None:
        super().__init__()
        #: The view (or "record") the help was opened from: see :meth:`_open_at_section`.
        self.section = section

    def compose(self) -> ComposeResult:
        """The help text, scrollable."""
        with VerticalScroll(id="help-box"):
            yield HelpText()

    def on_mount(self) -> None:
        """Title the box so people know how to leave."""
        box = self.query_one("#help-box")
        shown_over_a_screen(self)
        box.border_title = "Help"
        box.border_subtitle = "Escape closes · ↑↓ scroll"
        box.focus()
        self.call_after_refresh(self._open_at_section)

    def _open_at_section(self) -> None:
        """Open at the keys of the view it was opened from when they are below the fold.

        F1 on the client list showed the app-wide keys; the list's own (ctrl+a archives)
        were two pages down. The first page stays when the view's keys are on it.
        """
        heading = SECTIONS.get(self.section)
        box = self.query_one("#help-box", VerticalScroll)
        lines = help_text(self.query_one(HelpText).content_size.width).plain.split("\n")
        if heading is None or heading not in lines:
            return
        top = lines.index(heading)
        if top + 2 > box.scrollable_content_region.height:  # heading and a key row
            box.scroll_to(y=top, animate=False, immediate=True)
