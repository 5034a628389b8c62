"""Shared fixtures. Every test runs with its config and data directories in tmp_path."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from career_resilience.paths import CONFIG_DIR_ENV, DATA_DIR_ENV


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """In a pytest-xdist worker, unplug syrupy once its own end of session has run, so
    its end-of-run report is never built there, and collect and freeze the heap (see
    below).

    A worker's summary is never shown, and syrupy's report takes every snapshot the other
    worker used for unused and matches each against every test this one ran: 5-10 s of
    path matching after the last test, longer than xdist gives a worker to shut down
    (5 s, then SIGINT: a KeyboardInterrupt warning at the end of CI's run). Snapshot
    mismatches still fail their own tests; syrupy checks no unused snapshots under xdist.

    Public pluggy calls only (the plugin is registered under its entry point's name):
    syrupy 5.0 skips the report in workers itself (syrupy PR 978), and
    pytest-textual-snapshot's main branch unplugs it this way (its PR 20), but its latest
    release, 1.1.0, pins syrupy 4.8.0. Drop the unplugging once a release has either.
    """
    plugins = session.config.pluginmanager
    syrupy = plugins.get_plugin("syrupy")
    if os.environ.get("PYTEST_XDIST_WORKER") and syrupy is not None:
        plugins.unregister(syrupy)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # Likewise pytest's own clean-up: five full collections of the worker's heap
        # (0.4 M objects after four test files, 1.2 s of CPU) after "finished" is sent;
        # under load they outlast the 5 s and the SIGINT lands in the one Python code a
        # collection runs, hypothesis's gc callback ("Exception ignored in gc_callback:
        # KeyboardInterrupt"). Collected once here, while the controller still waits
        # without a limit, and frozen, those five walk only what is made after (0.04 s).
        gc.collect()
        gc.freeze()


@pytest.fixture(scope="session")
def kb_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One compiled-KB cache for the session (outside every test's tmp_path, which some
    tests list), so each `resilience` subprocess does not parse the YAML again."""
    return tmp_path_factory.mktemp("kb-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, kb_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's config, data and cache directories at a fresh temporary directory."""
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv("RESILIENCE_CACHE_DIR", str(kb_cache_dir))
    return tmp_path


@pytest.fixture
def store(isolated_dirs: Path):
    """The coach records in this test's data directory, open for the test."""
    from career_resilience.records import Store

    with Store.open() as opened:
        yield opened


@pytest.fixture(scope="session")
def engine():
    """The shipped model and knowledge base, loaded once per test session."""
    from career_resilience.model.engine import load_engine

    return load_engine()


@pytest.fixture
def engine_loaded_once(engine, monkeypatch: pytest.MonkeyPatch):
    """``load_engine()`` gives the session's engine while the shipped artifact is where
    it ships: an in-process ``resilience score`` (or the app's model load) then costs
    about 5 ms, not 0.4 s of reading the artifact and building its first-use tables
    again. The engine is the same shipped model, so every output is the same.

    A test that moves the artifact (``artifact.ARTIFACT_DIR``) or passes a directory or
    knowledge base still loads for real; loading itself is tested in a fresh process
    (test_artifact, test_score_paths, test_cli_score's installed command)."""
    from career_resilience.model import artifact
    from career_resilience.model import engine as engine_module

    shipped, load = artifact.ARTIFACT_DIR, engine_module.load_engine

    def loaded(directory=None, kb=None):
        if directory is None and kb is None and shipped == artifact.ARTIFACT_DIR:
            return engine
        return load(directory, kb)

    monkeypatch.setattr(engine_module, "load_engine", loaded)
    return engine


# ---------------------------------------------------------------- TUI (tests/test_tui_*.py)

TINY_KB = Path(__file__).parent / "fixtures" / "tiny_kb"


def _pilot_idle_look() -> None:
    """Pilot's idle look every 5 ms, and idle only with nothing left to run (see
    tests/pilot_idle.py)."""
    from pilot_idle import look_every

    look_every(0.005)


_pilot_idle_look()


@pytest.fixture(scope="session")
def tiny_engine():
    """A small model trained on tests/fixtures/tiny_kb.

    Fixed data and a deterministic training run, so app tests and snapshots do not
    change when the shipped model is retrained.
    """
    import sklearn

    from career_resilience.model.artifact import FORMAT_VERSION, Manifest
    from career_resilience.model.engine import Engine
    from career_resilience.model.occupation_model import train_small_model
    from career_resilience.model.training import train
    from career_resilience.skills.loader import load_knowledge_base

    kb = load_knowledge_base(TINY_KB)
    # Occupations of the tiny knowledge base's kinds of work only (fast, no task labels).
    occupations = train_small_model(("15-", "29-", "31-", "43-4", "43-9"))
    bundle = train(kb, evaluate=False, occupations=occupations)
    manifest = Manifest(FORMAT_VERSION, sklearn.__version__, kb.digest, "test")
    return Engine(kb, bundle, manifest)


@pytest.fixture
def tui_app(tiny_engine):
    """A factory for the app wired to the tiny engine (or to a loader you pass)."""
    from career_resilience.tui.app import make_app

    def build(engine_loader=None):
        return make_app(engine_loader=engine_loader or (lambda: tiny_engine))

    return build


class SlowLoader:
    """An engine loader that holds the model back until the test calls `release.set()`."""

    def __init__(self, engine) -> None:
        import threading

        self.engine = engine
        self.release = threading.Event()

    def __call__(self):
        self.release.wait(10)
        return self.engine


@pytest.fixture
def slow_loader(tiny_engine) -> SlowLoader:
    """A loader for `tui_app` that keeps the app "loading model" until released."""
    return SlowLoader(tiny_engine)


@pytest.fixture
def screen_text():
    """The text on the app's current screen, as a user would read it.

    With ``flat=True`` the lines are joined with single spaces and panel borders are
    dropped, so a sentence wrapped over several lines can be matched whole.
    """
    import re

    def read(app, flat: bool = False) -> str:
        text = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        if flat:
            # The scrollbar's thumb ends a line ("...do not │▄▄"): a sentence wrapped
            # past it read "do not ▄▄ move it" whenever a longer page moved the thumb.
            text = re.sub(r"[▁▂▃▄▅▆▇█]+ *$", "", text, flags=re.MULTILINE)
            text = " ".join(re.sub(r"[│╭╮╰╯─▊▎]", " ", text).split())
        return text

    return read


@pytest.fixture(scope="session")
def scorer():
    """The pivot scorer on the shipped knowledge base, built once for the pivot tests."""
    from career_resilience.model.occupation_pivots import build_scorer
    from career_resilience.skills.loader import shipped_knowledge_base

    return build_scorer(shipped_knowledge_base(), {})


@pytest.fixture(scope="session")
def matcher():
    """The skill matcher on the shipped catalogue."""
    from career_resilience.skills.loader import shipped_knowledge_base
    from career_resilience.skills.matching import SkillMatcher

    return SkillMatcher(shipped_knowledge_base().skills.values())


@pytest.fixture
def records_home(isolated_dirs: Path) -> Path:
    """The folder the coach records go to in this test (``isolated_dirs``' data folder)."""
    return isolated_dirs / "data"
