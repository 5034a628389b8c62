"""One row of a batch file: the profile it holds, or the reason it holds none.

:mod:`career_resilience.model.batch_input` cuts the file into rows; each row's cells
become a :class:`InputRow` here, with a message naming the field that is wrong
("role: is empty: ...") when they make no profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from career_resilience.model.profile import Profile, ProfileError


@dataclass(frozen=True)
class InputRow:
    """One row of the input: its number, optional id, and a profile or the reason it has none.

    ``end`` is how many bytes of the file have been read once this row is (for progress).
    """

    number: int
    id: str | None
    profile: Profile | None
    error: str | None
    end: int = 0


def to_profile(number: int, data: Any, end: int = 0) -> InputRow:
    """An :class:`InputRow` from one parsed row (a dict of role, skills, duties, id)."""
    if not isinstance(data, dict):
        return InputRow(number, None, None, "expected an object with role, skills and duties", end)
    row_id = data.get("id")
    row_id = None if row_id in (None, "") else str(row_id)[:200]
    try:
        skills = data.get("skills") or ""
        if isinstance(skills, list):
            skills = [str(s) for s in skills]
        elif not isinstance(skills, str):
            raise ProfileError("skills", "expected text separated by semicolons, or a list")
        role = data.get("role")
        duties = data.get("duties") or ""
        if role is not None and not isinstance(role, str):
            raise ProfileError("role", "must be text")
        if not isinstance(duties, str):
            raise ProfileError("duties", "must be text")
        profile = Profile.create(role or "", skills, duties)
    except ProfileError as exc:
        return InputRow(number, row_id, None, str(exc), end)
    return InputRow(number, row_id, profile, None, end)


def _decode(raw: bytes, encoding: str) -> str:
    """One record's text; UnicodeDecodeError says where it went wrong."""
    return raw.decode(encoding)


def _decode_problem(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"not {encoding.upper().replace('_', '-')} text (byte 0x{byte} at column {exc.start + 1}); "
        "save the file as UTF-8, or pass --encoding"
    )
