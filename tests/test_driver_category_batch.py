"""A batch's drivers read the category model's entries from one transform of the chunk,
and every profile's drivers stay what one score of it gives, to the bit."""

from __future__ import annotations

import numpy as np

from career_resilience.model.driver_category import frame_of
from career_resilience.model.driver_category_batch import category_readings, chunk_entries
from career_resilience.model.profile import Profile

#: Far apart on purpose: a title alone, skills with catalogue names added ("k8s"), a word
#: pair across two skills, duty lines (one repeated), nothing but duties, unknown words.
PROFILES = [
    ("Senior data analyst", "SQL; Tableau; k8s; customer; service", "build dashboards"),
    ("Roofer", "shingles; nail gun; ladders", ""),
    ("AI orchestration engineer", "LangChain; Python", "design agent workflows"),
    ("Hairdresser", "", ""),
    ("Bank teller", "cash handling; customer service", "count cash\ncount cash\nopen accounts"),
    ("Registered nurse", "IV therapy; charting; Epic", "chart in Epic; give medications"),
    ("Sr. eng mgr", "zxq tooling; vibes", "qwzx vbnm"),
    ("Plumber", "pipe fitting", "Fix leaks under the sink\nAnswer calls"),
    ("Truck driver", "CDL; logbooks", "drive routes\nload and unload freight"),
    ("Teacher", "lesson planning; classroom management", "teach math to kids"),
    ("Cook", "knife skills; food safety", ""),
    ("Welder", "MIG; TIG; blueprint reading", "weld frames"),
    ("Payroll clerk", "ADP; payroll; Excel", "process payroll\nfile tax forms"),
    ("Farmer", "tractor operation; irrigation", "plant crops\nfeed livestock"),
    ("Paralegal", "legal research; drafting", "draft contracts"),
    ("Security guard", "patrol; CCTV", "watch monitors"),
    ("Dental hygienist", "x-rays; cleanings", "clean teeth"),
    ("Prompt engineer", "ChatGPT; writing", "write prompts\ntest model outputs"),
]


def _profiles() -> list[Profile]:
    return [Profile.create(role, skills, duties) for role, skills, duties in PROFILES]


def test_the_chunk_s_entries_are_each_field_s_own_to_the_bit(engine) -> None:
    profiles = _profiles()
    matches = [[engine.match(s) for s in p.skills] for p in profiles]
    readings = category_readings(engine, profiles, matches)
    texts = [r.texts for r in readings if r is not None]
    assert len(texts) == len(profiles)
    few = frame_of(engine).rows
    for row, found in zip(texts, chunk_entries(engine.tables, texts), strict=True):
        for field, (cols, products) in enumerate(found):
            want_cols, want = few.entries(field, row[field])
            assert cols.dtype == want_cols.dtype and np.array_equal(cols, want_cols)
            assert products.dtype == want.dtype and np.array_equal(products, want), row


def test_a_chunk_s_drivers_are_those_of_each_profile_s_own_entries(engine, monkeypatch) -> None:
    from career_resilience.model import driver_category_batch

    profiles = _profiles()
    assert len(profiles) > 16  # past engine.FEW_ROWS: the chunk path
    frame_of(engine).kept.clear()  # no split remembered from an earlier score
    chunk = [[(d.feature, d.effect) for d in r.drivers] for r in engine.score_many(profiles)]
    frame_of(engine).kept.clear()
    monkeypatch.setattr(
        driver_category_batch, "chunk_entries", lambda tables, texts: [None] * len(texts)
    )
    own = [[(d.feature, d.effect) for d in r.drivers] for r in engine.score_many(profiles)]
    assert chunk == own  # to the bit
    assert sum(len(drivers) for drivers in chunk) > 3 * len(profiles)


def test_a_chosen_occupation_has_no_reading_and_costs_no_transform(engine) -> None:
    profiles = [*_profiles(), Profile.create("Nurse", occupation="29-1141.00")]
    matches = [[engine.match(s) for s in p.skills] for p in profiles]
    readings = category_readings(engine, profiles, matches)
    assert readings[-1] is None
    assert all(r is not None and r.found is not None for r in readings[:-1])
