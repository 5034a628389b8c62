"""The result: exposure and what it means, resilience and outlook, why, and what next."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.widgets import Button, Footer, Static

from career_resilience import wording
from career_resilience.model.pivot_texts import what_next
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result, band_for
from career_resilience.tui import views
from career_resilience.tui.screens.base import SessionScreen, screen_css
from career_resilience.tui.session import likeliest_kinds, listed_codes
from career_resilience.tui.widgets.bars import BarChart, BarRow, DutyBars, WorkSplit
from career_resilience.tui.widgets.drivers import DriverList, no_drivers_note, typed_fields
from career_resilience.tui.widgets.gauge import ExposureGauge, PartsLine, ScoreMeter
from career_resilience.tui.widgets.headline import Headline
from career_resilience.tui.widgets.occupation_text import OccupationText
from career_resilience.tui.widgets.view_bar import ViewBar
from career_resilience.wording import outlook_words, percent_sure

EMPTY_TEXT = f"[b]{wording.NOTHING_SCORED}[/]\n\n{wording.NOTHING_SCORED_TEXT}"


class ResultScreen(SessionScreen):
    """Everything the engine says about the scored profile, leading on to what to do next."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("result")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = list(views.view_bindings("result"))

    def compose(self) -> ComposeResult:
        """Scores on top, the reasons below, laid out in a grid that widens with the terminal."""
        yield ViewBar("result")
        with VerticalScroll(id="result-body"):
            yield Static(EMPTY_TEXT, id="result-empty")
            with Vertical(id="result-content"):
                yield Headline(id="placed-in")
                with Grid(id="scores"):
                    with Vertical(id="exposure-box", classes="panel"):
                        yield ExposureGauge()
                    with Vertical(id="resilience-box", classes="panel"):
                        yield ScoreMeter("Resilience", id="resilience")
                        yield PartsLine(id="resilience-parts")
                        yield Static(id="outlook")
                yield Static(id="meaning")
                with Vertical(id="occupation-box", classes="panel"):
                    yield OccupationText(id="occupation-text")
                with Horizontal(id="next-steps"):
                    yield Static(id="next-text")
                    yield Button("See pivots", id="to-pivots", variant="primary")
                with Grid(id="details"):
                    with Vertical(id="category-box", classes="panel"):
                        yield BarChart(id="category-mix")
                        yield Button("That's not me", id="not-me")
                    with Vertical(id="drivers-box", classes="panel"):
                        yield DriverList()
                        yield Static(id="recognised")
                        yield Static(id="unrecognised")
                    with Vertical(id="split-box", classes="panel"):
                        yield WorkSplit()
                        yield Static(id="split-basis")
                    with Vertical(id="duties-box", classes="panel"):
                        yield DutyBars()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Name the panels and show whatever is in the session."""
        titles = {
            "#exposure-box": "How exposed your work is",
            "#resilience-box": "How resilient you are",
            "#occupation-box": wording.occupations_box_title(False),
            "#category-box": "Kinds of work you match",
            "#drivers-box": "What moves the score (points)",
            "#split-box": "How AI touches the work",
            "#duties-box": "Your duties, one by one",
        }
        for selector, title in titles.items():
            self.query_one(selector).border_title = title
        self.sync_if_stale()

    def sync(self) -> None:
        """Show the session's result (or the empty state)."""
        result, profile = self.session.result, self.session.profile
        self.query_one("#result-empty").display = result is None
        self.query_one("#result-content").display = result is not None
        if result is None or profile is None:
            return
        self._show_scores(result, profile.role)
        self._show_reasons(result, profile)
        # A new result starts at its headline, not where the last one was scrolled to.
        self.query_one("#result-body", VerticalScroll).scroll_home(animate=False, immediate=True)

    def _show_scores(self, result: Result, role: str) -> None:
        top = result.top_category
        chosen = result.category_chosen or result.occupation_chosen
        # A chosen occupation is named itself, not the kind of work it belongs to.
        label = top.label
        named = result.occupation_chosen and bool(result.occupations)
        if named:
            label = result.occupations[0].title
        kind_only = result.occupation_chosen and not named
        sure = wording.placement_sure(top.probability, chosen, kind_only)
        # Under the line where an occupation is asked about rather than placed, the kind
        # of work is a guess too: "not you? press c" stays on the line.
        unsure = not chosen and top.probability < wording.UNSURE_OCCUPATION
        self.query_one(Headline).show(role, label, sure, unsure=unsure)
        mix = {
            "substitute": result.mix.substitute,
            "augment": result.mix.augment,
            "untouched": result.mix.untouched,
        }
        self.query_one("#meaning", Static).update(wording.exposure_meaning(result.band, mix))
        self.query_one(ExposureGauge).show(result.exposure, result.band, result.interval)
        self.query_one(ScoreMeter).show(result.resilience)
        parts = result.resilience_parts
        self.query_one(PartsLine).show(
            () if parts is None else wording.resilience_parts_words(result.resilience, parts)
        )
        # The BLS figure with its source where the result has one; older sessions lack it.
        basis = result.outlook_basis or wording.outlook_meaning(result.outlook)
        self.query_one("#outlook", Static).update(
            f"[b]Outlook[/]  [b]{outlook_words(result.outlook)}[/]\n[dim]{escape(basis)}[/]"
        )
        self._show_occupations(result)
        self.query_one("#next-text", Static).update(_next_steps(result))
        self.query_one("#to-pivots").display = bool(result.pivots)

    def _show_occupations(self, result: Result) -> None:
        """The O*NET occupations matched, their published figures and the papers behind them."""
        box = self.query_one("#occupation-box")
        box.display = bool(result.occupations)
        if not result.occupations:
            return
        box.border_title = wording.occupations_box_title(result.occupations_nearest)
        note = getattr(result, "title_note", "")
        self.query_one(OccupationText).show(*occupation_parts(result), note=note)

    def _show_reasons(self, result: Result, profile: Profile) -> None:
        chart = self.query_one("#category-mix", BarChart)
        if result.category_chosen or result.occupation_chosen:
            # The person's own choice is not a model estimate: never show it as ">99%".
            top = result.top_category
            said = wording.placement_sure(1.0, True, result.occupation_chosen)
            rows = [BarRow(top.label, 100, said)]
        else:
            rows = [
                BarRow(c.label, c.probability * 100, f"{percent_sure(c.probability):>4}")
                for c in result.categories
                if c.probability >= 0.005 or c is result.categories[0]
            ]
        chart.show(rows)
        self.query_one(DriverList).show(
            result.drivers,
            typed_fields(profile),
            result.duties,
            instead=no_drivers_note(result),
            score=result.exposure,
        )
        self.query_one(WorkSplit).show(
            result.mix.substitute, result.mix.augment, result.mix.untouched
        )
        basis = wording.mix_basis(
            result.mix_from_duties,
            sum(d.readable for d in result.duties),
            result.occupation_chosen,
            result.category_chosen,
            result.occupations_nearest,
        )
        self.query_one("#split-basis", Static).update(f"[dim]{escape(basis)}[/]")
        self.query_one(DutyBars).show(
            [
                (
                    d.text,
                    d.exposure,
                    "" if d.exposure is None else band_for(d.exposure),
                    wording.duty_detail(d.kind, d.automation),
                )
                for d in result.duties
            ],
            # "automation T1" means nothing to most people without its scale.
            legend=wording.AUTOMATION_SCALE
            if any(d.automation is not None for d in result.duties) else "",
        )  # fmt: skip
        # What the model took from the typed skills, beside what it moved: a coach sees
        # "charting" was read as Clinical documentation (a loose word carries its mark).
        known = self.query_one("#recognised", Static)
        known.display = bool(result.recognised_skills)
        if result.recognised_skills:
            names = ", ".join(result.recognised_skills)
            known.update(f"[dim]{wording.SKILLS_READ_AS}:[/] {escape(names)}")
        unknown = self.query_one("#unrecognised", Static)
        unknown.display = bool(result.unrecognised_skills)
        if result.unrecognised_skills:
            parts = []
            matcher, placed = self.session.matcher, frozenset(likeliest_kinds(result)[:1])
            # A related skill names work near the occupation placed in: a referee's
            # "game management" is not Game development (``model.skill_work_near``).
            near = self.session.near_work(listed_codes(result))
            for skill in result.unrecognised_skills:
                hint = result.suggestions.get(skill, ())
                related = () if hint or matcher is None else matcher.related(skill, placed, near)
                if hint:
                    parts.append(f"{escape(skill)} (did you mean {', '.join(hint)}?)")
                elif related:
                    names = escape(", ".join(related))
                    parts.append(f"{escape(skill)} ({wording.RELATED_IN_CATALOGUE}: {names})")
                else:
                    parts.append(escape(skill))
            chosen = result.occupation_chosen or result.category_chosen
            lead = wording.unknown_skills_lead(bool(chosen))
            unknown.update(f"[dim]{lead}[/] " + "; ".join(parts))

    @on(Button.Pressed, "#not-me")
    def action_choose_category(self) -> None:
        """Pick the right category and rescore."""
        self.resilience_app.action_choose_category()

    @on(Button.Pressed, "#to-pivots")
    def action_next_steps(self) -> None:
        """Go to the pivots."""
        self.app.switch_mode("pivots")


def occupation_parts(result: Result) -> tuple[str, list[tuple[str, str]], str, str]:
    """What the occupations box shows of ``result`` (it has occupations): the heading,
    the first and up to two more at 1% or above (code, line), the first one's
    published indices (the box shows them under its title), and what the research
    percentiles shown are made of, naming only the indices these occupations have (a
    legislator's had named LM-AIOE, of which Legislators have no figure)."""
    first, nearest = result.occupations[0], result.occupations_nearest
    chosen = result.occupation_chosen
    heading = wording.occupation_heading(first.probability, chosen, "", nearest)
    shown = wording.listed_occupations(result.occupations, lambda o: o.probability)
    lines = [
        (
            o.onet_soc,
            wording.occupation_line(
                o.onet_soc, o.title, o.probability, o.consensus_pct, chosen, nearest
            ),
        )
        for o in shown
    ]
    # Each research percentile shown is the consensus of its occupation's indices.
    present = wording.indices_present([o.indices for o in shown])
    sources = wording.index_sources(present, len(shown))
    return heading[:1].upper() + heading[1:], lines, wording.index_line(first.indices), sources


def _next_steps(result: Result) -> str:
    """The line that turns the score into something to do (names the first-ranked pivot)."""
    note = getattr(result, "pivot_note", "")
    sentence = what_next(result.pivots, result.resilience, note)
    # How to stay where one is: said here whole (the pivots' intro on a short screen
    # keeps only why, ``wording.calm_note_short``), unless the sentence is the note
    # itself (no pivots listed) and says it already.
    advice = wording.calm_stay_advice(note)
    if advice and wording.STAY_THERE not in sentence and advice not in sentence:
        sentence = wording.advice_then(advice, sentence)
    keys = " See them (F4) or try skills in what-if (F5)." if result.pivots else ""
    return f"[b]What next:[/] {escape(sentence)}{keys}"
