"""What-if at 80x24: long skill names wrap under themselves and the change line names
skills whole (or counts them), never cutting one mid-name."""

from __future__ import annotations

from tui_support import score_profile, settle

LONG = "Microsoft Dynamics 365 Business Central"


async def _what_if(pilot, skills: list[str]) -> None:
    await settle(pilot)
    await score_profile(pilot, "Accounts payable clerk", skills)
    await pilot.press("f5")
    await settle(pilot)


def _pivot_names_fit_their_panel(app, screen_text) -> None:
    # The panel had no width yet when the first result was drawn, so names were not
    # shortened and a long one was cropped mid-word with its fit lost.
    pivots = app.session.result.pivots
    assert pivots
    text = screen_text(app)
    listed = [line for line in text.splitlines() if "(rank change" in line]
    assert listed, text
    panel = app.screen.query_one("#whatif-pivots").visual.plain
    # Each pivot named whole (a long name wraps under itself), its fit after it.
    flat = " ".join(panel.split())
    for rank, pivot in enumerate(pivots, 1):
        assert f"{rank}. " in panel and f"{pivot.label} (fit " in flat, panel
    assert "…" not in panel.split("no longer listed")[0]


async def _the_change_line_names_skills_whole_or_counts_them(pilot, app, screen_text) -> None:
    for skill in ("Kiln firing", LONG, "Accounts receivable", "Power BI"):
        await pilot.press(*skill, "enter")
        await settle(pilot)
    change = app.screen.query_one("#whatif-change")
    text = change.visual.plain  # what it shows
    assert text.startswith("Changed: + Kiln firing  + " + LONG), text
    assert "and 2 more" in text and "…" not in text
    lines = screen_text(app).splitlines()
    assert any("Changed: + Kiln firing  + Microsoft Dynamics" in line for line in lines)
    assert any("365 Business Central  and 2 more" in line for line in lines)
    # An unknown skill's note is one word: it never wraps into a lone "?".
    assert any("(unknown)" in line for line in lines)
    assert not any(line.rstrip("│ ").endswith("?") for line in lines)
    # Pivots that dropped out are named whole, or counted ("and 1 more").
    gone_lines = [line for line in lines if "no longer listed" in line]
    labels = " ".join(p.label for p in app.screen.start_result.pivots)
    allowed = {"no", "longer", "listed:", "and", "more"} | set(labels.replace(",", "").split())
    for line in gone_lines:
        text = line[line.index("no longer listed") :].rstrip("│ ")
        words = [word.strip(";,…") for word in text.split()]
        assert all(word in allowed or word.isdigit() for word in words), text


def _a_long_skill_wraps_under_its_name_not_under_the_mark(app, screen_text) -> None:
    lines = [line[:30] for line in screen_text(app).splitlines()]
    first = next(n for n, line in enumerate(lines) if "[✓] Microsoft" in line)
    mark_column = lines[first].index("[✓]")
    follow = lines[first + 1]
    # The next row continues the name, starting where the name started.
    assert follow[mark_column : mark_column + 4] == "    ", lines[first : first + 3]
    assert follow.strip("│ ").startswith(("365", "Business")), follow


async def test_an_ap_clerks_what_if_names_pivots_and_skills_whole(tui_app, screen_text):
    # One app run: the panel as what-if first opens, then four skills tried (the long
    # one among them), each check as it was a test of its own.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel"])
        _pivot_names_fit_their_panel(app, screen_text)
        await _the_change_line_names_skills_whole_or_counts_them(pilot, app, screen_text)
        _a_long_skill_wraps_under_its_name_not_under_the_mark(app, screen_text)


def test_a_long_pivot_name_is_shortened_at_a_word_and_keeps_its_fit():
    from career_resilience.tui.screens.whatif_text import gone_lines
    from career_resilience.wording import cut_at_word as shorten

    name = "First-Line Supervisors of Office and Administrative Support Workers"
    assert shorten(name, 30) == "First-Line Supervisors of…"
    assert shorten("Loan Officers", 30) == "Loan Officers"
    gone = ["Loan Officers", "Bill Collectors", "Insurance Claims and Policy Processing Clerks"]
    one_row = ["no longer listed: Loan Officers; Bill Collectors and 1 more"]
    assert gone_lines(gone, 60, rows=1) == one_row
    # With a second row free (fewer pivots listed), every name is said.
    assert gone_lines(gone, 60) == [
        "no longer listed: Loan Officers; Bill Collectors; Insurance",
        "  Claims and Policy Processing Clerks",
    ]
    # Why each went, where it fits; else the names alone.
    why = [("Loan Officers", "ranked 6th now"), ("Bill Collectors", "your own work now")]
    assert gone_lines(why, 60) == [
        "no longer listed: Loan Officers (ranked 6th now); Bill",
        "  Collectors (your own work now)",
    ]
    assert gone_lines(why, 60, rows=1) == ["no longer listed: Loan Officers; Bill Collectors"]
    # Where not even one name fits beside the count, the names go on a second line,
    # whole: at 80x24 "no longer listed: Surgical… and 1 more" stood under a listed
    # Surgical Assistants.
    gone = ["Surgical Technologists", "Medical Equipment Preparers"]
    assert gone_lines(gone, 46) == [
        "no longer listed: Surgical Technologists;",
        "  Medical Equipment Preparers",
    ]


def test_a_long_pivot_name_wraps_under_itself_with_its_fit_after_it():
    # At 80x24 the what-if panel showed "First-Line Supervisors of… (fit 65%)": whose
    # supervisors was the word cut. The name now wraps at words, aligned under itself.
    from textual.content import Content

    from career_resilience.tui.screens.whatif_text import _pivot_line

    head = Content("1. =    ")
    name = "First-Line Supervisors of Personal Service Workers"
    lines = [line.plain for line in _pivot_line(head, name, "(fit 65%)", 46)]
    assert lines == [
        "1. =    First-Line Supervisors of Personal",
        "        Service Workers (fit 65%)",
    ]
    assert all(len(line) <= 46 for line in lines)
    short = _pivot_line(head, "Loan Officers", "(fit 50%)", 46)
    assert [line.plain for line in short] == ["1. =    Loan Officers (fit 50%)"]


async def test_pivots_no_longer_listed_are_named_whole_at_80x24(tui_app, engine):
    # A hospital porter trying phlebotomy: two pivots drop out, and the line had read
    # "no longer listed: Surgical… and 1 more" under a listed Surgical Assistants.
    app = tui_app(lambda: engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Hospital porter", ["patient transport", "bed moving"])
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press(*"phlebotomy", "enter")
        await settle(pilot)
        now = {p.id for p in app.screen.current[1].pivots}
        gone = [p.label for p in app.screen.start_result.pivots if p.id not in now]
        panel = app.screen.query_one("#whatif-pivots").visual.plain
        assert gone, panel  # the case this test is about
        # Under the listed pivots: a row each ("gone" in the rank column), or a line.
        listed = len(app.screen.current[1].pivots)
        tail = " ".join(panel.split(f"{listed}. ")[1].split("\n", 1)[1].split())
        assert "…" not in tail
        assert all(label in tail for label in gone) or "more" in tail, tail


async def test_at_80x24_the_effect_panel_fits_the_screen_and_scrolls_to_its_end(tui_app):
    # The panel had grown to its content (32 rows in a 20-row body): its bottom was off
    # screen and never scrolled, so pivots 4-5, those no longer listed and the drivers
    # could not be reached by any key.
    from career_resilience.tui.widgets.drivers import DriverList

    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "data entry"])
        body = app.screen.query_one("#whatif-body").region
        effect = app.screen.query_one("#whatif-effect")
        assert effect.region.bottom <= body.bottom <= app.size.height - 1  # above the footer
        app.screen.set_focus(effect)
        await pilot.press("end")
        await settle(pilot)
        drivers = app.screen.query_one(DriverList).region
        assert effect.content_region.y <= drivers.y < effect.content_region.bottom


async def test_at_80x24_the_effect_panel_shows_pivots_before_scrolling(tui_app, screen_text):
    """No blank rows around the gauge: the first pivots show without scrolling (an
    accounts payable clerk saw one pivot, with three blank rows above it)."""
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "GAAP"])
        gauge = app.screen.query_one("ExposureGauge")
        assert gauge.size.height == len(gauge.render().plain.splitlines())
        lines = [line.strip("│ ") for line in screen_text(app).splitlines()]
        heading = next(n for n, line in enumerate(lines) if line.startswith("Pivots now"))
        assert heading <= 17, lines
        assert lines[heading + 1].startswith("1."), lines[heading:]
