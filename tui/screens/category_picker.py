""" "That's not me": find your occupation or kind of work by typing, then rescore in it.

Typing filters the kinds of work at once (fuzzy: typos and partial words work) and,
once typing pauses, searches every O*NET occupation title in a worker
(tui/occupation_search.py). Occupations are listed first (a job title typed is best
answered by the occupation that has it), then the kinds of work. Enter picks the first
match, waiting for the occupations when they are still being searched; ↓ ↑ choose
another without leaving the search box, and what they chose stays highlighted when the
occupations arrive. When nothing matches, the list says so and what to try instead.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from career_resilience import wording as w
from career_resilience.skills.completion import categories as search_categories
from career_resilience.tui import occupation_search as found
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.session import chose
from career_resilience.tui.widgets.key_order import SearchInput
from career_resilience.tui.widgets.own_footer import shown_over_a_screen
from career_resilience.tui.widgets.wrapping_options import WrappingOptionList
from career_resilience.tui.workers import ShowsWorkerErrors, background, while_shown

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: Option id that gives the choice back to the model.
MODEL_DECIDES = "__model__"
#: Kinds of work listed above the occupations while searching.
KINDS_WHILE_SEARCHING = 3


class OccupationsFound(Message):
    """The occupation search for ``query`` finished."""

    def __init__(self, query: str, rows: list[found.FoundOccupation]) -> None:
        self.query = query
        self.rows = rows
        super().__init__()


def _heading(text: str) -> Option:
    return Option(Content.styled(text, "bold $text-accent"), None, disabled=True)


def _note(text: str) -> Option:
    # Italic, not dim: a disabled row is already drawn in $text-disabled, and dim on
    # top of it read at 2.7:1 (tests/test_tui_contrast_drawn.py).
    return Option(Content.styled(text, "italic"), None, disabled=True)


def _occupation_row(o: found.FoundOccupation) -> Option:
    line = w.found_occupation(o.code, o.matched, o.title, o.research_pct)
    # The second line plain, not dim: dim on the highlighted row read at 4.2:1.
    return Option(Content.assemble((o.title, "bold"), "\n", line), found.option_id(o.code))


class CategoryPicker(ShowsWorkerErrors, ModalScreen[str | None]):
    """Type to find an occupation or a kind of work.

    Dismisses with a category id, ``onet:<code>`` for an occupation, MODEL_DECIDES, or
    None (cancelled).
    """

    DEFAULT_CSS = screen_css("category_picker")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
    ]

    #: Seconds of no typing before the occupation titles are searched.
    TYPING_DELAY = 0.2

    def __init__(
        self,
        categories: list[tuple[str, str, str, str]],
        current: str | None,
        chosen: bool,
        occupations: Collection[str] = (),
        search: found.Search | None = None,
        likely: Sequence[str] = (),
        occupation: found.FoundOccupation | None = None,
    ) -> None:
        """``categories`` holds ``(id, label, description, titles)``; ``occupations``
        the codes the engine can score (none: no occupation search); ``likely`` the
        model's likeliest kinds of work, likeliest first, listed after ``current``
        (``chosen``: the kind the person picked, under its own heading); ``occupation``
        the O*NET occupation the person picked, listed there instead of its kind."""
        super().__init__()
        self.categories = sorted(categories, key=lambda c: c[1].casefold())
        self.by_id = {c[0]: c for c in self.categories}
        self.current = current
        self.chosen = chosen
        #: Listed first when browsing, under their headings: a person who says "that's
        #: not me" looks for the near misses, which A to Z put anywhere (Nursing before
        #: Health technicians); after a pick too, when their pick turns out wrong.
        #: An occupation picked is the person's choice, not the kind of work it is in
        #: (a nurse who picked Psychiatric Technicians read "Your choice: Health
        #: technicians"); browsing starts on it.
        self.occupation = occupation
        if occupation is not None:
            self.current = found.option_id(occupation.code)
        mine = [current] if chosen and occupation is None and current in self.by_id else []
        first = [] if chosen or current is None else [current]
        ranked = [c for c in dict.fromkeys([*first, *likely]) if c in self.by_id and c not in mine]
        self.groups = [(w.PICKER_YOUR_CHOICE, mine), (w.PICKER_LIKELY, ranked)]
        self.likely = [*mine, *ranked]
        self.occupations = occupations
        self.search = search or found.search_occupations
        #: The last finished search: (query, occupations found).
        self.found: tuple[str, list[found.FoundOccupation]] = ("", [])
        self._typing: Timer | None = None
        #: The text Enter was pressed on before its occupations were found: the first
        #: one found is picked then, so the keystroke is not lost.
        self._pick_when_found: str | None = None
        #: ↓↑ chose a row since the last key typed: refills keep it highlighted.
        self._moved = False

    def compose(self) -> ComposeResult:
        """Prompt, search box, matches."""
        with Vertical(id="picker-box"):
            yield Label(w.PICKER_PROMPT, id="picker-prompt")
            yield SearchInput(placeholder=w.PICKER_PLACEHOLDER, id="picker-search")
            yield WrappingOptionList(id="picker-list")

    def on_mount(self) -> None:
        """Title, all kinds of work listed, the current one highlighted."""
        self.query_one("#picker-box").border_title = "That's not me"
        shown_over_a_screen(self)
        self.query_one("#picker-box").border_subtitle = "↓↑ choose · Enter picks · Escape cancels"
        self._fill("")
        self.query_one(Input).focus()
        if self.occupations:
            self._warm_up()  # the first search would otherwise load the 55k titles

    @background("load the occupation titles", group="occupation-warm-up")
    def _warm_up(self) -> None:
        found.warm_up()

    @property
    def query_text(self) -> str:
        """What is in the search box now."""
        return self.query_one("#picker-search", Input).value

    def _fill(self, query: str) -> None:
        searching = bool(query.strip())
        entries = [(c[0], c[1], f"{c[2]} {c[3]}") for c in self.categories]
        kinds = [cid for cid, _ in search_categories(entries, query)]
        if searching:
            # The fuzzy score alone let "nurs" list Basic coding ("business"): a kind
            # is listed only when every word typed starts or nearly is one of its words.
            words = {cid: f"{label} {about}" for cid, label, about in entries}
            kinds = [cid for cid in kinds if found.matches_words(query, words[cid])]
            kinds = kinds[:KINDS_WHILE_SEARCHING]
        kind_rows: list[Option] = []
        if self.chosen and not searching:
            kind_rows.append(
                Option(Content.styled(w.PICKER_MODEL_DECIDES, "italic"), MODEL_DECIDES)
            )
        if searching and kinds:
            kind_rows.append(_heading(w.PICKER_KINDS))
        if searching:
            kind_rows += [self._kind_row(cid) for cid in kinds]
        else:
            others = [cid for cid in kinds if cid not in self.likely]
            if self.occupation is not None:
                kind_rows += [_heading(w.PICKER_YOUR_CHOICE), _occupation_row(self.occupation)]
            headed = self.likely or self.occupation is not None
            groups = [*self.groups, (w.PICKER_OTHER_KINDS, others)] if headed else []
            for heading, ids in groups or [("", others)]:
                if heading and ids:
                    kind_rows.append(_heading(heading))
                kind_rows += [self._kind_row(cid) for cid in ids]
        occupation_rows = self._occupation_rows(query)
        if not searching:
            rows = [*kind_rows, *occupation_rows]
        elif kind_rows or occupation_rows:
            # A title typed is best answered by the occupation that has it: first.
            rows = [*occupation_rows, *kind_rows]
        else:
            rows = [_note(w.picker_no_match(query))]
        self._show(rows, searching)

    def _kind_row(self, cid: str) -> Option:
        _, label, about, _ = self.by_id[cid]
        return Option(Content.assemble((label, "bold"), "\n", about), cid)

    def _show(self, rows: list[Option], searching: bool) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted_option.id if options.highlighted_option else None
        options.clear_options()
        options.add_options(rows)
        ids = [row.id for row in rows]
        # Browsing starts at the current kind of work; a search at its first match,
        # unless ↓↑ chose another since the last key typed: that one stays.
        if self._moved and keep is not None and keep in ids:
            options.highlighted = ids.index(keep)
        elif not searching and self.current in ids:
            options.highlighted = ids.index(self.current)
        else:
            options.highlighted = next((i for i, row in enumerate(rows) if not row.disabled), 0)

    def _occupation_rows(self, query: str) -> list[Option]:
        if not self.occupations:
            return []
        if len(query.strip()) < found.MIN_CHARS:
            return [_note(w.PICKER_TYPE_MORE)]
        rows = [_heading(w.PICKER_OCCUPATIONS)]
        searched, occupations = self.found
        if searched != query:
            waiting = self._pick_when_found == query
            return [*rows, _note(w.PICKER_PICKS_FIRST if waiting else w.PICKER_SEARCHING)]
        rows += [_occupation_row(o) for o in occupations]
        return rows if occupations else []

    @on(Input.Changed, "#picker-search")
    def _typed(self, event: Input.Changed) -> None:
        # The options list is rebuilt now; the search waits for typing to pause.
        self._moved = False  # a new search starts at its first match
        self._pick_when_found = None
        self._fill(event.value)
        if self._typing is not None:
            self._typing.stop()
        if self.occupations and len(event.value.strip()) >= found.MIN_CHARS:
            self._typing = self.set_timer(self.TYPING_DELAY, self._start_search)

    def _start_search(self) -> None:
        self._search(self.query_text)

    @background("search the occupations", group="occupation-search")
    def _search(self, query: str) -> None:
        self.post_message(OccupationsFound(query, self.search(query, self.occupations)))

    @while_shown
    def on_occupations_found(self, message: OccupationsFound) -> None:
        """Show the occupations found, unless the box already holds something else."""
        if message.query == self.query_text:
            self.found = (message.query, message.rows)
            self._fill(message.query)
            if self._pick_when_found == message.query:
                self._entered()

    @property
    def searching_now(self) -> bool:
        """Whether the occupations for the text in the box are still being searched."""
        text = self.query_text
        return (
            bool(self.occupations)
            and len(text.strip()) >= found.MIN_CHARS
            and self.found[0] != text
        )

    @on(Input.Submitted, "#picker-search")
    def _entered(self) -> None:
        # Enter picks the first match; while the occupations (listed first) are still
        # being searched, that is the first one found, so the keystroke is not lost.
        if self.searching_now and not self._moved:
            self._pick_when_found = self.query_text
            self._fill(self.query_text)  # says the first one found will be picked
            return
        option = self.query_one(OptionList).highlighted_option
        if option is not None and not option.disabled:
            self.dismiss(option.id)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        """Move the highlight while the cursor stays in the search box."""
        options = self.query_one(OptionList)
        self._moved = True
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_cancel(self) -> None:
        """Change nothing."""
        self.dismiss(None)


def ask_category(app: ResilienceApp) -> None:
    """Open the picker over the current result; a choice rescores the profile."""
    session = app.session
    engine = session.engine
    if session.result is None or session.profile is None or engine is None:
        return
    categories = [
        (c.id, c.label, c.description, " ".join(c.titles)) for c in engine.kb.categories.values()
    ]

    def chosen(choice: str | None) -> None:
        if choice is None:
            return
        code = found.chosen_code(choice)
        if code is not None:
            app.rescore_in_occupation(code)
        else:
            app.rescore_in_category(None if choice == MODEL_DECIDES else choice)

    profile, result = session.profile, session.result
    # A result the person chose holds their choice alone: the model's own ranking is
    # the one kept from before the pick (or worked out after it; not yet: none).
    likely = session.model_ranking(profile) or ()
    known = list(getattr(engine, "occupation_index", {}))
    picked = None
    if profile.occupation and result.occupations:
        o = result.occupations[0]  # a chosen occupation's result lists it alone
        picked = found.FoundOccupation(o.onet_soc, o.title, o.title, o.consensus_pct)
    picker = CategoryPicker(
        categories, result.top_category.id, chose(profile), known, likely=likely, occupation=picked
    )
    app.push_screen(picker, chosen)
