"""Every letter the app draws is readable: WCAG AA (4.5:1) in the colours on screen.

``test_tui_contrast.py`` checks the theme variables the app's own code names; Textual's
widgets paint some text with colours of their own (an input's placeholder, a list's
disabled row, a toggle's mark on the highlighted row). Here each view and dialog is
drawn at 80x24 in both themes and every cell with a letter in it is checked, in the
colours it is drawn in. Text of a screen dimmed behind a dialog is not checked (it is
not meant to be read until the dialog closes), nor are borders, bars and blocks.
"""

from __future__ import annotations

import re

from coach_support import sample_profile, sample_result, seed, settle, to_clients
from rich.segment import Segment
from test_tui_contrast import contrast
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.errors import NoWidget
from textual.screen import ModalScreen
from tui_support import model_settled, until_shown, wait_until

from career_resilience.tui.screens.client_record import ClientRecordScreen
from career_resilience.tui.themes import DARK, LIGHT

AA = 4.5
THEMES = [DARK, LIGHT]
#: Drawing characters (borders, bars, gauges): graphics, not text.
GRAPHICS = re.compile(r"[\s▔▁▊▎▏│─╭╮╰╯▌▐█░▓▒▄▀▂▃▅▆▇━┃╸╺]")


def _colours(segment: Segment) -> tuple[Color, Color] | None:
    style = segment.style
    if style is None or style.color is None or style.bgcolor is None:
        return None
    fg = Color.from_rich_color(style.color)
    bg = Color.from_rich_color(style.bgcolor)
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        fg = bg.blend(fg, DIM_FACTOR)
    return fg, bg


def unreadable(app) -> list[str]:
    """Each run of text on screen under 4.5:1, with its colours and ratio."""
    screen = app.screen

    def inside(x: int, y: int) -> bool:
        # Over a dialog, only the dialog's own widgets are read (not the screen behind).
        if not screen.is_modal:
            return True
        try:
            widget, _ = screen.get_widget_at(x, y)
        except NoWidget:
            return False
        return widget is not screen

    found = []
    for y, strip in enumerate(screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            width = segment.cell_length
            text = GRAPHICS.sub("", segment.text)
            colours = _colours(segment)
            if text and colours and inside(x, y):
                ratio = contrast(*colours)
                if ratio < AA:
                    fg, bg = colours
                    found.append(f"{segment.text.strip()!r} {fg.hex} on {bg.hex}: {ratio:.2f}")
            x += width
    return found


def _drawn_colours(app) -> set[tuple[Color, Color]]:
    """Every (text, background) pair on screen."""
    strips = app.screen._compositor.render_strips()
    return {pair for strip in strips for seg in strip if (pair := _colours(seg)) is not None}


async def _look(pilot, seen: dict[str, list[str]], name: str) -> None:
    """Read the view in the theme it is in, then in the other one: a theme switch
    redraws the same view (a second walk through every view cost CI 18 s)."""
    app = pilot.app
    drawn = []
    for number in range(2):
        if number:
            app.theme = THEMES[1 - THEMES.index(app.theme)]
        await settle(pilot)
        drawn.append(_drawn_colours(app))
        problems = unreadable(app)
        if problems:
            seen[f"{name} ({app.theme})"] = problems[:4]
    assert drawn[0] != drawn[1], f"{name}: the theme switch drew nothing new"


async def _fill(pilot) -> None:
    screen = pilot.app.screen
    screen.query_one("#role").value = "Cashier"
    for skill in ("cash handling", "POS systems", "Kiln firing"):
        screen.add_skills(skill)
    screen.query_one("#duties").text = "Ring up sales and take payments\nCount the till"
    await pilot.pause()


async def test_every_letter_on_every_view_and_dialog_is_readable(tui_app):
    from career_resilience.records import Store

    seed("Dana Smith", sessions=2)
    with Store.open() as store:
        client = store.client_by_name("Dana Smith")
        assert client is not None
        store.add_session(client.id, sample_profile(), sample_result())
    app = tui_app()
    app.theme = DARK
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        await _look(pilot, seen, "empty profile (placeholders)")
        await _fill(pilot)
        await _look(pilot, seen, "profile")
        await pilot.press("ctrl+r")
        await _look(pilot, seen, "result")
        for _ in range(4):
            await pilot.press("pagedown")
            await _look(pilot, seen, "result, further down")
        await pilot.press("f4")
        await _look(pilot, seen, "pivots")
        await pilot.press("f5")
        await _look(pilot, seen, "what-if (add box)")
        await pilot.press("tab")
        await _look(pilot, seen, "what-if (list highlighted)")
        await pilot.press("ctrl+k")
        await _look(pilot, seen, "save to a client")
        await pilot.press("escape", "f3", "c", *"nurs")
        await _look(pilot, seen, "that's not me")
        await pilot.press("escape")
        await to_clients(pilot)
        await _look(pilot, seen, "client list")
        await pilot.press("ctrl+g")
        await _look(pilot, seen, "new client")
        await pilot.press("escape", "enter")
        await _look(pilot, seen, "clear the result first?")
        # Yes: Dana's record opens (the walk read the question above as the record, and
        # its n, c and p below as the list's).
        await pilot.press("y")
        await until_shown(pilot, ClientRecordScreen, timeout=10)
        await _look(pilot, seen, "client record")
        for key, name in (("n", "note"), ("c", "consent"), ("p", "chosen pivot")):
            await pilot.press(key)
            # The record's letter waits to see whether a word follows (record_typing):
            # read without this wait, the look could be at the record again.
            await until_shown(pilot, ModalScreen)
            await _look(pilot, seen, name)
            await pilot.press("escape")
            await wait_until(pilot, lambda: not isinstance(app.screen, ModalScreen))
        await pilot.press("f1")
        await _look(pilot, seen, "help")
    assert not seen, "\n".join(f"{k}: {v}" for k, v in seen.items())
