"""The duty model rates people's own duty lines on the exposure rubric, or says it cannot.

Every line here is this project's own writing. Tests that need the real task labels skip
when ``../shared/data`` is absent, and never print or keep a task sentence.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import numpy as np
import pytest

from career_resilience.model import artifact
from career_resilience.model.artifact import ArtifactError
from career_resilience.model.duty_data import TaskLabelsError, read_task_labels
from career_resilience.model.duty_model import DutyModel, DutyRating, find_task_labels

HEADER = (
    "onet_soc\ttask_id\ttask\ttask_type\tgpt4_exposure\thuman_exposure_agg\tgpt4_automation\tbeta"
)
# Made-up duties with made-up labels: enough for the mechanics, nothing from O*NET.
OWN = [
    ("11-0001.00", "Write summaries of long reports for managers", "E1", "T3"),
    ("11-0001.00", "Draft replies to customer letters", "E1", "T3"),
    ("11-0001.00", "Review spreadsheets of monthly sales", "E2", "T2"),
    ("22-0002.00", "Lift heavy boxes onto warehouse shelves", "E0", "T0"),
    ("22-0002.00", "Repair broken fences on the farm", "E0", "T0"),
    ("22-0002.00", "Drive delivery trucks between stores", "E0", "T1"),
    ("33-0003.00", "Summarise reports and draft letters for clients", "E1", "T4"),
    ("33-0003.00", "Lift and carry supplies, repair shelves", "E0", "T0"),
]


def write_tsv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = [HEADER] + [
        f"{o}\t{i}\t{t}\tCore\t{e}\t{e}\t{a}\t0" for i, (o, t, e, a) in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[DutyModel, Path]:
    path = write_tsv(tmp_path / "labels.tsv", OWN)
    return DutyModel.train(path), path


def test_readable_lines_get_a_rating_and_gibberish_says_it_cannot(tiny) -> None:
    model, _ = tiny
    report, boxes, noise = model.rate(["write reports", "lift boxes", "qwzx vbnm plok"])
    assert report.readable and 0.0 <= report.rating <= 1.0 and 0.0 <= report.automation <= 4.0
    assert report.rating > boxes.rating
    assert noise == DutyRating(
        "qwzx vbnm plok", noise.rating, noise.automation, "unreadable", False
    )
    assert math.isnan(noise.rating) and math.isnan(noise.automation)
    assert model.rate([]) == []


def test_a_count_in_a_line_neither_rates_nor_unrates_it(tiny) -> None:
    # "Teach math and reading to 28 kids" was unrated while "Teach math and reading" was
    # rated: the number counted as an unknown word. Numbers now count for neither side.
    model, _ = tiny
    plain, counted, many, ordinal, only = model.rate(
        ["repair qwzx", "repair 40 qwzx", "repair 1,000 qwzx, 2.5 each", "repair 5th qwzx", "12 40"]
    )
    assert plain.readable and counted.readable and many.readable and ordinal.readable
    assert counted.rating == plain.rating and counted.automation == plain.automation
    assert ordinal.rating == plain.rating  # the "th" of "5th" is part of the number
    assert not only.readable  # a line of numbers alone says nothing about the work


def test_two_known_words_rate_a_line_from_a_third_known(tiny) -> None:
    # A third of the words is enough when two or more are known (the mean error on held-out
    # tasks grows smoothly as words go unknown); one known word still needs half.
    model, _ = tiny
    third, fewer, one_of_three, half = model.rate(
        [
            "repair shelves qwzx vbnm plok zzqq",
            "repair shelves qwzx vbnm plok zzqq yyqq",
            "repair qwzx vbnm",
            "repair qwzx",
        ]
    )
    assert third.readable and not fewer.readable
    assert not one_of_three.readable and half.readable


def test_model_round_trips_through_the_no_pickle_artifact(tiny, tmp_path: Path) -> None:
    model, path = tiny
    arrays, meta = model.to_arrays()
    artifact.save_artifact(tmp_path / "a", arrays, meta, corpus_digest="0" * 64)
    _, loaded_arrays, loaded_meta = artifact.load_artifact(tmp_path / "a")
    again = DutyModel.from_arrays(loaded_arrays, loaded_meta)
    lines = ["Draft replies to letters", "repairing fences", "zzkv"]
    assert [r.kind for r in again.rate(lines)] == [r.kind for r in model.rate(lines)]
    np.testing.assert_allclose(
        [r.rating for r in again.rate(lines)[:2]], [r.rating for r in model.rate(lines)[:2]], 1e-6
    )
    assert again.info["task_labels_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_mismatched_arrays_or_text_rules_are_refused(tiny) -> None:
    model, _ = tiny
    arrays, meta = model.to_arrays()
    short = {**arrays, "coef": arrays["coef"][:-1]}
    with pytest.raises(ArtifactError, match=r"'coef' has shape .*\(terms\) should be"):
        DutyModel.from_arrays(short, meta)
    with pytest.raises(ArtifactError, match="text rules version 0"):
        DutyModel.from_arrays(arrays, {**meta, "text_version": 0})
    with pytest.raises(ArtifactError, match="'vocabulary' is missing"):
        DutyModel.from_arrays(arrays, {k: v for k, v in meta.items() if k != "vocabulary"})


def test_bad_label_file_names_the_line_not_the_sentence(tmp_path: Path) -> None:
    path = write_tsv(tmp_path / "bad.tsv", [*OWN[:2], ("11-0001.00", "Sort the mail", "E7", "T1")])
    with pytest.raises(TaskLabelsError, match="line 4") as caught:
        read_task_labels(path)
    assert "Sort the mail" not in str(caught.value)
    assert find_task_labels(tmp_path / "absent.tsv") is None
    assert find_task_labels(path) == path


# ------------------------------------------------- with the real task labels (skip if absent)

REAL = find_task_labels()


@pytest.fixture(scope="module")
def trained() -> DutyModel:
    if REAL is None:
        pytest.skip("task_labels_training_only.tsv not found beside the repository")
    return DutyModel.train(REAL)


@pytest.mark.parametrize(
    "line",
    ["lift patients", "repair roofs", "mop floors and clean bathrooms", "drive a forklift",
     "I cut and colour hair", "fix the boiler"],
)  # fmt: skip
def test_hands_on_duties_are_untouched(trained: DutyModel, line: str) -> None:
    (rated,) = trained.rate([line])
    assert rated.kind == "untouched" and rated.rating < 0.25, rated


@pytest.mark.parametrize(
    "line",
    ["type letters from dictation", "enter invoices into the system",
     "translate documents from Spanish", "write the weekly sales report"],
)  # fmt: skip
def test_paperwork_an_llm_could_do_alone_is_substitute(trained: DutyModel, line: str) -> None:
    (rated,) = trained.rate([line])
    assert rated.kind == "substitute" and rated.rating > 0.6 and rated.automation > 2.25, rated


def test_exposed_work_that_still_needs_a_person_is_augment(trained: DutyModel) -> None:
    # Minutes are exposed, but the labels put such tasks at T2: a person shares the work.
    minutes, lesson = trained.rate(["type up meeting minutes", "teach intro to CJ courses"])
    assert minutes.rating > 0.5 and minutes.kind == "augment", minutes
    assert 0.25 <= lesson.rating < 0.6 and lesson.kind == "augment", lesson


def test_ratings_spread_across_the_scale_and_gibberish_is_unreadable(trained: DutyModel) -> None:
    lines = ["repair roofs", "answer customer emails", "review code from junior engineers",
             "enter invoices into the system", "asdf qwerty zxcv", "lorem ipsum dolor",
             "Kundenanfragen per E-Mail beantworten"]  # fmt: skip
    rated = trained.rate(lines)
    readable = [r.rating for r in rated if r.readable]
    assert min(readable) < 0.1 and max(readable) > 0.9
    assert [r.kind for r in rated[-3:]] == ["unreadable"] * 3
    assert trained.info["tasks"] > 10_000
