"""The engine stays usable without the app: scoring never imports Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
import career_resilience.skills
import career_resilience.model
# The training modules too (imported, not run: training is beside the point here).
import career_resilience.model.occupation_model
import career_resilience.model.training
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

# The shipped model (it had trained a small one: 17 s of a CI run under load).
engine = load_engine()
result = engine.score(Profile.create("Data analyst", "SQL; Excel", "Build the KPI deck"))
assert 0 <= result.exposure <= 100
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print(",".join(loaded) or "none")
"""


def test_scoring_does_not_import_textual():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "none"


def test_the_app_leans_on_private_parts_of_textual_only_where_it_says_why():
    # tui/notices.py imported textual.widgets._toast and called App._unnotify: Textual
    # is pinned, but an upgrade could change such parts without a word and notices would
    # stack over a dialog's buttons again; it now uses the public API only. The places
    # left: the first frame's restyle (app.up_to_date) and the what-if drawn ahead
    # (widgets/prepared.py), both for speed, and a key's time read on the clock Textual
    # stamps keys with (new_profile_question: keys typed before the question was drawn).
    import re

    known = {"app.py", "screens/new_profile_question.py", "widgets/prepared.py"}
    tui = Path(__file__).parents[1] / "tui"
    private = re.compile(r"\btextual(\.\w+)*\._\w+|\bapp\._(notifications|unnotify|refresh)")
    found = [
        f"{path.relative_to(tui)}: {line.strip()}"
        for path in sorted(tui.rglob("*.py"))
        if str(path.relative_to(tui)) not in known
        for line in path.read_text(encoding="utf-8").splitlines()
        if private.search(line)
    ]
    assert found == []
