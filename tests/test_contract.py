"""One result contract: what the engine writes reads back, and old sessions still open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from career_resilience.contract import ContractError, Result, result_problems
from career_resilience.model.profile import Profile
from career_resilience.records.validate import result_problems as records_problems

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_scored_result_round_trips_through_its_dict(engine) -> None:
    result = engine.score(Profile.create("911 dispatcher", "radio", "answer emergency calls"))
    again = Result.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again.to_dict() == result.to_dict()
    assert again.occupations[0].onet_soc == result.occupations[0].onet_soc
    assert again.evidence == result.evidence and again.interval_level == 0.8


def test_an_unreadable_duty_line_round_trips_without_a_number(engine) -> None:
    result = engine.score(Profile.create("Nurse", "", "qwzx vbnm plok\ncheck vital signs"))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["duties"][0]["exposure"] is None and data["duties"][0]["kind"] == "unreadable"
    assert Result.from_dict(data).to_dict()["duties"] == data["duties"]
    data["duties"][1]["exposure"] = None  # a readable line must carry its number
    assert any("duties[1].exposure" in p for p in result_problems(data))


@pytest.mark.parametrize("name", ["result_v1.json", "result_v2.json"])
def test_sessions_saved_before_the_grounded_fields_still_load(name: str) -> None:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert "occupations" not in data
    result = Result.from_dict(data)
    assert result.exposure == data["exposure"]
    assert result.occupations == () and result.evidence == ()
    assert result.interval_level is None
    assert all(d.readable and d.kind == "" and d.rating is None for d in result.duties)
    assert records_problems(data) == []


def test_every_problem_is_named_not_only_the_first() -> None:
    data = json.loads((FIXTURES / "result_v2.json").read_text(encoding="utf-8"))
    data["exposure"] = "high"
    del data["mix"]
    data["occupations"] = [{"onet_soc": "11-1011.00", "title": "CEO", "probability": "x"}]
    problems = result_problems(data)
    assert any("result.exposure" in p for p in problems)
    assert any("'mix'" in p for p in problems)
    assert any("occupations[0].probability" in p for p in problems)
    with pytest.raises(ContractError):
        Result.from_dict(data)


def test_records_name_where_in_an_import_the_problem_is() -> None:
    data = json.loads((FIXTURES / "result_v2.json").read_text(encoding="utf-8"))
    data["resilience"] = 140
    assert records_problems(data, "sessions[3].result") == [
        "sessions[3].result.resilience: must be between 0 and 100, got 140.0"
    ]


@pytest.mark.parametrize(
    ("exposure", "shown", "band"),
    [
        (59.6, "60", "high"),
        (59.4, "59", "moderate"),
        (19.5, "20", "low"),
        (79.96, "80", "very high"),
    ],
)
def test_the_band_is_the_band_of_the_score_shown(exposure: float, shown: str, band: str) -> None:
    # A coach's record listed one session "60 high" and the next "60 moderate" (59.6).
    from career_resilience.contract import band_for
    from career_resilience.wording import score

    assert score(exposure) == shown
    assert band_for(exposure) == band
