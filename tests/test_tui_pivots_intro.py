"""A short screen's pivots intro leaves room for the list; nothing it drops is lost.

An epidemiologist at 80x24 read ten lines above the list (no move worth it, how to
stay, the moves left out and why): the note is cut to whole sentences within four
lines there, and i shows it whole.

A plumber at 80x24 (resilience 66, told they need not move) read seven lines above the
pivots: what the list is ranked by, the keys, why they need not move, how to stay
there and that the moves are options.
"""

from __future__ import annotations

import dataclasses
import textwrap

import pytest
from textual.markup import to_content

from career_resilience import wording as w
from career_resilience.model.profile import Profile
from career_resilience.tui.screens.pivots_intro import is_cut, pivots_intro
from career_resilience.tui.screens.result import _next_steps


@pytest.fixture(scope="module")
def plumber(engine):
    return engine.score(Profile.create("Plumber", ["pipefitting", "boilers"])).as_saved()


def _lines(markup: str, width: int = 78) -> list[str]:
    return textwrap.wrap(to_content(markup).plain, width)


def test_a_short_screen_says_why_in_three_lines_and_the_result_keeps_the_advice(plumber):
    assert w.STAY_THERE in plumber.pivot_note  # told they need not move, and how to stay
    tall, short = pivots_intro(plumber, False), pivots_intro(plumber, True)
    assert len(_lines(tall)) >= 6
    assert len(_lines(short)) <= 3
    plain = to_content(short).plain
    assert "you do not need to move. The moves below are options." in plain
    assert "To stay there" not in plain and "↑↓ to choose; m the map." in plain
    # The advice the short intro leaves out leads the result's "What next".
    advice = w.calm_stay_advice(plumber.pivot_note)
    assert advice.startswith("You do not need to move: to stay there, keep your licence")
    assert advice in to_content(_next_steps(plumber)).plain


def test_other_notes_are_kept_whole_on_a_short_screen() -> None:
    note = "2 of the 3 moves below are long shots (fit under 25%): few moves fit."
    assert w.calm_note_short(note) == note and w.calm_stay_advice(note) == ""


def test_what_next_with_no_pivots_gives_the_advice_to_stay_once(plumber):
    # A veterinary technician (resilience 81) had no pivot at all: the note was the whole
    # "What next", and the advice was put in front of it again ("You do not need to
    # move: to stay there, keep ... You do not need to move. To stay there, keep ...").
    note = plumber.pivot_note.removesuffix(" The moves below are options, not necessities.")
    alone = dataclasses.replace(plumber, pivots=(), pivot_note=note)
    plain = to_content(_next_steps(alone)).plain
    assert plain.casefold().count("to stay there") == 1
    assert plain.count("do not need to move") == 1 and "F4" not in plain


def test_what_next_with_options_says_once_that_there_is_no_need_to_move(plumber):
    # A baker at 80x24 (resilience 71, five options) read "You do not need to move: to
    # stay there, keep ... adopting. You do not need to move; if you want a change, of
    # the 5 options listed, the first, ...": the advice and the options each said it.
    plain = " ".join(to_content(_next_steps(plumber)).plain.split())
    assert plain.count("do not need to move") == 1
    assert ". If you want a change, " in plain  # the options follow the advice
    assert "would raise your resilience by" in plain and "See them (F4)" in plain


def test_what_next_with_options_that_raise_nothing_says_once_there_is_no_need_to_move(plumber):
    # A hair stylist at 200x50 (app's walk, s37) read "You do not need to move: to stay
    # there, keep ... adopting. You do not need to move, so the 3 pivots listed are
    # options and none raises your resilience: ...".
    lower = tuple(dataclasses.replace(p, resilience=plumber.resilience - 2) for p in plumber.pivots)
    plain = " ".join(
        to_content(_next_steps(dataclasses.replace(plumber, pivots=lower))).plain.split()
    )
    assert plain.count("do not need to move") == 1, plain
    assert f". The {len(lower)} pivots listed are options and none raises your resilience" in plain


def test_what_next_leaves_the_pivot_views_own_sentences_to_it(plumber):
    # A hospital porter (resilience 75) read in the result's "What next": "... adopting.
    # The moves below are options, not necessities. Every move listed asks more
    # preparation than your work. The 6 occupations O*NET relates to yours ... were left
    # out ... If you want a change, ...": the pivots view's note, "below" and all, on a
    # view with nothing below it.
    extra = " Every move listed asks more preparation than your work."
    porter = dataclasses.replace(plumber, pivot_note=plumber.pivot_note + extra)
    assert plumber.pivot_note.endswith("The moves below are options, not necessities.")
    plain = " ".join(to_content(_next_steps(porter)).plain.split())
    assert "below" not in plain and "Every move listed" not in plain
    assert plain.startswith("What next: You do not need to move: to stay there, keep")
    assert plain.count("do not need to move") == 1 and "If you want a change, " in plain


#: A note as long as an epidemiologist's (its sentences invented for the test).
LONG_NOTE = (
    "No move here raises your resilience enough to be worth it: demand for your own work "
    "is growing (BLS projects +27% jobs, 2022-32), and most moves would give that up. "
    "To stay where you are, keep your training and any certificates current and learn "
    "the tools your field is adopting. The moves closest to your work are listed too, "
    "each with what it would cost you. The rules left out the 19 other occupations "
    "O*NET relates to yours at your job zone or below: 12 are entered through doctoral "
    "or professional school, 4 are specialties of a licence you do not hold and 3 are "
    "shrinking."
)


def test_a_long_note_is_cut_to_whole_sentences_on_a_short_screen(plumber):
    result = dataclasses.replace(plumber, pivot_note=LONG_NOTE)
    assert len(_lines(pivots_intro(result, True, 78, whole=True))) >= 8
    short = to_content(pivots_intro(result, True, 78)).plain
    assert len(textwrap.wrap(short, 78)) <= 4 and is_cut(result, 78)
    assert short.endswith(f"worth it: demand for your own work is growing (BLS projects "
                          f"+27% jobs, 2022-32), and most moves would give that up. "
                          f"{w.NOTE_CUT}")  # fmt: skip
    assert not is_cut(result, 400)  # wide enough: whole


async def _pivots_with_the_long_note(app, pilot, plumber) -> None:
    """Open the pivots view at 80x24 on a result whose note is cut to whole sentences."""
    from tui_support import settle, wait_until

    await settle(pilot)
    app.session.set_result(
        Profile.create("Epidemiologist", ["biostatistics"]),
        dataclasses.replace(plumber, pivot_note=LONG_NOTE),
    )
    await pilot.press("f4")
    await wait_until(pilot, lambda: app.current_mode == "pivots")


async def test_i_reads_a_cut_note_whole_and_the_keys_it_offers_act(tui_app, screen_text, plumber):
    # One app run: i reads the cut note whole in the place of the list, then each key the
    # whole note's footer offers acts from it.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _pivots_with_the_long_note(app, pilot, plumber)
        await pilot.pause()
        shown = screen_text(app, flat=True)
        assert w.NOTE_CUT in shown and "3 are shrinking" not in shown
        assert "i Whole note" in screen_text(app).splitlines()[-1]
        await pilot.press("i")
        await pilot.pause()
        shown = screen_text(app, flat=True)
        assert "4 are specialties of a licence you do not hold and 3 are shrinking." in shown
        assert "To learn" not in shown  # the table steps aside
        await pilot.press("escape")
        await pilot.pause()
        shown = screen_text(app, flat=True)
        assert "To learn" in shown and w.NOTE_CUT in shown
        # The footer offered "d Details" and "m Map" beside the whole note, and neither
        # did anything: the list, its detail and the map were hidden under the note.
        for key, shown in (("d", w.PIVOT_GAP_LABEL.strip()), ("m", "The map:")):
            await pilot.press("i")
            await pilot.pause()
            assert "3 are shrinking" in screen_text(app, flat=True)
            assert f"{key} " in screen_text(app).splitlines()[-1]  # offered...
            await pilot.press(key)
            await pilot.pause()
            text = screen_text(app, flat=True)
            assert shown in text and "3 are shrinking" not in text, key  # ...and acts
            await pilot.press("escape")
            await pilot.pause()
