"""A batch looks up the titles its file repeats once, before scoring, and the output
does not change by a bit."""

from __future__ import annotations

import numpy as np
import pytest
from batch_support import score_fixture

from career_resilience.model import batch_titles
from career_resilience.model.occupation_match import title_channel
from career_resilience.model.profile import Profile

ROLES = ["Sr. Data Analyst", "RN - ICU", "911 dispatcher", "CNC programmer (Mastercam)",
         "Asst. Mgr of Ops", "Plumbr", "Primary school teacher"]  # fmt: skip


def test_pinned_figures_are_the_floats_a_look_up_gives(engine) -> None:
    tables = engine.match_tables
    texts = [t for role in ROLES for t in batch_titles.role_title_texts(tables, role)]
    best, official = batch_titles.title_figures(tables, texts)
    tables.title_memo.clear()
    one_by_one = [title_channel(tables, [t]) for t in texts]
    np.testing.assert_array_equal(best, np.concatenate([b for b, _ in one_by_one]))
    np.testing.assert_array_equal(official, np.concatenate([o for _, o in one_by_one]))


def test_pinned_titles_are_read_by_every_full_result_and_not_looked_up_again(engine) -> None:
    """The texts this module pins are ones scoring reads for sure (a pin nothing reads
    would be a look-up wasted), and with them pinned scoring looks none of them up
    again; the results are those of scoring without pins."""
    tables = engine.match_tables
    profiles = [Profile.create(role, "SQL; Excel", "") for role in ROLES]
    texts = [t for role in ROLES for t in batch_titles.role_title_texts(tables, role)]
    assert len(texts) > len(ROLES)  # titles with a qualifier are read with and without it

    class Reads(dict):
        """The pins, noting which were read."""

        def __init__(self) -> None:
            super().__init__()
            self.read: set[str] = set()

        def get(self, key, default=None):
            if key in self:
                self.read.add(key)
            return super().get(key, default)

    reads = Reads()
    tables.__dict__["title_pinned"] = reads
    try:
        batch_titles.pin(tables, texts, *batch_titles.title_figures(tables, texts))
        tables.title_memo.clear()
        pinned_results = [r.to_dict() for r in engine.score_many(profiles)]
        assert reads.read == set(texts)
        assert not set(tables.title_memo) & set(texts)
    finally:
        batch_titles.unpin(tables)
        tables.__dict__["title_pinned"] = {}
    tables.title_memo.clear()
    assert [r.to_dict() for r in engine.score_many(profiles)] == pinned_results


def test_repeated_texts_are_those_asked_more_than_once(engine) -> None:
    tables = engine.match_tables
    texts = batch_titles.repeated_texts(tables, ["Data analyst", "Data analyst", "Plumber"])
    assert texts[0] == batch_titles.role_title_texts(tables, "Data analyst")[0]
    assert not set(texts) & set(batch_titles.role_title_texts(tables, "Plumber"))
    # Typed differently, read the same: the seniority word is not part of the title.
    texts = batch_titles.repeated_texts(tables, ["Sr. Data Analyst", "Data analyst", "Plumber"])
    assert texts == batch_titles.role_title_texts(tables, "Data analyst")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_with_pinned_titles_writes_the_same_bytes(
    engine, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def score(pinning: bool) -> str:
        return score_fixture(
            engine, jobs=jobs, pinning=pinning, clear=(engine.match_tables.title_memo,)
        )

    pinned = []
    monkeypatch.setattr(batch_titles, "pin", lambda tables, texts, *figures: pinned.extend(texts))
    score(True)
    assert pinned  # the fixture repeats a person, so some titles were pinned
    monkeypatch.undo()
    assert score(True) == score(False)
    assert not engine.match_tables.title_pinned  # nothing kept after the batch


def test_a_long_score_many_pins_its_repeats_and_gives_each_profile_its_own_result(
    engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from career_resilience.model import engine as engine_module

    monkeypatch.setattr(engine_module, "PINNED_PROFILES", 2)
    profiles = [Profile.create(role, "SQL; vibes", "Answer the phone") for role in ROLES * 2]
    pinned: list[str] = []
    real_pin = batch_titles.pin
    monkeypatch.setattr(
        batch_titles, "pin", lambda t, texts, *f: (pinned.extend(texts), real_pin(t, texts, *f))
    )
    together = [r.to_dict() for r in engine.score_many(profiles)]
    assert len(pinned) > len(ROLES)  # every role twice: its texts pinned
    assert not engine.match_tables.title_pinned
    engine.match_tables.title_memo.clear()
    assert together == [engine.score(p).to_dict() for p in profiles]
