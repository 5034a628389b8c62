"""Every command the README tells people to type is one the tools accept.

A reader copies `resilience ...` lines from the README's shell blocks and the
`python benchmarks/NAME.py --flag` behind each measured figure: a renamed option or a
removed script would leave a README that reads true and fails when followed.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from career_resilience.cli import build_parser
from career_resilience.cli.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
#: The full table of measured figures the README links to: its commands are copied too.
MEASUREMENTS = (ROOT / "docs" / "measurements.md").read_text(encoding="utf-8")


def _shell_commands() -> list[str]:
    """The `resilience ...` commands of the README's ```bash blocks, one per command."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", README, flags=re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            for part in line.split(" ; "):
                words = shlex.split(part, comments=True)
                if words[:1] == ["resilience"]:
                    commands.append(shlex.join(words))
    return commands


def _benchmark_runs() -> list[tuple[str, list[str]]]:
    """(script, --options) of every `python benchmarks/NAME.py ...` the README and its
    full table of measured figures quote."""
    runs = []
    quoted = README + MEASUREMENTS
    for script, rest in re.findall(r"python (benchmarks/[\w]+\.py)([^`|;]*)", quoted):
        runs.append((script, re.findall(r"--[a-z][a-z-]*", rest)))
    return runs


def test_the_readme_shows_commands_of_both_kinds() -> None:
    assert len(_shell_commands()) >= 15
    assert len(_benchmark_runs()) >= 20


@pytest.mark.parametrize("command", _shell_commands())
def test_a_readme_command_parses(command: str) -> None:
    argv = shlex.split(command)[1:]
    try:
        build_parser(argv).parse_args(argv)
    except UsageError as exc:  # the command as the README shows it is refused
        pytest.fail(f"README: `{command}`: {exc}")


def test_each_benchmark_the_readme_names_takes_its_options() -> None:
    wrong = []
    for script, options in _benchmark_runs():
        path = ROOT / script
        if not path.is_file():
            wrong.append(f"{script}: no such script")
            continue
        source = path.read_text(encoding="utf-8")
        wrong += [f"{script}: no option {o}" for o in options if f'"{o}"' not in source]
    assert not wrong, sorted(set(wrong))


def test_the_quick_start_makes_the_virtual_environment_before_installing() -> None:
    """Issue 11: the Quick start showed the install before the venv step. Its first
    command makes and activates the venv, then installs; `resilience` alone comes next."""
    start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", start, flags=re.DOTALL)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    first = commands[0]
    assert first.index("-m venv") < first.index(". .venv/bin/activate") < first.index("pip install")
    assert commands[1] == "resilience"  # the app, with no subcommand
