"""The ``resilience`` command: the app with no arguments, subcommands otherwise.

Each subcommand lives in its own module that exposes ``register(subparsers)``; a
registered parser sets ``handler=callable(args) -> int`` with ``set_defaults``.
Handlers raise :class:`~career_resilience.cli.errors.CliError` for anything the user
should read; :func:`main` prints it and returns its exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from career_resilience.blas import one_blas_thread
from career_resilience.cli.errors import CliError, UsageError
from career_resilience.files import FileWriteError
from career_resilience.paths import DATA_DIR_ENV
from career_resilience.sanitise import for_terminal
from career_resilience.skills.fields import KnowledgeBaseError

#: Every subcommand and the module (in this package) that registers it. Only the module
#: of the command being run is imported, so ``resilience clients list`` does not load
#: the scoring, training and transfer modules; ``resilience --help`` loads them all.
#: tests/test_cli_commands.py checks this table against what the modules register.
COMMANDS = {
    "score": "score_commands",
    "train": "model_commands",
    "evaluate": "model_commands",
    "categories": "model_commands",
    "clients": "coach_commands",
    "report": "transfer_commands",
    "export": "transfer_commands",
    "import": "transfer_commands",
    "doctor": "doctor_command",
}


class _SubParsers(argparse._SubParsersAction):
    """Subcommands whose own ``--help`` opens with the line the command list shows
    (``resilience report --help`` was a bare usage line and its options)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        """A subcommand's parser, described by its ``help`` unless it has its own words."""
        said = kwargs.get("help")
        if said and kwargs.get("description") is None:
            kwargs["description"] = f"{said[0].upper()}{said[1:]}."
        return super().add_parser(name, **kwargs)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors become :class:`UsageError` (exit 2, no usage dump),
    and whose subcommands say what they do in their own help (:class:`_SubParsers`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _SubParsers)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argument parser: with only the command named in ``argv`` registered when it
    names one, otherwise (help, a typo, the app) with every subcommand."""
    parser = _Parser(
        prog="resilience",
        description="How exposed is your work to generative AI, why, and where can you pivot?",
        epilog=(
            "`resilience` alone opens the app. Exit codes: 0 success, 2 bad usage, input "
            "or path (with a message naming it), 1 anything else."
        ),
    )
    parser.add_argument(
        "--data-dir",
        help=f"where client records live (default: the user data dir; env {DATA_DIR_ENV})",
    )
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in command_modules(_command_named(argv)):
        module.register(subparsers)
    return parser


def command_modules(command: str | None = None) -> list[ModuleType]:
    """The module registering ``command``, or every command module (in help order)."""
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def _command_named(argv: Sequence[str]) -> str | None:
    """The subcommand in ``argv`` (the first word that is neither an option nor the value
    of ``--data-dir``), or None."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``resilience``; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(args_list).parse_args(args_list)
        handler = getattr(args, "handler", None)
        if handler is None:
            if args.data_dir:  # the app reads its data directory from the environment
                os.environ[DATA_DIR_ENV] = args.data_dir
            return _run_app()
        return int(handler(args))  # handlers take --data-dir from args
    except CliError as exc:
        _error(str(exc))
        return exc.exit_code
    except FileWriteError as exc:  # names the user's path; a bad path is bad input
        _error(str(exc))
        return 2 if exc.user_error else 1
    except KnowledgeBaseError as exc:  # shipped data edited badly: it names file and field
        _error(str(exc))
        return 1
    except BrokenPipeError:  # `resilience score --json | head -1`: the reader has enough
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a message, never a traceback
        _error(f"unexpected {type(exc).__name__}: {exc}")
        return 1


def _error(message: str) -> None:
    """Print ``message`` to stderr; what it quotes (a header cell, a path, a name the
    person typed) is shown with its escape characters visible, never obeyed."""
    print(f"error: {for_terminal(message)}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests): nothing to flush
        pass


def _run_app() -> int:
    """Open the Textual app."""
    one_blas_thread()  # before the model (and numpy) loads: see career_resilience/blas.py
    try:
        from career_resilience.tui.app import make_app
    except ImportError:
        build_parser().print_help()
        return 0
    make_app().run()
    return 0
