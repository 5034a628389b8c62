"""Every word on every view reads whole at 80x24 (issue 11's "Done means").

People far from tech, as they would type themselves in, are scored with the shipped
model; each view they read (result, pivots, the map, what-if) is drawn at 80x24 and
scrolled through to its end, every scrolling box in it too. A word on screen must be a
word the same view shows whole on a terminal wide enough to need no wrapping, or one
shortened at a word boundary with "…" ("Physical Therapist…"); a name cut at the edge
("10 skills, 18 w"), folded mid-word or shortened mid-word ("Warehouse and material
mo…") fails, naming the view, the person and the line.
"""

from __future__ import annotations

import re

import pytest
from tui_support import fill_profile, model_settled, wait_until, workers_done

from career_resilience.tui.app import make_app

#: Drawing characters (borders, bars, gauges, scroll bars): never part of a word.
GRAPHICS = re.compile(r"[┈┊┆╌╎▔▁▊▎▏│─╭╮╰╯▌▐█░▓▒▄▀▂▃▅▆▇━┃╸╺├┤┬┴┼●○◆▲▼▶◀·]")
#: What may stand around a word: punctuation, quotes and brackets.
AROUND = "\"'“”‘’()[]{}:;,.!?"

PEOPLE = {
    "home health aide": (
        "Home health aide",
        ["bathing", "vital signs", "CPR"],
        ["Help clients bathe and get dressed", "Remind clients to take their pills"],
    ),
    "school bus driver": (
        "School bus driver",
        ["CDL", "first aid"],
        ["Drive the morning and afternoon routes", "Keep order on the bus"],
    ),
    "line cook": (
        "Line cook",
        ["knife skills", "food safety", "grill"],
        ["Prep vegetables and sauces before service", "Cook orders on the grill"],
    ),
    "cashier": ("Cashier", ["cash handling", "customer service"], ["Ring up sales"]),
    "farmhand": (
        "Farmhand",
        ["tractor", "irrigation"],
        ["Feed the cattle", "Fix fences and drive the tractor"],
    ),
    "plumber": (
        "Plumber",
        ["pipe fitting", "soldering", "blueprints"],
        ["Install water heaters", "Fix leaks in homes"],
    ),
    "5th grade teacher": (
        "5th grade teacher",
        ["lesson planning", "classroom management"],
        ["Teach math and reading", "Grade homework and talk to parents"],
    ),
}

NARROW = (80, 24)
#: Wide enough that nothing on these views wraps or is shortened.
WIDE = (400, 120)


def _lines(app) -> list[str]:
    """The screen's lines; on a dialog, only the dialog's own part of them (the screen
    behind it shows round its edges, its words cut by the dialog, not by the width)."""
    from textual.geometry import Region
    from textual.screen import ModalScreen

    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    if not isinstance(app.screen, ModalScreen):
        return lines
    shown = [child.region for child in app.screen.children if child.display]
    box = Region.from_union(shown) if shown else Region(0, 0, 0, 0)
    return [line[box.x : box.right] for line in lines[box.y : box.bottom]]


async def _read_all(pilot) -> list[str]:
    """Every line the current view shows, each scrolling box scrolled to its end."""
    app = pilot.app
    app.clear_notifications()
    await pilot.pause()
    seen = _lines(app)
    for box in app.screen.query("*"):
        if not (box.display and box.region.height and box.max_scroll_y > 0):
            continue
        step = max(1, box.scrollable_content_region.height - 1)
        for _ in range(200):  # a page at a time, to the end
            before = box.scroll_y
            box.scroll_to(y=before + step, animate=False, immediate=True)
            await pilot.pause()
            seen += _lines(app)
            if box.scroll_y <= before or box.scroll_y >= box.max_scroll_y:
                break
        box.scroll_home(animate=False, immediate=True)
        await pilot.pause()
    return seen


def _words(line: str) -> list[str]:
    return [w.strip(AROUND) for w in GRAPHICS.sub(" ", line).split() if w.strip(AROUND)]


async def _views(size, engine, person) -> dict[str, list[str]]:
    """The lines of each view for ``person`` at ``size``."""
    role, skills, duties = person
    app = make_app(engine_loader=lambda: engine)
    shown: dict[str, list[str]] = {}
    async with app.run_test(size=size) as pilot:
        await model_settled(pilot)
        await fill_profile(pilot, role, skills, duties)
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: app.current_mode == "result", 30)
        await pilot.pause()
        shown["result"] = await _read_all(pilot)
        await pilot.press("f4")
        await wait_until(pilot, lambda: app.current_mode == "pivots")
        shown["pivots"] = []
        for row in range(len(app.session.result.pivots)):
            app.screen.query_one("#pivot-table").move_cursor(row=row)
            shown["pivots"] += await _read_all(pilot)
        if app.session.result.pivots:
            await pilot.press("m")
            shown["map"] = await _read_all(pilot)
            await pilot.press("m")
        await pilot.press("f5")
        await wait_until(pilot, lambda: app.current_mode == "whatif")
        await workers_done(pilot.app)
        shown["what-if"] = await _read_all(pilot)
    return shown


def short_screen_words() -> set[str]:
    """Words only a short screen shows, on purpose: the pointer ending a pivot note cut
    to fit, and the key that reads it whole (tui/screens/pivots_intro.py)."""
    from career_resilience import wording
    from career_resilience.tui import views

    note = next(a for a in views.ACTIONS if a.action == "toggle_note")
    return set(_words(f"{wording.NOTE_CUT} {note.keys} {note.label}"))


def cut_words(narrow: dict[str, list[str]], whole: dict[str, list[str]]) -> list[str]:
    """Each word shown in ``narrow`` that is no whole word of ``whole``, with its line."""
    vocabulary = {w for lines in whole.values() for line in lines for w in _words(line)}
    vocabulary |= short_screen_words()
    cut = []
    for view, lines in narrow.items():
        for line in lines:
            for word in _words(line):
                stem = word.removesuffix("…").rstrip(AROUND)
                if word.endswith("…") and (not stem or stem in vocabulary):
                    continue  # shortened at a word, and says so
                if word not in vocabulary:
                    cut.append(f"{view}: {word!r} in {line.strip()!r}")
    return list(dict.fromkeys(cut))


def test_the_check_finds_the_cuts_issue_11_saw():
    whole = {"pivots": ["Warehouse and material moving   3 skills · 18 wk"]}
    narrow = {
        "pivots": [
            "│ Warehouse and material mo… │",  # shortened mid-word
            "│ 3 skills · 18 w│",  # cut at the edge
            "│ Warehouse and material… 3 skills · 18 wk │",  # shortened at a word: fine
        ]
    }
    assert [c.split(" in ")[0] for c in cut_words(narrow, whole)] == [
        "pivots: 'mo…'",
        "pivots: 'w'",
    ]


@pytest.mark.parametrize("who", list(PEOPLE))
async def test_no_word_is_cut_at_80x24(engine, who):
    person = PEOPLE[who]
    whole = await _views(WIDE, engine, person)
    cut = cut_words(await _views(NARROW, engine, person), whole)
    assert not cut, f"{who} at 80x24:\n" + "\n".join(cut)
