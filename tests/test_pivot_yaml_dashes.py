"""The hand-written pivots' texts use a real dash, never a spaced ASCII hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

PIVOTS = Path(__file__).parents[1] / "skills" / "data" / "pivots.yaml"


def _texts(node: object, where: str = "") -> Iterator[tuple[str, str]]:
    """Every string of the file with where it sits (pivot id and field)."""
    if isinstance(node, dict):
        name = str(node.get("id", where))
        for key, value in node.items():
            yield from _texts(value, f"{name}.{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item, where)
    elif isinstance(node, str):
        yield where, node


def test_plan_steps_summaries_and_reasons_use_no_hyphen_as_a_dash() -> None:
    """A plan step read "Master pharmacy maths - dosing, conversions, days' supply": a
    hyphen between spaces is a typed dash, shown as such in the app and reports."""
    texts = list(_texts(yaml.safe_load(PIVOTS.read_text(encoding="utf-8"))))
    assert any("pharmacy maths — dosing" in text for _, text in texts)
    bad = [(where, text) for where, text in texts if re.search(r"\s-\s", text)]
    assert not bad, bad[:5]
