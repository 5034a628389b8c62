"""The what-if view's texts: the comparison table and how each pivot's rank moved.

Plain functions of two results (the variant's and the starting point's) and a width,
so the screen can work them out ahead, in idle time, for the likely next key.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from textual.content import Content

from career_resilience import wording as w
from career_resilience.model.result import PivotOption, Result


def compare_table(
    now: Result,
    start: Result,
    width: int = 0,
    changed: bool = False,
    held: Sequence[tuple[str, str, str]] = (),
) -> Content:
    """Exposure and resilience now, at the start, and the change, as a small table, and
    under it which parts of resilience moved and why (:func:`why_lines`; ``changed``:
    the skills differ from the start's; ``held``: the change is only these skills,
    ``(typed, listed, catalogue skill)``, already held under another name)."""
    rows = [Content.styled(f"{'':<11}{'now':>6}{'start':>8}{'change':>9}", "dim")]
    for name, value, before in (
        ("Exposure", now.exposure, start.exposure),
        ("Resilience", now.resilience, start.resilience),
    ):
        change = value - before
        rows.append(
            Content.assemble(
                (f"{name:<11}", "bold"),
                (f"{w.decimal(value):>6}", "bold"),
                f"{w.decimal(before):>8}",
                (
                    f"{w.score_change(value, before, 1):>9}",
                    "bold" if abs(change) >= 0.05 else "dim",
                ),
            )
        )
    why = why_lines(now, start, width, changed, held)
    rows += [Content.styled(line, "dim") for line in why]
    return Content("\n").join(rows)


#: Lines the what-if gives to why resilience moved (its panel has a fixed height).
WHY_LINES = 2


def why_lines(
    now: Result,
    start: Result,
    width: int,
    changed: bool = False,
    held: Sequence[tuple[str, str, str]] = (),
) -> list[str]:
    """Why resilience moved, in at most :data:`WHY_LINES` lines of ``width``: "because
    your skills now span 4 kinds of work, was 2 (+6.0); outlook and exposure −0.1" (a
    cashier trying "stock control" saw +5.9 at the same exposure and outlook with
    nothing saying why). Fewer parts are named when the reasons would not fit; a change
    that moves neither score says so (:func:`wording.nothing_moved`, or that the skills
    tried are already held: ``held``); with no change, what resilience adds up."""
    width = width or 80
    same_exposure = w.decimal(now.exposure) == w.decimal(start.exposure)
    if changed and same_exposure and not w.resilience_moved(now, start):
        if held:
            # The catalogue skill's name goes first when two lines cannot hold it.
            unnamed = [(typed, listed, "") for typed, listed, _ in held]
            said = [
                w.nothing_moved_held(h, short)
                for h, short in ((held, False), (unnamed, False), (held, True))
            ]
        else:
            said = [w.nothing_moved(now, start, short) for short in (False, True)]
        for text in said:
            lines = textwrap.wrap(text, width)
            if len(lines) <= WHY_LINES:
                break
        return lines[:WHY_LINES]
    for named in (3, 2, 1):
        why = w.resilience_moved(now, start, named)
        text = f"because {why}" if why else w.RESILIENCE_PARTS_NOTE
        lines = textwrap.wrap(text, width, break_long_words=False)
        if len(lines) <= WHY_LINES or not why:
            return lines[:WHY_LINES]
    return lines[:WHY_LINES]


#: The share of the figures that must come from other work before the what-if says the
#: person is placed there: a near tie that flips (Database Architects 19% / Clinical
#: Data Managers 16% swapping places) moves a few points of it and says nothing.
PLACED_SHARE = 0.5


def placement(result: Result) -> dict[str, float]:
    """The work a result places the person in, as the what-if names it, with each
    one's share of the figures, likeliest first: the O*NET occupations matched, or the
    kinds of work when there are none to name (AI-era work, whose occupations are only
    its nearest)."""
    if result.occupations and not result.occupations_nearest:
        return {o.title: o.probability for o in result.occupations}
    return {c.label: c.probability for c in result.categories}


def placement_note(now: Result, start: Result, added: int, removed: int) -> str:
    """What the what-if says when a change moves the person to other work, else "":
    the likeliest work is another, and at least :data:`PLACED_SHARE` of the figures
    moved to other work (half the summed change in shares).

    Nothing when the start had a choice ("that's not me"): its figures stay the
    choice's whatever the skills."""
    if start.category_chosen or start.occupation_chosen:
        return ""
    was, new = placement(start), placement(now)
    if not was or not new or next(iter(was)) == next(iter(new)):
        return ""
    moved = sum(abs(new.get(k, 0.0) - was.get(k, 0.0)) for k in was.keys() | new.keys()) / 2
    if moved < PLACED_SHARE:
        return ""
    return w.whatif_placement(next(iter(new)), next(iter(was)), added, removed)


#: Rows of the what-if's pivot panel (``#whatif-pivots`` in whatif.tcss): what the
#: pivots listed leave of it holds the ones no longer listed. At 6, five pivots with
#: one name on two lines left none, and an accountant trying Python was never told
#: Financial Managers had gone (the line was drawn below the panel's last row).
PIVOT_ROWS = 8


def gone_lines(gone: Sequence[str | tuple[str, str]], width: int, rows: int = 2) -> list[str]:
    """ "no longer listed: A (why); B (why) and 2 more": as many names as fit, whole,
    each with why it went where that fits too (``(label, why)``; a label alone: no
    why), the rest counted, in at most ``rows`` lines of ``width`` wrapped at words (a
    name is never cut: "Surgical…" beside a listed Surgical Assistants left a coach
    guessing which had gone, 80x24)."""
    head = "no longer listed: "
    labelled = [g if isinstance(g, str) else f"{g[0]} ({g[1]})" for g in gone]
    names = [g if isinstance(g, str) else g[0] for g in gone]
    if width <= 0:
        return [head + "; ".join(labelled)]
    # As many names as fit, with why they went where that fits too.
    for shown in range(len(gone), 0, -1):
        rest = len(gone) - shown
        for said in (labelled[:shown], names[:shown]):
            text = head + "; ".join(said) + (f" and {rest} more" if rest else "")
            lines = textwrap.wrap(
                text, width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False
            )
            if len(lines) <= max(rows, 1) and all(len(line) <= width for line in lines):
                return lines
    tail = f" and {len(names) - 1} more" if len(names) > 1 else ""
    return [head + w.cut_at_word(names[0], width - len(head) - len(tail)) + tail]


def pivot_moves(
    now: Result, start: Result, width: int = 0, why: Mapping[str, str] | None = None
) -> list[Content]:
    """Each pivot now, with how its rank moved against the starting point, and the
    pivots no longer listed with why they went (``why``, by pivot id: ``whatif_gone``).

    A fit the change moved says what it was ("fit 47%, was 38%": a court reporter
    trying "paralegal work" saw paralegal work's rank unchanged and no sign the move
    had come closer). With a ``width``, a long name wraps at words under itself
    (:func:`_pivot_line`),
    and the pivots no longer listed are named whole or counted, never cut mid-word.
    """
    before = {p.id: rank for rank, p in enumerate(start.pivots, 1)}
    fit_before = {p.id: p.fit for p in start.pivots}
    lines = []
    for rank, pivot in enumerate(now.pivots, 1):
        old = before.get(pivot.id)
        if old is None:
            move = ("new", "bold $text-success")
        elif old == rank:
            move = ("=", "dim")
        else:
            arrow = "▲" if old > rank else "▼"
            move = (f"{arrow}{abs(old - rank)}", "bold $text-accent")
        head = Content.assemble(f"{rank}. ", (f"{move[0]:<4}", move[1]), " ")
        fit = w.fit_now(pivot.fit, fit_before.get(pivot.id))
        lines += _pivot_line(head, pivot.label, f"({fit})", width)
    listed = {q.id for q in now.pivots}
    gone = [p for p in start.pivots if p.id not in listed]
    if gone:
        lines += gone_rows(gone, why or {}, width, max(PIVOT_ROWS - len(lines), 1))
    return lines or [Content.styled("no pivot raises resilience from here", "dim")]


def gone_rows(
    gone: Sequence[PivotOption], why: Mapping[str, str], width: int, rows: int
) -> list[Content]:
    """The pivots no longer listed, under those listed: a row each while ``rows`` hold
    them, "gone" in the rank column and why it went after its name, as a listed
    pivot's fit ("   gone Financial Managers (ranked 6th now)"); those that do not fit
    are named or counted on :func:`gone_lines`."""
    head = Content.assemble("   ", (f"{w.WHATIF_GONE:<4}", "dim"), " ")
    out: list[Content] = []
    for k, pivot in enumerate(gone):
        reason = f"({why[pivot.id]})" if pivot.id in why else ""
        # With why it went if that fits, else the name alone; room is kept for a line
        # naming the rest if any are left.
        spare = len(out) + (k + 1 < len(gone))
        tries = (
            _pivot_line(head, pivot.label, reason, width),
            _pivot_line(head, pivot.label, "", width),
        )
        row = next((t for t in tries if spare + len(t) <= rows), None)
        if row is None:
            rest = [(p.label, why[p.id]) if p.id in why else p.label for p in gone[k:]]
            said = gone_lines(rest, width, max(rows - len(out), 1))
            return out + [Content.styled(line, "dim") for line in said]
        out += [line.stylize("dim") for line in row]
    return out


def _pivot_line(head: Content, label: str, fit: str, width: int) -> list[Content]:
    """One pivot's row: ``head`` (rank and move), its name and fit. A name too long for
    the row wraps at words under itself, the fit after its last word: cut to fit,
    "First-Line Supervisors of…" hid whose supervisors (seen at 80x24)."""
    indent = len(head.plain)
    if not fit:  # a pivot gone, with no reason known yet
        parts = (
            textwrap.wrap(label, max(12, width - indent), break_long_words=False)
            if width
            else [label]
        )
        return [head + Content(parts[0]), *(Content(" " * indent + part) for part in parts[1:])]
    if not width or indent + len(label) + 1 + len(fit) <= width:
        return [head + Content.assemble(f"{label} ", (fit, "dim"))]
    parts = textwrap.wrap(label, max(12, width - indent), break_long_words=False)
    lines = [head + Content(parts[0]), *(Content(" " * indent + part) for part in parts[1:])]
    if indent + len(parts[-1]) + 1 + len(fit) <= width:
        lines[-1] = lines[-1] + Content.assemble(" ", (fit, "dim"))
    else:
        lines.append(Content.assemble(" " * indent, (fit, "dim")))
    return lines
