"""A batch's repeated skills and duty lines, worked out once for the whole file before scoring.

Two per-text figures are most of what a full result reads for each skill and duty line:
the skills channel's row of a skill against the technology items
(``skill_items.skill_row``), and the drivers' own similarity of a skill or a line with the
task vocabulary (``driver_shares.own_similarities``). Both are remembered per text, but
in memos that forget when full: 4,000 varied rows name about 6,100 distinct skills, so
the skills memo (``skill_items.KEPT_SKILLS``) was cleared twice and 4,915 of 11,015 skill
rows were worked out again; the drivers' LRU dropped 1,164 of 10,069. Batch workers also
each worked out every text they met, so two workers did the repeated ones twice.

So before the rows are scored, every skill and duty line the file names more than once
is worked out (by the forked workers together, each sent what the others found) and
*pinned*: read before the memos, never cleared by them, forgotten when the batch ends.
A text named once is worked out when its row is scored, as before (pinning it would
only send its figures between processes).

Exact: pinned figures come from the very functions scoring calls, and a text's figures
never depend on what it is worked out with (tests/test_batch_items.py compares them),
so the output does not change by a bit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from career_resilience.model import driver_shares
from career_resilience.model.batch_slices import Plan, read_slice
from career_resilience.model.occupation_match import MatchTables
from career_resilience.model.profile import duty_lines
from career_resilience.model.skill_items import skill_row

#: Most texts pinned of each kind for one batch (3.8 KB each: 31 MB), the most named first.
PIN_LIMIT = 8192
#: Texts per task when forked workers work them out (each text's row is 3.8 KB to send).
CHUNK_TEXTS = 128
#: The two kinds of pinned figures: a skill's row against the technology items, and a
#: skill's or duty line's own similarity with the tasks.
SKILLS, OWN = "skills", "own"


@dataclass(frozen=True)
class FileItems:
    """What a batch file names: every row's role, and the skills and own-similarity
    texts (skills and duty lines) it names more than once, most named first."""

    roles: list[str]
    skills: list[str]
    own: list[str]


def read_items(source: Plan) -> FileItems:
    """Read the whole file once, as scoring reads it (a row that makes no profile names
    nothing), and list what it repeats.

    The rows are read by the batch reader itself, so the texts are the very ones scoring
    asks for (cleaned, split, duty lines as ``duty_lines`` cuts them): 0.02 ms a row.
    """
    roles: list[str] = []
    skills: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for part in source.slices:
        for row in read_slice(source, part):
            p = row.profile
            if p is None:
                continue
            roles.append(p.role)
            skills.update(p.skills)
            own.update(p.skills)
            own.update(duty_lines(p.duties))
    return FileItems(roles, _repeated(skills), _repeated(own))


def _repeated(counted: Counter[str]) -> list[str]:
    """The texts counted more than once, most first (ties in the order first named)."""
    return [text for text, times in counted.most_common(PIN_LIMIT) if times > 1]


def chunks(texts: Sequence[str]) -> list[list[str]]:
    """``texts`` in tasks of CHUNK_TEXTS."""
    return [list(texts[at : at + CHUNK_TEXTS]) for at in range(0, len(texts), CHUNK_TEXTS)]


def figures(tables: MatchTables, kind: str, texts: Sequence[str]) -> np.ndarray:
    """(texts, occupations) float32: each text's row of ``kind`` (SKILLS or OWN), by
    the function scoring calls for it."""
    size = len(tables.codes)
    if not texts:
        return np.zeros((0, size), np.float32)
    if kind == SKILLS:
        return np.stack([skill_row(tables.items, tables.tech_features, s) for s in texts])
    return driver_shares.own_rows(tables.tasks, tables.task_features, texts, size)


def pin(tables: MatchTables, kind: str, texts: Sequence[str], rows: np.ndarray) -> None:
    """Keep these texts' rows of ``kind`` for the rest of the batch (until :func:`unpin`)."""
    if kind == SKILLS:
        tables.skill_pinned.update(zip(texts, rows, strict=True))
    else:
        key = id(tables.tasks)
        driver_shares.PINNED.update(((key, t), r) for t, r in zip(texts, rows, strict=True))


def unpin(tables: MatchTables) -> None:
    """Forget a finished batch's pinned rows."""
    tables.skill_pinned.clear()
    driver_shares.PINNED.clear()
