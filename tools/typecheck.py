"""Run mypy over the whole ``career_resilience`` namespace.

mypy cannot follow setuptools' ``package-dir`` mapping (every room folder is
installed *inside* career_resilience), so this builds the installed layout from
symlinks in a temporary directory and checks that.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Every room is a top-level folder installed as ``career_resilience.<folder>``.
MAPPED = {room: room for room in ("skills", "model", "records", "reports", "cli", "tui")}


def main() -> int:
    """Build the symlinked tree and run mypy on it; returns mypy's exit code."""
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "career_resilience"
        package.mkdir()
        for entry in (ROOT / "career_resilience").iterdir():
            if entry.name != "__pycache__":
                (package / entry.name).symlink_to(entry)
        for name, folder in MAPPED.items():
            (package / name).symlink_to(ROOT / folder)
        cmd = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
               "-p", "career_resilience", *sys.argv[1:]]  # fmt: skip
        return subprocess.run(cmd, cwd=tmp, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
