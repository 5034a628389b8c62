"""A batch keeps the garbage collector out of its way and gives it back as it found it:
the app (which freezes its own objects and runs the collector on a timer) and a script
that scores a file and carries on must not find the collector off or their objects
unfrozen, and a cycle a slice makes is still freed."""

from __future__ import annotations

import gc
import io
import weakref
from pathlib import Path

import pytest

from career_resilience.model import batch
from career_resilience.model.batch_collector import collect_young, collector_paused

FIXTURE = Path(__file__).parent / "fixtures" / "batch_small.csv"


@pytest.fixture
def collector_state():
    """Whatever a test does to the collector is undone after it."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_and_restored_after(collector_state) -> None:
    gc.enable()
    gc.unfreeze()
    with collector_paused():
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0  # what existed is out of the collector's walks
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_that_was_off_stays_off(collector_state) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_objects_frozen_before_stay_frozen(collector_state) -> None:
    # The app freezes its own start-up objects; a batch inside must not thaw them.
    gc.freeze()
    before = gc.get_freeze_count()
    with collector_paused():
        pass
    assert gc.get_freeze_count() >= before > 0


class _Node:
    """An object that can sit in a reference cycle."""

    other: object = None


def test_a_cycle_made_while_paused_is_freed_after_the_slice(collector_state) -> None:
    with collector_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None  # no automatic collection while paused
        collect_young()
        assert gone() is None


def test_score_file_leaves_the_collector_as_it_found_it(engine, collector_state) -> None:
    gc.enable()
    gc.unfreeze()
    out = io.StringIO()
    batch.score_file(engine, batch.plan(FIXTURE, rows=3), out.write, jobs=1)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert out.getvalue().count("\n") == 15
