"""The form's first frame goes up before the model-status line's words are read.

The status line ("Loading the model in the background; you can keep typing.") is the
wording package's; importing that package (and the result contract with it) was about a
sixth of what the app's first frame cost beyond a bare Textual app's. The line is now
written as soon as the frame is up, so the person still reads it before typing anything.
"""

from __future__ import annotations

import subprocess
import sys

from tui_support import SIZE

from career_resilience import wording


def test_the_first_frame_is_drawn_without_the_wording_package():
    script = (
        "import asyncio, os, sys\n"
        "from career_resilience.tui.app import ResilienceApp\n"
        "class First(ResilienceApp):\n"
        "    def on_ready(self):\n"
        "        print('career_resilience.wording' in sys.modules, flush=True)\n"
        "        os._exit(0)\n"
        "asyncio.run(First().run_async(headless=True, size=(80, 24)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert out.stdout.strip() == "False", out.stderr


async def test_the_status_line_says_the_model_is_loading_once_the_form_is_up(tui_app, slow_loader):
    app = tui_app(slow_loader)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            status = str(app.screen.query_one("#model-status").render())
            assert wording.MODEL_LOADING in status
            # Typing goes on meanwhile, and the line stays until the model is in.
            await pilot.press(*"Nurse")
            await pilot.pause()
            assert app.screen.query_one("#role").value == "Nurse"
            assert wording.MODEL_LOADING in str(app.screen.query_one("#model-status").render())
    finally:
        slow_loader.release.set()
