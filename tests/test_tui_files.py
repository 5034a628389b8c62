"""Profiles saved and opened as YAML, and results exported as Markdown, from the app."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from tui_support import SIZE, fill_profile, score_profile, settle

from career_resilience.model.profile import Profile
from career_resilience.tui.widgets.completing_input import CompletingInput


async def test_save_then_open_gives_the_same_profile(tui_app, isolated_dirs, screen_text):
    app = tui_app()
    target = isolated_dirs / "mine.yaml"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(
            pilot, "Data analyst", ["SQL", "Fortran"], ["Pull the weekly numbers", "Meet people"]
        )
        saved = app.screen.read_form()
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen.query_one("#prompt-path", CompletingInput).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert yaml.safe_load(target.read_text()) == saved.to_dict()
        await pilot.press("ctrl+n")  # clear the form, then open the file again
        await pilot.pause()
        assert app.screen.query_one("#skills").skills == []
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#prompt-path", CompletingInput).value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.profile == saved  # opened, filled in and scored
        assert app.current_mode == "result"
        assert app.profile_screen.read_form() == saved


async def test_save_asks_before_replacing_a_file(tui_app, isolated_dirs, screen_text):
    app = tui_app()
    target = isolated_dirs / "old.yaml"
    target.write_text("role: Old\n")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Data analyst", ["SQL"])
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.screen.query_one("#prompt-path", CompletingInput).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "old.yaml exists; press Enter again to replace it" in screen_text(app)
        assert target.read_text() == "role: Old\n"
        await pilot.press("enter")
        await pilot.pause()
        assert yaml.safe_load(target.read_text())["role"] == "Data analyst"


BAD_FILES = [
    ("role: [unclosed", "is not valid YAML"),
    ("- just\n- a list\n", "expected a mapping"),
    ("role: ''\nskills: [SQL]\n", "role: is empty"),
    ("role: Analyst\ncategory: astronaut\n", "'astronaut' is not a category"),
    # A hand-edited key slip: the baker's skills had gone unread without a word.
    ("role: Baker\nskils: [bread, pastry]\n", "key 'skils' is not read; did you mean 'skills'?"),
    ("role: Baker\nDuty: bake bread\n", "key 'Duty' is not read; did you mean 'duties'?"),
]


async def test_opening_a_bad_file_says_what_is_wrong(tui_app, isolated_dirs, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for number, (content, message) in enumerate(BAD_FILES):
            bad = isolated_dirs / f"bad{number}.yaml"
            bad.write_text(content)
            await pilot.press("ctrl+o")
            await pilot.pause()
            app.screen.query_one("#prompt-path", CompletingInput).value = str(bad)
            await pilot.press("enter")
            await pilot.pause()
            shown = screen_text(app, flat=True)
            assert f"⚠ bad{number}.yaml" in shown and message in shown, content
            await pilot.press("escape")
            await pilot.pause()
            assert app.session.profile is None
            assert app.current_mode == "profile"


async def test_export_writes_the_markdown_report(tui_app, isolated_dirs):
    app = tui_app()
    target = isolated_dirs / "exports" / "report.md"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("ctrl+e")
        await pilot.pause()
        app.screen.query_one("#prompt-path", CompletingInput).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        text = target.read_text()
        from career_resilience.reports.markdown import render_result_markdown

        assert text == render_result_markdown(
            app.session.profile.to_dict(), app.session.result.to_dict()
        )
        assert "Data analyst" in text


def test_a_result_exported_to_a_name_ending_in_html_is_a_web_page(engine, tmp_path: Path):
    # A coach typing "report.html" at ctrl+e had been given "report.md" (Markdown).
    from career_resilience.reports.html import render_result_html
    from career_resilience.tui.file_actions import write_result_report

    profile = Profile.create("Court reporter", ["stenography", "transcription"])
    result = engine.score(profile)
    written = write_result_report(profile, result, tmp_path / "report.html")
    assert written == tmp_path / "report.html"
    assert written.read_text() == render_result_html(profile.to_dict(), result.to_dict())
    assert not (tmp_path / "report.md").exists()
    # Markdown stays the default: a bare name gets .md.
    assert write_result_report(profile, result, tmp_path / "plain") == tmp_path / "plain.md"
    assert (tmp_path / "plain.md").read_text().startswith("# Career resilience result")


def test_saved_profile_file_round_trips(tmp_path: Path):
    from career_resilience.model import profile_files

    profile = Profile.create(
        "Nurse: ward 3", ["Wound care", "Triage"], "Dress wounds", "nursing_care"
    )
    path = profile_files.save_profile(profile, tmp_path / "a" / "nurse.yaml")
    assert profile_files.read_profile(path, {"nursing_care"}) == profile
    assert not list(path.parent.glob(".*tmp"))  # the temporary file was renamed away


async def test_a_long_default_path_wraps_after_a_folder_not_inside_its_name(tmp_path: Path):
    # At 80 columns the export dialog read ".../keeps/client/repor" over "ts/in/nested/...":
    # a folder's name cut in two. A long path now wraps after a separator.
    from textual.app import App

    from career_resilience.tui.screens.path_prompt import PathPrompt

    folder = tmp_path.joinpath(
        *["very", "long", "folder", "names", "for", "a", "coach", "who", "keeps", "client"]
    )
    default = folder / "reports" / "in" / "nested" / "places" / "farm-manager.md"
    app = App()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(PathPrompt("Export result", "Export", str(default), lambda p: None))
        await pilot.pause()
        where = app.screen.query_one("#prompt-where")
        lines = [s.text.rstrip() for s in where.render_lines(where.region.reset_offset)]
        lines = [line for line in lines if line]
        assert len(lines) >= 2  # it does wrap
        flat = " ".join(lines)
        for name in [*folder.parts[1:], "reports", "nested", "places", "farm-manager.md."]:
            assert any(name in line for line in lines), (name, lines)
        assert flat.replace(f"{os.sep} ", os.sep).startswith(f"Enter with nothing typed: {default}")
