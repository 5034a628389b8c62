"""Shared helpers for the coach-records tests (records, reports, CLI, the app's coach
screens): sample records, and the app opened on the client list with clients in it."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tui_support import workers_done

from career_resilience.records import Store, save_assessment

FIXTURES = Path(__file__).parent / "fixtures"
#: The terminal the coach-screen tests run in, unless a test needs another.
SIZE = (100, 40)


def sample_result(**changes: Any) -> dict[str, Any]:
    """A fresh copy of the realistic sample result, with top-level keys overridden."""
    result = json.loads((FIXTURES / "sample_result.json").read_text(encoding="utf-8"))
    result.update(copy.deepcopy(changes))
    return result


def sample_profile(*skills: str, role: str = "Data analyst") -> dict[str, Any]:
    """A profile in the public contract's shape."""
    return {
        "role": role,
        "skills": list(skills) or ["SQL", "Excel", "Stakeholder management"],
        "duties": "Build the weekly KPI deck; walk managers through the numbers",
    }


def with_gaps(result: dict[str, Any], pivot_id: str, gaps: list[str]) -> dict[str, Any]:
    """``result`` with one pivot's gap skills replaced (as after learning some)."""
    result = copy.deepcopy(result)
    for pivot in result["pivots"]:
        if pivot["id"] == pivot_id:
            pivot["gap_skills"] = list(gaps)
    return result


def db_bytes(directory: Path) -> bytes:
    """Everything SQLite has on disk for the records: database, WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(directory.glob("records.sqlite3*")))


def seed(name: str, sessions: int = 0, retention: date | None = None) -> int:
    """A client with ``sessions`` stored sessions of the sample assessment."""
    with Store.open() as store:
        client = store.add_client(name)
        for _ in range(sessions):
            store.add_session(client.id, sample_profile(), sample_result())
        if retention is not None:
            store.set_retention(client.id, retention)
        return client.id


def names_in_store() -> list[str]:
    """Every client name in the records, archived ones too."""
    with Store.open() as store:
        return [c.name for c in store.list_clients(include_archived=True)]


async def settle(pilot) -> None:
    """Wait for workers (model, records) and the repaint after their messages."""
    for _ in range(2):
        await workers_done(pilot.app)  # past a worker cancelled by its restart
        await pilot.wait_for_animation()  # a scroll's frames (see tui_support.settle)
        await pilot.pause()


async def to_clients(pilot) -> None:
    """F6: the client list, loaded."""
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)


async def score(pilot, role: str, skills: list[str]) -> None:
    """Fill the profile form (as typing would) and score it."""
    from career_resilience.tui.widgets.completing_input import CompletingInput

    await pilot.press("f2")
    screen = pilot.app.screen
    screen.query_one("#role", CompletingInput).value = role
    screen.query_one("#skills").set_skills([])
    for skill in skills:
        screen.add_skills(skill)
    await pilot.press("ctrl+r")
    await settle(pilot)


@asynccontextmanager
async def on_client_list(
    tui_app, *names: str, sessions: int = 0, size: tuple[int, int] = SIZE
) -> AsyncIterator[tuple[Any, Any]]:
    """The app (from the ``tui_app`` fixture) open on the client list, loaded, with
    ``names`` added as clients first (``sessions`` each): (app, pilot).

    The set-up most coach-screen tests share, written once."""
    for name in names:
        seed(name, sessions)
    app = tui_app()
    async with app.run_test(size=size) as pilot:
        await to_clients(pilot)
        yield app, pilot


async def saved_and_open(pilot, role: str, skills: list[str], name: str) -> None:
    """A profile scored, saved as the first session of a new client ``name``, and her
    record open under F6 (where the notice after saving points): the start of the
    tests of switching clients, written once."""
    from tui_support import wait_until

    from career_resilience.tui.screens.client_record import ClientRecordScreen

    def her_record() -> bool:
        screen = pilot.app.screen
        return (
            isinstance(screen, ClientRecordScreen)
            and screen.client is not None
            and screen.client.name == name
            and len(screen.sessions) == 1
        )

    await settle(pilot)
    await score(pilot, role, skills)
    await save_to_new_client(pilot, name)
    await to_clients(pilot)
    await wait_until(pilot, her_record)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``resilience ARGV`` run in this process: its exit code, stdout and stderr."""
    from career_resilience.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def save_two_sessions_of_dana() -> None:
    """Client "Dana Smith" with two saved sessions (the first with a private note)."""
    with Store.open() as store:
        save_assessment(store, "Dana Smith", sample_profile(), sample_result(), "private worry")
        save_assessment(
            store, "Dana Smith", sample_profile("SQL", "Python"), sample_result(exposure=66.0)
        )


def sessions_of(name: str) -> int | None:
    """How many sessions ``name`` has (None: no such client)."""
    with Store.open() as store:
        client = store.find_client(name) if store.client_by_name(name) else None
        return None if client is None else client.session_count


def notifications(app) -> str:
    """The text of every notification still shown."""
    return " ".join(n.message for n in app._notifications)


async def save_to_new_client(pilot, name: str) -> None:
    """Save the scored result to a new client: ctrl+k, type the name, Enter, confirm."""
    await pilot.press("ctrl+k")
    await settle(pilot)
    await pilot.press(*name, "enter", "y")
    await settle(pilot)
