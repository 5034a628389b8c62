"""Nothing is sent anywhere: no module imports a network client, and using the tool as a
person would (a score, a batch with worker processes, a coach's records, a report, an
export, the app scoring a profile) never opens an internet connection or looks up a host.

The run-time check runs every command, then the app, in one fresh interpreter with an
audit hook (``sys.addaudithook``) that ends the process with exit 97 at the first
internet socket ``connect``/``bind``/``sendto`` or host-name lookup; forked batch
workers inherit it.
Local (Unix) sockets are allowed: worker processes talk to the parent through them.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ("career_resilience", "skills", "model", "records", "reports", "cli", "tui")
#: Modules whose only purpose is talking to other machines.
NETWORK = ("socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx",
           "aiohttp", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
           "websocket", "websockets", "webbrowser")  # fmt: skip

HOOK = """
import os, socket, sys

def _refuse(event, args):
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        if args[0].family not in (socket.AF_INET, socket.AF_INET6):
            return  # a local socket (worker pipes), not the network
    elif event not in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                       "socket.getnameinfo", "urllib.Request", "http.client.connect"):
        return
    os.write(2, f"NETWORK {event} {args!r}\\n".encode())
    os._exit(97)

sys.addaudithook(_refuse)
"""

#: One interpreter runs every command, then the app: the hook is set before anything is
#: imported, so a connection or look-up made at import or on a first use is caught at
#: the first command that makes it, as it was with one interpreter per command (that
#: cost ~1 s of start and model load each).
PERSON = (
    HOOK
    + """
import asyncio, json
sys.path.insert(0, sys.argv[1])
from career_resilience.cli import main

for argv in json.loads(sys.argv[2]):
    print("exit", main(argv), *argv, flush=True)

from tui_support import fill_profile, model_settled
from career_resilience.tui.app import make_app

async def run():
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await model_settled(pilot)
        await fill_profile(pilot, "Line cook", ["food safety"], ["Prep vegetables"])
        await pilot.press("ctrl+r")
        await model_settled(pilot)
        await pilot.press("f4")
        await pilot.pause()
        print("mode", app.current_mode)

asyncio.run(run())
"""
)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_module_imports_a_network_client() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for room in ROOMS
        for path in sorted((ROOT / room).rglob("*.py"))
        for name in sorted(_imports(path))
        if any(name == bad or name.startswith(bad + ".") for bad in NETWORK)
    ]
    assert found == []


def _run(tmp_path: Path, script: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, RESILIENCE_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600, check=False,
    )  # fmt: skip


def test_the_hook_would_stop_a_connection(tmp_path: Path) -> None:
    # The check below means something only if the hook catches a real attempt.
    for attempt, event in (
        ("socket.socket().connect(('192.0.2.1', 9))", "socket.connect"),
        ("socket.getaddrinfo('example.org', 443)", "socket.getaddrinfo"),
    ):
        done = _run(tmp_path, HOOK + attempt + "\n")
        assert done.returncode == 97 and f"NETWORK {event}" in done.stderr


@pytest.mark.filterwarnings("ignore")
def test_scoring_a_batch_the_coach_records_and_the_app_send_nothing(tmp_path: Path) -> None:
    rows = "".join(f"{n},Line cook {n % 7},food safety;knife skills,\n" for n in range(300))
    (tmp_path / "team.csv").write_text("id,role,skills,duties\n" + rows)
    commands = [
        ["score", "--role", "Nurse", "--skills", "triage; wound care", "--json"],
        ["score", "--input", "team.csv", "--output", "out.jsonl", "--jobs", "2"],
        ["score", "--role", "Cashier", "--client", "Dana Smith", "--new-client"],
        ["clients", "note", "Dana Smith", "Wants weekend work"],
        ["report", "Dana Smith", "--format", "html", "--output", "dana.html"],
        ["export", "all.json"],
    ]
    done = _run(tmp_path, PERSON, str(Path(__file__).parent), json.dumps(commands))
    assert "NETWORK" not in done.stderr
    exits = [line for line in done.stdout.splitlines() if line.startswith("exit ")]
    assert exits == [f"exit 0 {' '.join(argv)}" for argv in commands], done.stderr[-2000:]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 300
    # The app, scoring a profile and showing its pivots, in the same interpreter.
    assert done.returncode == 0 and "mode pivots" in done.stdout, done.stderr[-2000:]
