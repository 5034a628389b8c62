"""A batch works out the skills and duty lines its file repeats once, before scoring,
and the output does not change by a bit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from batch_support import score_fixture

from career_resilience.model import batch_items, driver_shares, skill_items
from career_resilience.model.batch_slices import plan
from career_resilience.model.occupation_match import skill_figures

FIXTURE = Path(__file__).parent / "fixtures" / "batch_small.csv"
SKILLS = ["SQL", "Excel", "pipe fitting", "CDL", "zxq tooling", "Python"]
LINES = ["Fix leaks under the sink", "Answer calls", "qwzx vbnm"]


def test_pinned_rows_are_the_floats_scoring_works_out(engine) -> None:
    tables = engine.match_tables
    rows = batch_items.figures(tables, batch_items.SKILLS, SKILLS)
    tables.skill_memo.clear()
    np.testing.assert_array_equal(
        rows, np.concatenate([skill_figures(tables, [s]) for s in SKILLS])
    )
    texts = SKILLS + LINES
    own = batch_items.figures(tables, batch_items.OWN, texts)
    driver_shares._OWN.clear()
    size = len(tables.codes)
    one_by_one = [
        driver_shares.own_similarities(tables.tasks, tables.task_features, [t], size) for t in texts
    ]
    np.testing.assert_array_equal(own, np.concatenate(one_by_one))


def test_own_rows_worked_out_in_runs_are_the_floats_of_one_look_up(engine, monkeypatch) -> None:
    tables = engine.match_tables
    texts = SKILLS + LINES  # 9 texts: runs of 4, 4 and 1
    monkeypatch.setattr(batch_items, "OWN_RUN", 4)
    in_runs = batch_items.figures(tables, batch_items.OWN, texts)
    whole = driver_shares.own_rows(tables.tasks, tables.task_features, texts, len(tables.codes))
    assert in_runs.shape == (len(texts), len(tables.codes))
    np.testing.assert_array_equal(in_runs, whole)


def test_the_file_s_repeats_are_listed_most_named_first() -> None:
    source = plan(FIXTURE, rows=4)
    items = batch_items.file_items(source)
    # "Excel" is named by four people, "customer service" by three, "SQL" by two: the
    # row without a role makes no profile and names nothing.
    assert items.skills[:2] == ["Excel", "customer service"]
    assert {"SQL", "pipe fitting", "quoting"} <= set(items.skills)
    assert "vibes" not in items.skills  # named once
    # A duty line is a text of its own too; skills and lines share one list.
    assert "Fix leaks under the sink" in items.own
    assert set(items.skills) <= set(items.own)
    assert items.titles == [["Plumbr"]]  # the only title typed twice
    # Counted in parts (as the forked workers count), the same lists.
    parts = [batch_items.count(source, source.slices[k : k + 1]) for k in range(len(source.slices))]
    assert batch_items.repeated(parts) == items


def test_roles_read_as_one_title_are_one_group(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "role,skills\nSr. Data Analyst,SQL\nData analyst,Excel\nPlumber,SQL\n", encoding="utf-8"
    )
    assert batch_items.file_items(plan(path)).titles == [["Sr. Data Analyst", "Data analyst"]]


def test_at_most_pin_limit_roles_are_pinned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rows.csv"
    rows = ["Nurse", "Nurse", "Plumber", "Plumber", "Sr. Plumber", "Welder", "Welder"]
    path.write_text("role\n" + "\n".join(rows) + "\n", encoding="utf-8")
    everything = [["Plumber", "Sr. Plumber"], ["Nurse"], ["Welder"]]  # most asked first
    assert batch_items.file_items(plan(path)).titles == everything
    monkeypatch.setattr(batch_items, "PIN_LIMIT", 3)  # roles, not groups
    assert batch_items.file_items(plan(path)).titles == everything[:2]


def test_pinned_rows_are_read_instead_of_worked_out_again(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = engine.match_tables
    worked: list[str] = []
    real_row = skill_items.skill_row
    real_own = driver_shares.own_rows
    texts = SKILLS + LINES
    batch_items.pin(
        tables, batch_items.SKILLS, SKILLS, batch_items.figures(tables, "skills", SKILLS)
    )
    batch_items.pin(tables, batch_items.OWN, texts, batch_items.figures(tables, "own", texts))
    try:
        tables.skill_memo.clear()
        driver_shares._OWN.clear()
        monkeypatch.setattr(
            skill_items, "skill_row", lambda t, f, s: (worked.append(s), real_row(t, f, s))[1]
        )
        monkeypatch.setattr(
            driver_shares,
            "own_rows",
            lambda p, f, ts, n: (worked.extend(ts), real_own(p, f, ts, n))[1],
        )
        from career_resilience.model.profile import Profile

        engine.score(Profile.create("Plumber", "; ".join(SKILLS), "\n".join(LINES)))
        assert not set(worked) & set(texts)
    finally:
        batch_items.unpin(tables)
    assert not tables.skill_pinned and not driver_shares.PINNED


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_with_pinned_items_writes_the_same_bytes(
    engine, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def score(pinning: bool) -> str:
        return score_fixture(
            engine,
            jobs=jobs,
            pinning=pinning,
            clear=(engine.match_tables.skill_memo, driver_shares._OWN),
        )

    pinned: list[str] = []
    monkeypatch.setattr(batch_items, "pin", lambda tables, kind, texts, rows: pinned.extend(texts))
    score(True)
    assert {"SQL", "Excel", "Fix leaks under the sink"} <= set(pinned)
    monkeypatch.undo()
    assert score(True) == score(False)
    # Nothing kept after the batch.
    assert not engine.match_tables.skill_pinned and not driver_shares.PINNED


def test_a_long_score_many_pins_its_repeated_skills_and_lines_and_keeps_a_batch_s_pins(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from career_resilience.model import engine as engine_module
    from career_resilience.model.profile import Profile

    tables = engine.match_tables
    monkeypatch.setattr(engine_module, "PINNED_PROFILES", 2)
    profiles = [
        Profile.create("Plumber", "pipe fitting; Excel", "Fix leaks under the sink"),
        Profile.create("Nurse", "Excel; CPR", "Fix leaks under the sink\nAnswer calls"),
        Profile.create("Welder", "pipe fitting; CPR; zxq tooling", "qwzx vbnm"),
    ]
    # A batch file's pin, there before: score_many repeats it and must leave it pinned.
    batch_items.pin(
        tables, batch_items.SKILLS, ["CPR"], batch_items.figures(tables, "skills", ["CPR"])
    )
    pinned: list[tuple[str, list[str]]] = []
    real_pin = batch_items.pin
    monkeypatch.setattr(
        batch_items,
        "pin",
        lambda t, kind, texts, rows: (
            pinned.append((kind, list(texts))),
            real_pin(t, kind, texts, rows),
        ),
    )
    try:
        together = [r.to_dict() for r in engine.score_many(profiles)]
        assert dict(pinned) == {
            batch_items.SKILLS: ["pipe fitting", "Excel"],
            batch_items.OWN: ["pipe fitting", "Excel", "Fix leaks under the sink", "CPR"],
        }
        assert set(tables.skill_pinned) == {"CPR"}
        assert not driver_shares.PINNED
    finally:
        batch_items.unpin(tables)
    tables.skill_memo.clear()
    driver_shares._OWN.clear()
    assert together == [engine.score(p).to_dict() for p in profiles]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_figures_only_batch_pins_its_repeated_titles_and_skills_but_no_driver_rows(
    engine, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from career_resilience.model import batch_titles
    from career_resilience.model.batch_figures import FIGURE_FIELDS

    fields = tuple(sorted(FIGURE_FIELDS))

    def score(pinning: bool) -> str:
        return score_fixture(
            engine,
            jobs=jobs,
            pinning=pinning,
            clear=(engine.match_tables.skill_memo, engine.match_tables.title_memo),
            fields=fields,
        )

    pinned: dict[str, list[str]] = {batch_items.SKILLS: [], batch_items.OWN: [], "titles": []}
    monkeypatch.setattr(
        batch_items, "pin", lambda tables, kind, texts, rows: pinned[kind].extend(texts)
    )
    monkeypatch.setattr(
        batch_titles, "pin", lambda tables, texts, *f: pinned["titles"].extend(texts)
    )
    score(True)
    assert {"SQL", "Excel"} <= set(pinned[batch_items.SKILLS])
    assert pinned["titles"]  # the fixture repeats a person
    assert not pinned[batch_items.OWN]  # only the drivers read these
    monkeypatch.undo()
    assert score(True) == score(False)
    assert not engine.match_tables.skill_pinned and not engine.match_tables.title_pinned
