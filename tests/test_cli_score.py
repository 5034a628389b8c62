"""``resilience score``: readable text, the JSON contract, batches with bad rows, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from career_resilience import wording as w
from career_resilience.cli import main

# In-process CLI runs score with the session's engine (conftest.engine_loaded_once).
pytestmark = pytest.mark.usefixtures("engine_loaded_once")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_leads_with_score_meaning_and_pivots(capsys) -> None:
    code, out, _ = run(capsys, "score", "--role", "Sr. data analyst", "--skills", "SQL; Tableau")
    assert code == 0
    assert "AI exposure" in out and "Resilience" in out
    assert "not a prediction that you will lose your job" in " ".join(out.split())
    assert "Where you could pivot" in out


def test_json_output_is_the_contract(capsys) -> None:
    code, out, _ = run(
        capsys, "score", "--role", "Nurse", "--skills", "wound care; Tablaeu", "--duties",
        "check vitals\\nwrite handover notes", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert 0 <= data["exposure"] <= 100
    assert len(data["duties"]) == 2
    assert {"rating", "automation", "kind", "readable"} <= set(data["duties"][0])
    assert "Tablaeu" in data["unrecognised_skills"]


def test_text_rates_each_duty_and_says_which_it_cannot_read(capsys) -> None:
    code, out, _ = run(
        capsys, "score", "--role", "Nurse", "--duties",
        "lift and turn patients in bed\\nqwzx vbnm plok",
    )  # fmt: skip
    assert code == 0
    flat = " ".join(out.split())
    assert "lift and turn patients in bed: " in flat and "AI leaves it alone" in flat
    assert "qwzx vbnm plok: not rated" in flat


def test_a_duty_rating_wraps_between_its_parts_never_inside_one(capsys) -> None:
    code, out, _ = run(
        capsys, "score", "--role", "Home health aide", "--duties",
        "Cook meals and do light housekeeping\\nRecord vital signs in the visit log",
    )  # fmt: skip
    assert code == 0
    block = out.split("one by one")[1].split("\n\n")[0]
    duties = block.split("    Automation T0–T4")[0].splitlines()[1:]  # not the scale's legend
    assert len(duties) == 4  # each duty takes two lines at 78 columns
    for line in duties:
        assert len(line) <= 78
        assert not line.rstrip().endswith("automation"), line
        assert not line.lstrip().startswith("T"), line


@pytest.mark.parametrize(
    "role", ["Plumber", "Accounts payable clerk", "Transportation vehicle inspector"]
)
def test_every_line_fits_80_columns_with_no_part_split(capsys, role: str) -> None:
    # The exposure line ran to 118 columns and long O*NET titles past 100: an 80-column
    # terminal cut words. Each now wraps at a word, its short parts kept whole.
    code, out, _ = run(capsys, "score", "--role", role, "--skills", "first aid; meal preparation")
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 78, max(lines, key=len)
    assert any(line.strip().startswith("likely ") for line in lines)  # under the gauge
    flat = " ".join(out.split())
    assert "holds the published figure for 80% of people" in flat
    assert not any(line.rstrip().endswith(("research", "research percentile")) for line in lines)


def test_a_hyphenated_credential_is_never_split_across_lines(capsys) -> None:
    # A musician's move to music therapy wrapped as "... and MT-" / "BC board
    # certification": a line ending in a hyphen read as a broken word.
    code, out, _ = run(
        capsys, "score", "--role", "musician", "--skills", "guitar; music theory; live performance"
    )
    assert code == 0 and "MT-BC" in out
    assert not [line for line in out.splitlines() if line.rstrip()[-2:-1].isalpha()
                and line.rstrip().endswith("-")]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["score", "--role", ""], "role: is empty"),
        (["score"], "give --role"),
        (["score", "--role", "x" * 300], "limit is 200"),
        (["score", "--role", "Nurse", "--category", "astronaut"], "unknown category"),
        (["score", "--bogus"], "unrecognized arguments"),
        (["score", "--role", "Nurse", "--occupation", "99-9999.99"], "unknown O*NET-SOC code"),
        (["score", "--role", "Nurse", "--occupation", "nurse"], "unknown O*NET-SOC code"),
    ],
)
def test_bad_usage_exits_2_with_a_message(capsys, args: list[str], words: str) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert words in err and "Traceback" not in err


def test_an_occupation_given_as_words_is_offered_codes_with_their_own_titles(capsys) -> None:
    # The hint named each code by the title the search matched: "29-1141.00 Nurse,
    # 29-1141.01 Nurse, 29-1141.02 Nurse" gave nothing to choose between.
    code, _, err = run(capsys, "score", "--role", "Nurse", "--occupation", "nurse")
    assert code == 2
    assert "29-1141.00 Registered Nurses, 29-1141.01 Acute Care Nurses" in err


def test_batch_scores_good_rows_and_reports_bad_ones_by_number(tmp_path: Path, capsys) -> None:
    source = tmp_path / "team.csv"
    source.write_text(
        "id,role,skills,duties\n"
        "a1,Data analyst,SQL; Excel,build dashboards\n"
        "a2,,SQL,\n"
        'a3,Plumber,"pipe fitting; soldering",fix leaks\n'
        f"a4,{'x' * 250},,\n"
        "a5,Teacher,,\n"
    )
    target = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "score", "--input", str(source), "--output", str(target))
    assert code == 0
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["row"] for line in lines] == [1, 2, 3, 4, 5]
    assert [line["id"] for line in lines] == ["a1", "a2", "a3", "a4", "a5"]
    assert "role" in lines[1]["error"] and "limit" in lines[3]["error"]
    assert all("exposure" in lines[i] for i in (0, 2, 4))
    assert "2 bad rows" in err


def test_batch_jsonl_with_broken_lines(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"role": "Nurse", "skills": ["wound care"]}\n{not json\n["a list"]\n{"role": "Chef"}\n'
    )
    target = tmp_path / "out.jsonl"
    assert run(capsys, "score", "--input", str(source), "--output", str(target))[0] == 0
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(lines) == 4
    assert "invalid JSON" in lines[1]["error"] and "expected an object" in lines[2]["error"]
    assert lines[3]["categories"][0]["id"] == "hospitality_food"


def test_batch_input_problems_exit_2(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.csv"
    assert run(capsys, "score", "--input", str(missing), "--output", "-")[0] == 2
    headerless = tmp_path / "h.csv"
    headerless.write_text("title,skills\nx,y\n")
    code, _, err = run(capsys, "score", "--input", str(headerless), "--output", "-")
    assert code == 2 and "no 'role' column" in err
    # Into a file: the earlier output stays as it was and no partial file is left.
    earlier = tmp_path / "scores.jsonl"
    earlier.write_text('{"row": 1}\n')
    code, _, _ = run(capsys, "score", "--input", str(headerless), "--output", str(earlier))
    assert code == 2 and earlier.read_text() == '{"row": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv", "scores.jsonl"]


def test_installed_command_runs_in_a_fresh_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "career_resilience", "score", "--role", "Plumber", "--json"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["categories"][0]["id"] == "skilled_trades"


def test_text_shows_the_matched_occupation_its_figures_and_sources(capsys) -> None:
    code, out, _ = run(capsys, "score", "--role", "hotel concierge")
    assert code == 0
    assert "39-6012.00  Concierges" in out
    assert "GPT-4 β" in out and "BLS projects" in out
    assert "Eloundou" in out and "Tomlinson" in out and "Felten" in out


def test_occupation_flag_uses_that_occupations_published_figures(capsys) -> None:
    code, out, _ = run(capsys, "score", "--role", "Analyst", "--occupation", "11-1011.00", "--json")
    assert code == 0
    data = json.loads(out)
    assert [o["onet_soc"] for o in data["occupations"]] == ["11-1011.00"]
    assert data["exposure"] == pytest.approx(data["occupations"][0]["consensus_pct"], abs=0.1)
    assert data["outlook_basis"] == "BLS projects −8% for Chief Executives, 2022-32"


def test_a_category_is_taken_by_the_name_the_score_shows(capsys) -> None:
    # The score says "placed in: Nursing and direct care"; --category took only the id
    # (nursing_care), and "nursing" got no hint of it.
    code, out, _ = run(capsys, "score", "--role", "Nurse", "--category", "nursing and direct CARE")
    assert code == 0 and "placed in: Nursing and direct care (chosen by you)" in out
    code, _, err = run(capsys, "score", "--role", "Nurse", "--category", "nursing")
    assert code == 2 and "did you mean: nursing_care (Nursing and direct care)?" in err


def test_weeks_beside_nothing_to_learn_say_what_they_are_for(capsys) -> None:
    # A 911 dispatcher's move up a job zone listed nothing to learn yet "about 28 weeks
    # of learning": 26 of them are the training the job zone asks, and the text says so.
    code, out, _ = run(
        capsys, "score", "--role", "911 dispatcher", "--skills", "CAD; radio; multitasking"
    )
    assert code == 0
    text = " ".join(out.split())
    first = text.split("Where you could pivot (ranked): 1. ")[1].split(" 2. ")[0]
    assert "weeks of learning" in first
    assert (
        "to learn: nothing, you have its skills; the weeks are mostly one step (26 weeks)" in first
    )
    assert "Get the preparation usually asked of" in first
    # A plan whose weeks are its skills' keeps the plain list of them (a plumber's move
    # into electricians' licensed work is mostly its licence, and says so).
    code, out, _ = run(capsys, "score", "--role", "plumber", "--skills", "pipefitting; soldering")
    text = " ".join(out.split())
    first = text.split("Where you could pivot (ranked): 1. ")[1].split(" 2. ")[0]
    assert "to learn:" in first and "mostly one step" not in first


def test_skills_the_catalogue_does_not_know_are_said_to_count_by_their_words(capsys) -> None:
    # A CNA's "bed baths" is not a catalogue skill, yet the drivers showed it moving the
    # score ("skill "bed baths" −0.3") under a heading that said "kept, not scored as
    # skills": the text now says what the app says (only their words count).
    code, out, _ = run(capsys, "score", "--role", "CNA", "--skills", "vitals; bed baths")
    assert code == 0
    assert 'skill "bed baths"' in out.split("What moves the score")[1].split("\n\n")[0]
    assert "  Not in the skill catalogue, so only their words count:\n    bed baths" in out
    assert "not scored" not in out
    # With the occupation chosen no typed word moves the score, and the lead says no more.
    code, out, _ = run(
        capsys, "score", "--role", "CNA", "--skills", "bed baths", "--occupation", "31-1131.00"
    )
    assert code == 0
    assert "  Not in the skill catalogue:\n    bed baths" in out


def test_a_move_down_a_job_zone_is_said_in_words_as_a_move_up_is(capsys) -> None:
    # A librarian's move to research assistant work had read "job zone 4, -1" (a hyphen
    # for a minus) where a move up reads "job zone 3, one up".
    code, out, _ = run(
        capsys, "score", "--role", "Librarian", "--skills", "cataloging; reference; story time"
    )
    assert code == 0
    text = " ".join(out.split())
    assert "job zone 4, one down" in text
    assert ", -1 ·" not in text and ", −1 ·" not in text


def test_zone_steps_read_as_words() -> None:
    assert [w.zone_step(s) for s in (0, 1, 2, -1, -2)] == [
        "",
        "one up",
        "two up",
        "one down",
        "two down",
    ]


def test_a_long_driver_line_wraps_under_its_words_not_past_80_columns(capsys) -> None:
    # A massage therapist's 'duty "book appointments" (moves your match toward more
    # exposed occupations)' ran to 88 columns: an 80-column terminal broke it anywhere.
    code, out, _ = run(
        capsys, "score", "--role", "Dog groomer", "--duties",
        "give treatments; book appointments; keep client notes",
    )  # fmt: skip
    assert code == 0
    block = out.split("What moves the score (points):\n")[1].split("These points")[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert max(len(line) for line in lines) <= 78, max(lines, key=len)
    said = " ".join(block.split())
    assert 'duty "book appointments" (moves your match toward more exposed occupations)' in said
    words_at = lines[0].index(lines[0].split()[1])  # where the words start after the figure
    for line in lines:
        if line.strip()[0] not in "+−":  # a continuation sits under the words
            assert line.startswith(" " * words_at) and not line[words_at].isspace(), line


def test_a_long_pivot_name_wraps_under_itself(capsys) -> None:
    # A gardener's "5. First-Line Supervisors of Landscaping, Lawn Service, and
    # Groundskeeping Workers" ran to 84 columns.
    code, out, _ = run(
        capsys, "score", "--role", "Gardener", "--skills", "pruning; lawn care; planting",
        "--duties", "mow lawns; prune hedges; plant borders", "--pivots", "8",
    )  # fmt: skip
    assert code == 0
    lines = out.split("Where you could pivot (ranked):\n")[1].split("What next")[0].splitlines()
    assert max(len(line) for line in lines) <= 78, max(lines, key=len)
    flat = " ".join(out.split())
    assert "Groundskeeping Workers" in flat  # the long name is listed (else pick another)
    at = next(n for n, line in enumerate(lines) if ". First-Line Supervisors of Land" in line)
    assert lines[at + 1].startswith(" " * 5) and lines[at + 1][5] != " "  # under the name
