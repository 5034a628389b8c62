"""The path prompt, the palette and notifications that name a file, as met at 80x24."""

from __future__ import annotations

import yaml
from tui_support import fill_profile, settle, wait_until

from career_resilience.filenames import wrap_path
from career_resilience.tui.settings import remember_folder
from career_resilience.tui.widgets.completing_input import CompletingInput

NARROW = (80, 24)


async def save_prompt(pilot, app) -> CompletingInput:
    await settle(pilot)
    await fill_profile(pilot, "Registered nurse", ["IV therapy"])
    await pilot.press("ctrl+s")
    await pilot.pause()
    return app.screen.query_one("#prompt-path", CompletingInput)


async def test_typing_a_name_replaces_the_default_instead_of_appending(
    tui_app, isolated_dirs, monkeypatch
):
    monkeypatch.chdir(isolated_dirs)
    app = tui_app()
    async with app.run_test(size=NARROW) as pilot:
        box = await save_prompt(pilot, app)
        assert box.value == "" and box.input.placeholder == "registered-nurse.yaml"
        await pilot.press(*"mine.yaml", "enter")
        await pilot.pause()
        # A bare name goes in the folder the prompt named, not after the default path.
        assert yaml.safe_load((isolated_dirs / "mine.yaml").read_text())["role"] == (
            "Registered nurse"
        )
        assert not list(isolated_dirs.glob("registered-nurse.yaml*"))


async def test_enter_with_nothing_typed_takes_the_default(tui_app, isolated_dirs, monkeypatch):
    chosen = isolated_dirs / "kept here"
    chosen.mkdir()
    monkeypatch.chdir(isolated_dirs)
    remember_folder(chosen / "earlier.yaml")
    app = tui_app()
    async with app.run_test(size=NARROW) as pilot:
        await save_prompt(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        assert (chosen / "registered-nurse.yaml").is_file()
        assert app.screen.id != "prompt-box" and not app.screen.query("#prompt-path")


async def test_a_bare_name_completes_among_the_default_folders_files(
    tui_app, isolated_dirs, monkeypatch
):
    folder = isolated_dirs / "profiles"
    folder.mkdir()
    (folder / "nurse-2025.yaml").write_text("role: Nurse\n")
    remember_folder(folder / "x.yaml")
    monkeypatch.chdir(isolated_dirs)
    app = tui_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press(*"nur", "down", "enter")
        await pilot.pause()
        box = app.screen.query_one("#prompt-path", CompletingInput)
        assert box.value == "nurse-2025.yaml"  # offered as typed: no folder pasted in front
        await pilot.press("enter")
        await settle(pilot)
        assert app.session.profile is not None and app.session.profile.role == "Nurse"


async def test_a_long_path_in_a_notification_breaks_between_folders(
    tui_app, isolated_dirs, screen_text
):
    folder = isolated_dirs / "a rather long folder name for exports" / "deeply-nested-subfolder"
    folder.mkdir(parents=True)
    target = folder / "registered-nurse-medical-surgical.yaml"
    app = tui_app()
    # run_test hides notifications unless asked: this test reads one.
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        box = await save_prompt(pilot, app)
        box.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await wait_until(pilot, lambda: "Saved to" in screen_text(app))
        shown = screen_text(app)
        # Each folder and the file name arrive whole on some line of the toast.
        for part in ("deeply-nested-subfolder/", "a rather long folder name for "):
            assert part in shown, shown
        # A name wider than the toast breaks after its own dash or dot, not mid-word.
        assert "registered-nurse-medical-surgical." in shown, shown
        assert "Saved to" in shown


def test_wrapped_paths_keep_every_character():
    path = "/home/dana/Documents/clients/2026/priya-raman-session-12.html"
    lines = wrap_path(path, 20)
    assert "".join(lines) == path
    assert lines == [
        "/home/dana/",
        "Documents/clients/",
        "2026/",
        "priya-raman-session-",
        "12.html",
    ]


async def test_the_palette_offers_only_the_apps_own_themes(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await pilot.pause(0.5)
        shown = screen_text(app)
        # Textual's own picker lists themes that fail the app's contrast check.
        assert "Change the current theme" not in shown
        assert "Switch to the light or dark theme" in shown


async def test_a_default_name_from_a_long_title_shows_whole_in_the_box(
    tui_app, isolated_dirs, monkeypatch
):
    # A title typed as a sentence gave "i-am-currently-working-as-a-part-time-seasonal-
    # agricultural.yaml": at 80x24 the box showed it cut, "...agricultural.ya".
    role = (
        "I am currently working as a part time seasonal agricultural worker picking fruit "
        "and vegetables on several farms across the county"
    )
    monkeypatch.chdir(isolated_dirs)
    app = tui_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await fill_profile(pilot, role, ["fruit picking"])
        await pilot.press("ctrl+s")
        await pilot.pause()
        box = app.screen.query_one("#prompt-path", CompletingInput).input
        name = box.placeholder
        assert name.endswith(".yaml") and len(name) <= box.content_region.width, name
        stem = name.removesuffix(".yaml")
        assert "i-am-currently-working-as-a-part-time-seasonal-agricultural-worker".startswith(stem)
        full = "i-am-currently-working-as-a-part-time-seasonal-agricultural-worker-picking"
        assert full[len(stem)] == "-", stem  # cut between two words
