"""Every word on every view reads whole at 80x24 (issue 11's "Done means").

People far from tech, as they would type themselves in, are scored with the shipped
model; each view they read (result, pivots, the map, what-if) is drawn at 80x24 and
scrolled through to its end, every scrolling box in it too, then again with the terminal
widened. A word on screen must be a word the same view shows whole on a terminal wide
enough to need no wrapping, or one shortened at a word boundary with "…" ("Physical
Therapist…"); a name cut at the edge ("10 skills, 18 w"), folded mid-word or shortened
mid-word ("Warehouse and material mo…") fails, naming the view, the person and the line.
"""

from __future__ import annotations

import re

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
#: Wide enough that no word on these views is shortened (the test checks it: a word cut
#: there would pass the same cut at 80x24). 400x120 showed the same words, at a fifth
#: more time per view drawn.
WIDE = (200, 50)
#: The one word ending in "…" on purpose at any width: the what-if box's placeholder.
PLACEHOLDER = "skill…"


def _lines(app) -> list[str]:
    """The screen's lines; on a dialog, only the dialog's own part of them (the screen
    behind it shows round its edges, its words cut by the dialog, not by the width) and
    its footer row, which spans the screen."""
    from textual.geometry import Region
    from textual.screen import ModalScreen
    from textual.widgets import Footer

    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    if not isinstance(app.screen, ModalScreen):
        return lines
    own = [child for child in app.screen.children if child.display]
    shown = [child.region for child in own if not isinstance(child, Footer)]
    footer = [lines[child.region.y] for child in own if isinstance(child, Footer)]
    box = Region.from_union(shown) if shown else Region(0, 0, 0, 0)
    return [line[box.x : box.right] for line in lines[box.y : box.bottom]] + footer


async def _read_all(pilot, boxes: str = "*") -> list[str]:
    """Every line the current view shows, each scrolling box (of those ``boxes`` selects)
    scrolled to its end."""
    app = pilot.app
    app.clear_notifications()
    await pilot.pause()
    seen = _lines(app)
    for box in app.screen.query(boxes):
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


def _detail_drawn(app, row: int) -> bool:
    """Whether the detail box shows the pivot of ``row`` and is laid out: its text set
    and each of its parts placed on the screen. An idle look can come between the two
    (the box read with the row before still drawn, under load)."""
    from career_resilience.tui.widgets.pivot_detail import PivotDetail

    parts = list(app.screen.query_one(PivotDetail).children)
    label = app.session.result.pivots[row].label
    return (
        bool(parts)
        and str(parts[0].content).startswith(label)
        and all(part.region.height for part in parts)
    )


async def _read_views(pilot) -> dict[str, list[str]]:
    """The lines of each view for the person scored last, at the app's size now."""
    app = pilot.app
    shown: dict[str, list[str]] = {}
    await pilot.press("f3")
    await wait_until(pilot, lambda: app.current_mode == "result")
    shown["result"] = await _read_all(pilot)
    await pilot.press("f4")
    await wait_until(pilot, lambda: app.current_mode == "pivots")
    table = app.screen.query_one("#pivot-table")
    table.move_cursor(row=0)
    shown["pivots"] = await _read_all(pilot)
    # Only the detail box changes with the row: the table and the rest are read above.
    for row in range(1, len(app.session.result.pivots)):
        table.move_cursor(row=row)
        await wait_until(pilot, lambda row=row: _detail_drawn(app, row))
        shown["pivots"] += await _read_all(pilot, "#pivot-detail-box")
    if app.session.result.pivots:
        await pilot.press("m")
        shown["map"] = await _read_all(pilot)
        await pilot.press("m")
    await pilot.press("f5")
    await wait_until(pilot, lambda: app.current_mode == "whatif")
    await workers_done(pilot.app)
    shown["what-if"] = await _read_all(pilot)
    return shown


async def _views(pilot, person) -> dict[tuple[int, int], dict[str, list[str]]]:
    """The lines of each view for ``person``, scored once in the app ``pilot`` drives
    and read at each size (the terminal resized, as a person would)."""
    app = pilot.app
    role, skills, duties = person
    await pilot.resize_terminal(*NARROW)
    await pilot.press("f2")
    app.screen.query_one("#skills").set_skills([])  # the last person's skills go
    await fill_profile(pilot, role, skills, duties)
    await pilot.press("ctrl+r")
    scored = app.session
    await wait_until(
        pilot, lambda: app.current_mode == "result" and scored.profile.role == role, 30
    )
    await pilot.pause()
    shown = {}
    for size in (NARROW, WIDE):
        await pilot.resize_terminal(*size)
        shown[size] = await _read_views(pilot)
    return shown


async def _walk(engine) -> dict[tuple[int, int], dict[str, dict[str, list[str]]]]:
    """Each person's views at each size, one after another in one app run (as a coach
    scores one client after another; an app start per person cost CI 10 s a person,
    and one per size scored everyone twice)."""
    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=NARROW) as pilot:
        await model_settled(pilot)
        walked = {who: await _views(pilot, person) for who, person in PEOPLE.items()}
    return {size: {who: walked[who][size] for who in walked} for size in (NARROW, WIDE)}


def short_screen_words() -> set[str]:
    """Words only a short screen shows, on purpose: the pointer ending a pivot note cut
    to fit, and the key that reads it whole (tui/screens/pivots_intro.py)."""
    from career_resilience import wording
    from career_resilience.tui import views

    note = next(a for a in views.ACTIONS if a.action == "toggle_note")
    return set(_words(f"{wording.NOTE_CUT} {note.keys} {note.label}"))


def words_in(shown: dict[str, list[str]]) -> set[str]:
    """Every word of every view in ``shown``."""
    return {w for lines in shown.values() for line in lines for w in _words(line)}


def shortened(shown: dict[str, list[str]]) -> set[str]:
    """The words of ``shown`` shortened with "…" (the placeholder aside): none may be on a
    screen wide enough to show them whole."""
    return {w for w in words_in(shown) if w.endswith("…") and w not in ("…", PLACEHOLDER)}


def cut_words(narrow: dict[str, list[str]], whole: dict[str, list[str]]) -> list[str]:
    """Each word shown in ``narrow`` that is no whole word of ``whole``, with its line."""
    vocabulary = words_in(whole) | short_screen_words()
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


async def test_no_word_is_cut_at_80x24(engine):
    walked = await _walk(engine)
    whole, narrow = walked[WIDE], walked[NARROW]
    assert list(narrow) == list(PEOPLE)  # every person walked
    for who in PEOPLE:
        assert {"result", "pivots", "what-if"} <= set(narrow[who]), who
    assert not set().union(*(shortened(whole[who]) for who in PEOPLE)), f"shortened at {WIDE}"
    cut = [f"{who}: {c}" for who in PEOPLE for c in cut_words(narrow[who], whole[who])]
    assert not cut, "at 80x24:\n" + "\n".join(cut)
