"""What a client's name, a note and consent text may be: cleaned and checked before
the store writes them (and before an import does)."""

from __future__ import annotations

from career_resilience.sanitise import clean_block, clean_line

MAX_NAME_LENGTH = 200
#: Notes and consent text are free text, but a page or two, not a file.
MAX_NOTE_LENGTH = 20_000
MAX_CONSENT_LENGTH = 2_000


def clean_name(name: str) -> str:
    """A client name, cleaned (no control or escape characters, one line) and checked:
    non-empty, at most MAX_NAME_LENGTH characters, not only digits."""
    if not isinstance(name, str):
        raise ValueError("a client name must be text")
    name = clean_line(name)
    if not name:
        raise ValueError("a client name cannot be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(
            f"a client name can be at most {MAX_NAME_LENGTH} characters; this one has {len(name):,}"
        )
    if name.isdigit():
        # Digits address clients by id on the command line.
        raise ValueError("a client name cannot be only digits (those are client ids)")
    return name


def clean_note(body: str) -> str:
    """A note's text, cleaned (control and escape characters removed, lines kept), checked."""
    body = clean_block(body)
    if not body:
        raise ValueError("a note cannot be empty")
    if len(body) > MAX_NOTE_LENGTH:
        # How long it is, so a coach knows how much to cut (a pasted email runs long).
        raise ValueError(
            f"a note can be at most {MAX_NOTE_LENGTH:,} characters; this one has {len(body):,}"
        )
    return body
