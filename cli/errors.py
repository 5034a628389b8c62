"""Errors the CLI turns into a message and an exit code, never a traceback."""

from __future__ import annotations


class CliError(Exception):
    """A failure the user should read; ``exit_code`` 2 means bad usage or bad input."""

    exit_code = 1


class UsageError(CliError):
    """Bad arguments or bad input data (exit code 2)."""

    exit_code = 2
