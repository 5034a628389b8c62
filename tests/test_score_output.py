"""The full result of a handful of typed profiles, fixed, so speed work cannot change it.

The expected results (everything but the pivots, which their own tests cover) live in
``fixtures/score_outputs.json`` with the hash of the artifact arrays they came from.
When the shipped model is retrained or re-stored on purpose, the figures move:
regenerate the file with ``python tests/test_score_output.py --update`` (with the code
of ``main``) and read the diff before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from career_resilience.model.profile import Profile

FIXTURE = Path(__file__).parent / "fixtures" / "score_outputs.json"

#: (role, skills, duties, options): typed the way people type, with every kind of driver.
PROFILES: list[tuple[str, str, str, dict[str, str]]] = [
    ("911 dispatcher", "CAD; radio; EMD", "answer 911 calls\ndispatch ambulances\nkeep logs", {}),
    ("Hotel concierge", "Opera PMS; bookings", "book restaurants and tours for guests", {}),
    ("CNC programmer (Mastercam)", "Mastercam; G-code; GD&T", "write CNC programs", {}),
    ("Sr. staff software engineer", "Java; system design; Kubernetes", "", {}),
    ("RN - med/surg", "IV therapy; Epic; wound care", "assess patients\ngive meds", {}),
    ("AP clerk", "SAP; Excel; invoices; madeupskill", "match invoices to POs", {}),
    ("Sr. data analyst", "SQL, Python, Tableau", "", {}),
    ("Data analyst", "SQL", "", {"occupation": "13-2011.00"}),
    ("Analyst", "", "", {"category": "data_analysis"}),
]


def _arrays_hash() -> str:
    """The SHA-256 of the shipped artifact's arrays, as its manifest records it."""
    from career_resilience.model.artifact import ARTIFACT_DIR

    manifest = json.loads((ARTIFACT_DIR / "manifest.json").read_text())
    return str(manifest["files"]["arrays.npz"]["sha256"])


def _results(engine: Any) -> list[dict[str, Any]]:
    out = []
    for role, skills, duties, options in PROFILES:
        data = engine.score(Profile.create(role, skills, duties, **options)).to_dict()
        del data["pivots"], data["pivot_note"]
        out.append(data)
    return out


def test_results_of_typed_profiles_are_unchanged(engine) -> None:
    expected = json.loads(FIXTURE.read_text())
    if expected["arrays_sha256"] != _arrays_hash():
        pytest.fail(
            "the shipped artifact changed since the fixture was made: if that is intended,"
            " regenerate it with `python tests/test_score_output.py --update`"
        )
    # Through JSON, as users get them (tuples become lists, floats are the rounded ones).
    assert json.loads(json.dumps(_results(engine))) == expected["results"]


def test_batch_gives_the_same_results_as_one_at_a_time(engine) -> None:
    profiles = [Profile.create(r, s, d, **o) for r, s, d, o in PROFILES]
    batch = [r.to_dict() for r in engine.score_many(profiles)]
    for data in batch:
        del data["pivots"], data["pivot_note"]
    assert batch == _results(engine)


def test_titles_looked_up_before_change_no_result(engine) -> None:
    """The title channel remembers texts (a workforce repeats titles): a person scored
    after others with the same title words gets what they get scored first."""
    profiles = [Profile.create(r, s, d, **o) for r, s, d, o in PROFILES]
    profiles.append(Profile.create("Senior data analyst", "SQL", "build dashboards\nkeep logs"))
    first = []
    for profile in profiles:
        engine.match_tables.title_memo.clear()
        first.append(engine.score(profile).to_dict())
    engine.score_many(profiles[::-1])  # every title, word left out and duty text is known
    assert [engine.score(p).to_dict() for p in profiles] == first


if __name__ == "__main__" and "--update" in sys.argv:
    from career_resilience.model.engine import load_engine

    shipped = load_engine()
    payload = {"arrays_sha256": _arrays_hash(), "results": _results(shipped)}
    FIXTURE.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {FIXTURE}")
