"""One row of a batch file: the profile it holds, or the reason it holds none.

:mod:`career_resilience.model.batch_input` cuts the file into rows; each row's cells
become a :class:`InputRow` here, with a message naming the field that is wrong
("role: is empty: ...") when they make no profile.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from career_resilience.model.profile import Profile, ProfileError

#: The columns a CSV batch may have, and the keys of a JSON-lines row (only ``role`` is
#: required).
BATCH_COLUMNS = ("id", "role", "skills", "duties")


def misnamed(names: list[str]) -> tuple[str, str] | None:
    """``(name, meant)`` for a column or key that is a slip of a scored batch column the
    row lacks ("skils", "duty", "Skill"): its cells would be dropped and every row scored
    without them. Other names (a client's email, a note) are simply not read."""
    present = {n.strip().lower() for n in names}
    for name in names:
        key = name.strip().lower()
        if key in BATCH_COLUMNS:
            continue
        # Only the columns that are scored: a misnamed id loses no figure.
        for meant in difflib.get_close_matches(key, BATCH_COLUMNS[1:], n=1, cutoff=0.6):
            if meant not in present:
                return name, meant
    return None


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
    if row_id not in (None, ""):  # a number as written; an object as JSON, not Python
        row_id = (row_id if isinstance(row_id, str) else json.dumps(row_id))[:200]
    else:
        row_id = None
    slip = misnamed(list(data))
    if slip:
        problem = f"key {slip[0]!r} is not read; did you mean {slip[1]!r}?"
        return InputRow(number, row_id, None, problem, end)
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
        if isinstance(duties, list) and all(isinstance(d, str) for d in duties):
            duties = "\n".join(duties)  # one task a line, as skills may be a list
        if not isinstance(duties, str):
            raise ProfileError("duties", "must be text, or a list of texts")
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
