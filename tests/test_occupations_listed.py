"""The matched occupations a worker is shown: the first, and further ones only where the
match gives them a real share (a translator was shown "Chief Executives (<1%)")."""

from __future__ import annotations

import json

import pytest

from career_resilience.cli import main
from career_resilience.model.profile import Profile
from career_resilience.reports import render_result_markdown
from career_resilience.tui.screens.result import occupation_parts
from career_resilience.wording import LISTED_FROM, listed_occupations

# In-process CLI runs score with the session's engine (conftest.engine_loaded_once).
pytestmark = pytest.mark.usefixtures("engine_loaded_once")

TRANSLATOR = ["--role", "Translator", "--skills", "Spanish; English; CAT tools"]
SOCIAL_WORKER = ["--role", "Social worker", "--skills", "case management; crisis intervention"]


def _score(capsys, args: list[str], *more: str) -> str:
    assert main(["score", *args, *more]) == 0
    return capsys.readouterr().out


def test_the_model_tail_is_kept_in_the_json_but_not_shown(capsys) -> None:
    matched = json.loads(_score(capsys, TRANSLATOR, "--json"))["occupations"]
    tail = [o["title"] for o in matched[1:] if o["probability"] < LISTED_FROM]
    assert tail, "the translator's match is expected to have a tail under 1%"
    text = _score(capsys, TRANSLATOR)
    assert "Interpreters and Translators" in text
    assert "(<1%)" not in text
    assert not any(title in text for title in tail)


def test_a_split_match_still_lists_each_likely_occupation(capsys) -> None:
    matched = json.loads(_score(capsys, SOCIAL_WORKER, "--json"))["occupations"]
    likely = [o["title"] for o in matched[:3] if o["probability"] >= LISTED_FROM]
    assert len(likely) >= 2, "a social worker is expected to match several kinds"
    text = " ".join(_score(capsys, SOCIAL_WORKER).split())
    assert all(title in text for title in likely)


def test_the_app_and_the_report_list_what_the_cli_lists(engine) -> None:
    profile = {"role": "Translator", "skills": ["Spanish", "English", "CAT tools"]}
    result = engine.score(Profile(role=profile["role"], skills=profile["skills"]))
    _, lines, _, _ = occupation_parts(result)
    assert [code for code, _ in lines] == [result.occupations[0].onet_soc]
    report = render_result_markdown(profile, result.to_dict())
    assert result.occupations[0].title in report
    assert not any(o.title in report for o in result.occupations[1:])


def test_the_first_is_always_listed_and_an_unknown_share_kept() -> None:
    shares = {"a": 0.004, "b": 0.003, "c": None, "d": 0.5}
    listed = listed_occupations(["a", "b", "c", "d"], shares.get)
    assert listed == ["a", "c"]  # the first, however unsure; at most three looked at
