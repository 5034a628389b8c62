"""The command table the CLI loads subcommands from, and what the records commands load."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from career_resilience import cli

#: Packages a coach's `clients` command must never pay for: the model, its numerics,
#: the report templates and the app. Each one costs a noticeable part of a second.
HEAVY = ("numpy", "scipy", "sklearn", "jinja2", "textual", "rich", "career_resilience.model")


def test_every_subcommand_is_in_the_table_under_its_own_module() -> None:
    registered: dict[str, str] = {}
    for module in cli.command_modules():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        module.register(sub)
        name = module.__name__.rsplit(".", 1)[1]
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == cli.COMMANDS


def test_a_typo_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["clientz", "list"]) == 2
    err = capsys.readouterr().err
    assert all(name in err for name in cli.COMMANDS)


@pytest.mark.parametrize("argv", [["clients", "list"], ["clients", "show", "Dana Smith"]])
def test_the_records_commands_load_no_model_app_or_templates(
    argv: list[str], tmp_path: Path
) -> None:
    script = (
        "import sys\n"
        "from career_resilience.cli import main\n"
        "from career_resilience.records import Store\n"
        f"Store.open(sys.argv[1]).add_client('Dana Smith')\n"
        f"main(['--data-dir', sys.argv[1], *{argv!r}])\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.splitlines()[-1] == "[]"


def test_categories_names_its_columns_and_fits_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The list read "95  growing  software_engineering" with nothing saying 95 is the
    exposure or that the id is what --category takes, and rationales ran 250 columns."""
    assert cli.main(["categories"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["AI", "exposure", "outlook", "id", "(for", "--category)", "name"]
    assert lines[1].split()[:3] == ["95", "growing", "software_engineering"]
    assert max(map(len, lines)) <= 80


def _every_help(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()):
    """``(words, parser)`` for every subcommand, nested ones (``clients add``) included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*words, name), sub
                yield from _every_help(sub, (*words, name))


def test_every_subcommands_help_says_what_it_does_and_what_each_argument_is(capsys) -> None:
    # `resilience report --help` was a bare usage line; `export --help` listed "file"
    # with no word on what goes in it (the JSON written, private notes too).
    helps = list(_every_help(cli.build_parser()))
    assert len(helps) > 15
    for words, _ in helps:
        with pytest.raises(SystemExit):
            cli.main([*words, "--help"])
        shown = capsys.readouterr().out
        rest = shown.partition("\n\n")[2]  # after the usage lines
        said = rest.lstrip().splitlines()[0]
        assert not said.startswith(("positional arguments", "options")), words
        assert said[0].isupper(), (words, said)
    for words, parser in helps:
        for action in parser._actions:
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                assert action.help, (words, action.dest)
