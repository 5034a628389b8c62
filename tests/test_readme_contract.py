"""The README's JSON contract names the fields `resilience score --json` prints.

A script written from the README's example reads every field by the name shown there:
a field the command prints that the example leaves out is one nobody learns about,
and a field the example shows that the command no longer prints breaks the script.
"""

from __future__ import annotations

import json
from pathlib import Path

from career_resilience.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme_example() -> dict:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## JSON contract") :]
    block = section[section.index("```json") + len("```json") :]
    return json.loads(block[: block.index("```")])


def _printed(capsys) -> dict:
    code = main(
        [
            "score",
            "--role",
            "Bookkeeper",
            "--skills",
            "QuickBooks; Exel; stakeholder reporting",
            "--duties",
            "Reconcile the bank accounts every month\nqwzx vbnm",
            "--json",
        ]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)


def _shapes(value: object, path: str = "") -> dict[str, set[str]]:
    """Each object's keys by where it sits ("", "pivots[]", "pivots[].plan[]")."""
    found: dict[str, set[str]] = {}
    if isinstance(value, dict):
        # `suggestions` and `indices` are keyed by what was typed and by index name.
        if path not in ("suggestions", "occupations[].indices"):
            found[path] = set(value)
        for key, item in value.items():
            for where, keys in _shapes(item, f"{path}.{key}".lstrip(".")).items():
                found.setdefault(where, set()).update(keys)
    elif isinstance(value, list):
        for item in value:
            for where, keys in _shapes(item, f"{path}[]").items():
                found.setdefault(where, set()).update(keys)
    return found


def test_the_readme_example_has_every_field_the_command_prints(capsys):
    printed = _shapes(_printed(capsys))
    documented = _shapes(_readme_example())
    assert printed.keys() == documented.keys()
    for where, keys in printed.items():
        assert keys == documented[where], (where or "top level", keys ^ documented[where])
