"""The README's Layout names every room, every kernel module and every wording module.

Someone looking for where a sentence or a file write lives reads the Layout first: a
module added to the kernel or to wording/ without a word there is one they never find.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _layout() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Layout")
    return text[start : text.index("\n## ", start + 1)]


def test_every_room_and_kernel_module_is_in_the_layout() -> None:
    layout = _layout()
    rooms = [p.name for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").is_file()]
    assert {"skills", "model", "records", "reports", "cli", "tui"} <= set(rooms)
    missing = [f"{room}/" for room in rooms if f"{room}/ " not in layout]
    kernel = ROOT / "career_resilience"
    missing += [
        p.name
        for p in [*kernel.glob("*.py"), *(kernel / "wording").glob("*.py")]
        if not p.name.startswith("__") and p.name not in layout
    ]
    assert not missing, missing
