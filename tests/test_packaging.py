"""The distribution installs every package, and the one-way doors between rooms hold."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_folder_is_listed_for_installation() -> None:
    config = _config()
    listed = set(config["packages"])
    for name, folder in config["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            dotted = ".".join([name, *rel.parts]) if rel.parts else name
            assert dotted in listed, f"{dotted} ({init.parent}) is missing from pyproject packages"


def _imports(folder: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


def test_skills_imports_neither_the_model_nor_the_app() -> None:
    assert not {
        n for n in _imports("skills")
        if n.startswith(("career_resilience.model", "career_resilience.tui", "textual"))
    }  # fmt: skip


def test_model_never_imports_the_app() -> None:
    assert not {n for n in _imports("model") if n.startswith(("career_resilience.tui", "textual"))}


def test_records_and_reports_stay_outside_the_app() -> None:
    for folder in ("records", "reports"):
        assert not {
            n for n in _imports(folder) if n.startswith(("career_resilience.tui", "textual"))
        }


def test_the_kernel_imports_no_room_and_no_interface() -> None:
    # The kernel (contract, wording, files, sanitise, paths) is what every room shares;
    # a room imported back into it would tie them all together (only ``__main__``, the
    # entry point, starts the CLI).
    rooms = tuple(f"career_resilience.{room}" for room in ("skills", "model", "records",
                                                            "reports", "cli", "tui"))  # fmt: skip
    found = set()
    for path in (ROOT / "career_resilience").rglob("*.py"):
        if path.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found.update(f"{path.name}: {n}" for n in names if n.startswith((*rooms, "textual")))
    assert found == set()
