"""Writing a session report from a client's record (m, h): the prompt comes at once,
the app says it is writing, stays usable while the report is built, and names the full
path when the file is written."""

from __future__ import annotations

import threading

import pytest
from coach_support import notifications, seed, settle, to_clients
from tui_support import command, wait_until

import career_resilience.reports as reports


async def test_the_report_is_written_in_the_background_with_feedback(
    tui_app, screen_text, isolated_dirs, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(isolated_dirs)
    seed("Dana Smith", sessions=1)
    # Building the report is held until the test lets it go: a slow build (over a
    # second on a busy machine) must neither delay the prompt nor freeze the app.
    release = threading.Event()
    building = reports.render_session_markdown

    def slow_build(*args, **kwargs):
        release.wait(10)
        return building(*args, **kwargs)

    monkeypatch.setattr(reports, "render_session_markdown", slow_build)
    target = isolated_dirs.resolve() / "dana-smith-session-1.md"
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")  # Dana Smith's record
        await settle(pilot)
        await command(pilot, "m")
        # The prompt is up as the letter runs: nothing is built before the coach says where.
        assert "Session 1 report as Markdown" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        shown = notifications(app)
        assert "Writing the session 1 report for Dana Smith (Markdown)" in shown
        assert not target.exists()
        # The app answers keys while the report is built: back to the client list.
        await pilot.press("escape")
        await pilot.pause()
        assert "Dana Smith · 1 session" not in screen_text(app)  # the record's header
        assert "Clients" in screen_text(app)
        release.set()
        await wait_until(pilot, lambda: "Wrote the session 1" in notifications(app))
        assert "Dana Smith" in target.read_text(encoding="utf-8")
        # The whole path is named (broken at folder separators to fit the toast).
        shown = "".join(notifications(app).split())
        assert str(target) in shown


async def test_a_report_that_cannot_be_written_says_why(
    tui_app, screen_text, isolated_dirs, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(isolated_dirs)
    seed("Dana Smith", sessions=1)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reports, "render_session_html", broken)
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("h", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: "No space left on device" in notifications(app))
        assert not (isolated_dirs / "dana-smith-session-1.html").exists()
        assert app.is_running  # the failure is said, the app carries on


def test_a_report_written_before_the_next_refresh_is_not_said_to_be_writing(
    isolated_dirs, monkeypatch: pytest.MonkeyPatch
):
    # A short report was often written before the "Writing the report ... the full path
    # is shown when it is written" notice went up, which then stood under "Report saved".
    from types import SimpleNamespace

    from career_resilience import wording
    from career_resilience.tui import client_reports

    monkeypatch.setattr(client_reports, "write_report", lambda *args: None)
    said, after_refresh = [], []

    def run_worker(body, **kwargs):
        body()  # done at once, as a short report on an idle machine
        return SimpleNamespace(is_finished=True)

    app = SimpleNamespace(
        run_worker=run_worker,
        call_after_refresh=lambda callback, *a, **k: after_refresh.append((callback, a, k)),
        notify=lambda text, title="", **kwargs: said.append(title),
    )
    client_reports.write_in_background(app, 1, "Dana Smith", 1, isolated_dirs / "r.md")
    for callback, args, kwargs in after_refresh:  # the next refresh
        callback(*args, **kwargs)
    assert wording.REPORT_WRITING not in said
