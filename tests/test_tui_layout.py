"""Text laid out for a width takes exactly the lines it needs: nothing cut, no blank tail."""

from __future__ import annotations

import pytest
from tui_support import fill_profile, model_settled, until_shown, wait_until

from career_resilience.tui.screens.help import HelpScreen, HelpText, help_text
from career_resilience.tui.widgets.bars import BarChart, DutyBars
from career_resilience.tui.widgets.fitted import line_count


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_help_ends_on_its_last_line_at_any_size(tui_app, screen_text, size):
    app = tui_app()
    async with app.run_test(size=size) as pilot:
        await model_settled(pilot)
        await pilot.press("f1")
        await until_shown(pilot, HelpScreen, "HelpText")
        await pilot.pause()
        text = app.screen.query_one(HelpText)
        # Its height is the help wrapped for its width, as soon as it is first shown
        # (it was once the height of the text wrapped for 96 columns).
        assert text.size.height == line_count(help_text(text.content_size.width))
        await pilot.press("end")
        await pilot.pause()
        box = [line for line in screen_text(app).splitlines() if "│" in line]
        last = box[-1].split("│")[1].strip()
        assert last and last in help_text(text.content_size.width).plain.splitlines()[-1]


async def test_result_charts_take_the_lines_their_rows_wrap_to(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        duty = "Walk every new starter through the safety rules of the whole warehouse floor"
        await fill_profile(pilot, "Data analyst", ["SQL"], [duty, "Answer questions"])
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: app.current_mode == "result")
        await pilot.pause()
        for chart in (app.screen.query_one(BarChart), app.screen.query_one(DutyBars)):
            wanted = line_count(chart.render_for(chart.content_size.width))
            assert chart.size.height == wanted
        duties = app.screen.query_one(DutyBars)
        assert duties.size.height > 2  # the long duty wraps under itself, not cut


def test_a_pivot_with_no_skills_listed_does_not_claim_you_have_them(engine):
    from dataclasses import replace

    from career_resilience.model.profile import Profile
    from career_resilience.tui.widgets.pivot_detail import describe_pivot
    from career_resilience.wording import NO_GAP_SKILLS, NO_SKILLS_LISTED

    result = engine.score(Profile.create("Data analyst", ["SQL"]))
    pivot = result.pivots[0]
    bare = replace(pivot, held_skills=(), gap_skills=())
    text = describe_pivot(bare, result.resilience, result.exposure).plain
    assert NO_SKILLS_LISTED in text and NO_GAP_SKILLS not in text
    held = replace(pivot, held_skills=("SQL",), gap_skills=())
    assert NO_GAP_SKILLS in describe_pivot(held, result.resilience, result.exposure).plain


def test_a_pivot_s_held_skills_line_says_they_are_the_move_s_skills(engine):
    # A florist with four skills read "Skills you already have: none yet" under a pivot
    # whose one core skill she lacked: the line named the move's skills as if all of hers.
    from dataclasses import replace

    from career_resilience.model.profile import Profile
    from career_resilience.tui.widgets.pivot_detail import describe_pivot

    result = engine.score(Profile.create("Florist", ["arrangements", "weddings", "Excel"]))
    bare = replace(result.pivots[0], held_skills=(), gap_skills=("Fine art",))
    lines = describe_pivot(bare, result.resilience, result.exposure).plain.splitlines()
    held = next(line for line in lines if "already have" in line)
    assert held.startswith("Its skills") and "none of them yet" in held
    assert "Skills you already have: none yet" not in lines
    assert any(line.startswith("Skills to learn: Fine art") for line in lines)


def test_an_occupation_line_wraps_under_its_title_never_inside_a_part():
    # At 80 columns "(<1%)  research percentile 48" was split after "research".
    from career_resilience.tui.widgets.occupation_text import OccupationText

    text = OccupationText()
    text.show(
        "Matched occupation:",
        [
            ("53-3051.00", "53-3051.00  Bus Drivers, School  (98%)  research percentile 44"),
            (
                "53-3052.00",
                "53-3052.00  Bus Drivers, Transit and Intercity  (<1%)  research percentile 48",
            ),
        ],
        "GPT-4 β 0.32 · human β 0.18 · AI applicability 0.16",
        "GPT-4 and human β: Eloundou et al. 2024",
    )
    lines = text.render_for(72).plain.splitlines()
    assert lines[1] == "53-3051.00  Bus Drivers, School  (98%)  research percentile 44"
    # The figures are the first occupation's: right under it, before the next.
    assert lines[2] == "  GPT-4 β 0.32 · human β 0.18 · AI applicability 0.16"
    assert lines[3] == "53-3052.00  Bus Drivers, Transit and Intercity  (<1%)"
    assert lines[4] == "            research percentile 48"  # under the title
    assert max(len(line) for line in lines) <= 72
    # A hyphen is no place to wrap: "LM-AIOE −1.43" broke after "LM-".
    text.figures = "GPT-4 β 0.14 · human β 0.07 · AI applicability 0.05 · LM-AIOE −1.43"
    assert "  LM-AIOE −1.43" in text.render_for(60).plain.splitlines()


def test_the_duties_hint_names_both_ways_duties_are_split():
    """The hint said "one task per line" while ";" splits duties too (issue 11, the
    words must be true): the label and the box's first line name both, and the
    example's ";" is a split the scores make."""
    from career_resilience.sanitise import duty_lines
    from career_resilience.tui.screens.profile import DUTIES_HINT, DUTIES_PLACEHOLDER

    first, *example = DUTIES_PLACEHOLDER.split("\n")
    for hint in (DUTIES_HINT, first):
        assert "line" in hint and ";" in hint, hint
    shown = sum(1 + line.count(";") for line in example)
    assert len(duty_lines("\n".join(example))) == shown > len(example)


@pytest.mark.parametrize("wrapping", [True, False], ids=["wrapping", "textual"])
async def test_a_row_that_wraps_once_the_scroll_bar_shows_keeps_all_its_lines(wrapping):
    """A farmhand typing "ranch" in "that's not me" saw "First-Line Supervisors of
    Farming, Fishing, and Forestry" / "Workers" and no line with its code: the row
    fitted until the scroll bar took two columns, and Textual's OptionList kept its
    old height. The plain OptionList is kept here to show the check finds that."""
    from textual.app import App
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from career_resilience.tui.widgets.wrapping_options import WrappingOptionList

    kind = WrappingOptionList if wrapping else OptionList

    class OneList(App[None]):
        CSS = "OptionList { height: 8; width: 40; }"

        def compose(self):
            yield kind()

    app = OneList()
    async with app.run_test(size=(60, 12)) as pilot:
        options = app.query_one(OptionList)
        padding = options.get_component_styles("option-list--option").padding.width
        room = options.scrollable_content_region.width - padding
        title = ("word " * room)[:room].rstrip()  # fits whole without a scroll bar
        options.add_options(
            [Option(f"{title}\nCODE-1"), *(Option(f"filler {n}") for n in range(12))]
        )
        await pilot.pause()
        assert options.show_vertical_scrollbar
        shown = [options.render_line(y).text for y in range(options.size.height)]
        assert any("CODE-1" in line for line in shown) is wrapping, shown


def test_the_sources_line_keeps_each_index_name_and_citation_whole():
    # At 80 columns the box read "... AI" / "applicability ...", "(Felten, Raj, Seamans" /
    # "2023)" and "(CC BY" / "4.0)".
    from career_resilience import wording
    from career_resilience.tui.widgets.occupation_text import OccupationText

    text = OccupationText()
    sources = wording.index_sources(wording.ALL_INDICES, 2)
    text.show("Matched occupation:", [], "", sources)
    for width in (60, 72, 100):
        lines = text.render_for(width).plain.splitlines()[1:]
        assert " ".join(lines) == sources
        for whole in ("AI applicability", "(Felten, Raj, Seamans 2023)", "(CC BY 4.0)"):
            assert any(whole in line for line in lines), (width, lines)
        assert max(len(line) for line in lines) <= width
