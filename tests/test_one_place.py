"""Facts written once: the published indices' names live in the wording module only."""

from __future__ import annotations

from pathlib import Path

import pytest

from career_resilience import wording
from career_resilience.contract import INDEX_KEYS
from career_resilience.reports import sources

ROOT = Path(__file__).resolve().parents[1]
#: Every folder of the distribution (tests and benchmarks may quote what users read).
FOLDERS = ("career_resilience", "skills", "model", "records", "reports", "cli", "tui")


def _sources_outside_wording() -> list[Path]:
    found = []
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".j2") and "wording" not in path.relative_to(ROOT).parts[1:2]:
                found.append(path)
    return [p for p in found if p.name != "wording.py"]


def test_the_named_indices_are_the_contracts() -> None:
    assert tuple(key for key, _, _ in wording.INDEXES) == INDEX_KEYS
    assert [key for key, _ in wording.INDEX_LABELS] == list(INDEX_KEYS)


def test_no_second_copy_of_an_index_name() -> None:
    # The long names carry their papers and the short ones a β: neither is everyday text,
    # so finding one outside the wording module means a second copy came back. So do the
    # papers the evidence cites (the engine once kept its own list of them).
    names = [*wording.INDEX_NAMES.values(), *(label for _, label in wording.INDEX_LABELS
                                               if "β" in label),
             *wording.INDEX_PAPERS.values()]  # fmt: skip
    copies = [
        f"{path.relative_to(ROOT)}: {name!r}"
        for path in _sources_outside_wording()
        for name in names
        if name in path.read_text(encoding="utf-8")
    ]
    assert copies == []


def test_reports_name_the_indices_as_the_wording_module_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(wording.INDEX_NAMES, "gpt4_beta", "renamed in wording")
    result = {
        "occupations": [
            {"title": "Data Scientists", "onet_soc": "15-2051.00", "probability": 0.6,
             "indices": {"gpt4_beta": 0.454, "lm_aioe": 1.2}}
        ]
    }  # fmt: skip
    (occupation,) = sources.occupations(result)
    assert occupation.indices == (
        ("renamed in wording", "0.45"),
        (wording.INDEX_NAMES["lm_aioe"], "1.20"),
    )


def test_the_wording_package_is_one_import_point() -> None:
    # A sentence added to a wording module is reachable as ``wording.name`` too, so no
    # caller has to know which small module holds it.
    import importlib
    import pkgutil

    missing = []
    for info in pkgutil.iter_modules(wording.__path__):
        module = importlib.import_module(f"{wording.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", module.__name__) not in (
                module.__name__,
            ):
                continue
            if getattr(wording, name, None) is not value:
                missing.append(f"{info.name}.{name}")
    assert missing == []
