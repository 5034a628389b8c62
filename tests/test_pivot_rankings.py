"""The compiled technology rankings: the same products, key products and kinds as worked out."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from career_resilience.model.pivot_evidence import ALL_TECH, OccupationEvidence
from career_resilience.skills.occupations import occupation_data


def _copies() -> list[Path]:
    return sorted(Path(os.environ["RESILIENCE_CACHE_DIR"]).glob("pivot-rankings-*.json"))


def _rankings(evidence: OccupationEvidence) -> dict[str, object]:
    data = evidence.data
    return {
        code: (
            evidence.technology(code, ALL_TECH),
            evidence.key_technology(code, ALL_TECH),
            evidence.key_technology(code),
            [evidence.kinds_of(p) for p in evidence.technology(code, ALL_TECH)],
        )
        for code in data.occupations
    }


@pytest.fixture(scope="module")
def worked_out() -> dict[str, object]:
    """Every occupation's rankings worked out from the rows (no compiled copy)."""
    return _rankings(OccupationEvidence(dataclasses.replace(occupation_data(), digest=None), {}))


def test_the_compiled_rankings_are_the_ones_worked_out(
    worked_out: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    OccupationEvidence(occupation_data(), {})  # compiles the copy if the session has none
    assert _copies()

    def no_ranking(*args: object) -> None:
        raise AssertionError("the rankings were worked out again")

    monkeypatch.setattr(OccupationEvidence, "encode_rankings", no_ranking)
    read = OccupationEvidence(occupation_data(), {})
    assert _rankings(read) == worked_out
    # Many occupations have key products, and a nurse's include her records software.
    assert sum(bool(v[1]) for v in worked_out.values()) > 100  # type: ignore[index]
    assert "Epic Systems" in read.technology("29-1141.00", ALL_TECH)


def test_a_damaged_copy_is_worked_out_again(worked_out: dict[str, object]) -> None:
    OccupationEvidence(occupation_data(), {})
    for copy in _copies():
        copy.write_text('{"format": 3, "digest": "x", "names": [', encoding="utf-8")
    assert _rankings(OccupationEvidence(occupation_data(), {})) == worked_out
