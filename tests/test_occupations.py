"""The shipped occupation data: loads, carries the published figures, and finds titles."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from career_resilience.skills.occupations import (
    OCCUPATIONS_DIR,
    OccupationDataError,
    load_occupation_data,
    occupation_data,
    search_titles,
)


def test_every_occupation_has_its_published_figures() -> None:
    data = occupation_data()
    assert len(data.occupations) == 950
    ceo = data.occupations["11-1011.00"]
    assert ceo.title == "Chief Executives"
    assert ceo.major_group == "11"
    assert ceo.bls_change_pct == pytest.approx(-8.2)
    assert all(o.consensus_pct is not None for o in data.occupations.values())


def test_related_technology_and_activities_are_keyed_by_known_codes() -> None:
    data = occupation_data()
    assert set(data.related) <= set(data.occupations)
    ranks = [rank for _, _, rank in data.related["11-1011.00"]]
    assert ranks == sorted(ranks)
    assert any(hot for _, _, hot in data.technology["15-1252.00"])
    assert data.iwa.dtype == np.float32
    assert data.iwa.shape == (len(data.iwa_socs), data.iwa.shape[1])


def test_title_search_ignores_seniority_and_finds_the_occupation() -> None:
    assert search_titles("911 dispatcher", 3)[0][0] == "43-5031.00"
    assert search_titles("Sr. hotel concierge", 3)[0][0] == "39-6012.00"
    assert search_titles("staff software engineer", 3)[0][0] == "15-1252.00"
    codes = [code for code, _, _ in search_titles("dispatcher", 10)]
    assert len(codes) == len(set(codes))  # one row per occupation


def test_title_search_with_nothing_to_search_returns_nothing() -> None:
    assert search_titles("   ") == []
    assert search_titles("nurse", limit=0) == []


def test_malformed_file_is_named_in_the_error(tmp_path: Path) -> None:
    target = tmp_path / "occupations"
    shutil.copytree(OCCUPATIONS_DIR, target)
    path = target / "occupations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[3].split(",")
    lines[3] = ",".join([*cells[:4], "lots", *cells[5:]])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(OccupationDataError) as err:
        load_occupation_data(target)
    # File, line with its occupation, and column: where a person fixing it must look.
    assert str(err.value) == (
        f"{path}: line 4 ({cells[0]}): field 'gpt4_beta': expected a number, got 'lots'"
    )
    lines[3] = ",".join(cells[:5])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(OccupationDataError, match=r"occupations\.csv: line 4: has 5 columns; 15"):
        load_occupation_data(target)


def test_missing_file_is_named_in_the_error(tmp_path: Path) -> None:
    target = tmp_path / "occupations"
    shutil.copytree(OCCUPATIONS_DIR, target)
    (target / "related_occupations.csv").unlink()
    with pytest.raises(OccupationDataError, match=r"related_occupations\.csv"):
        load_occupation_data(target)


def test_attribution_ships_with_the_data() -> None:
    text = (OCCUPATIONS_DIR / "ATTRIBUTION").read_text(encoding="utf-8")
    for name in ("O*NET 27.0", "Eloundou", "Tomlinson", "Felten", "Bureau of Labor Statistics"):
        assert name in text
