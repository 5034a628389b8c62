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
only send its figures between processes). A long ``Engine.score_many`` pins the same way
what its profiles repeat (:func:`pinned_for`).

Exact: pinned figures come from the very functions scoring calls, and a text's figures
never depend on what it is worked out with (tests/test_batch_items.py compares them),
so the output does not change by a bit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from career_resilience.model import batch_titles, driver_shares
from career_resilience.model.batch_slices import Plan, Slice, read_slice
from career_resilience.model.occupation_match import MatchTables
from career_resilience.model.profile import Profile, duty_lines
from career_resilience.model.skill_items import skill_row
from career_resilience.skills.titles import normalise_title

#: Most texts pinned of each kind for one batch (3.8 KB each: 31 MB), the most named first.
PIN_LIMIT = 8192
#: Shares the repeats are worked out in (``shard``), per process: each process takes the
#: next when it is free, so a slow one takes fewer.
SHARDS_PER_PROCESS = 4
#: Slices per counting task (``count``) when the forked workers read the file together.
COUNT_SLICES = 8
#: Own-similarity texts worked out per look-up (:func:`figures`): their sums (64 x 950
#: float64, 486 KB) stay in the processor's cache.
OWN_RUN = 64
#: The two kinds of pinned figures: a skill's row against the technology items, and a
#: skill's or duty line's own similarity with the tasks.
SKILLS, OWN = "skills", "own"


@dataclass(frozen=True)
class Counts:
    """What some of a file's rows name: roles with their normalised titles
    (``normalise_title``: case, seniority words, abbreviations), skills, and the texts
    whose own similarity the drivers read (skills and duty lines), each counted."""

    roles: Counter[str]
    keys: dict[str, str]
    skills: Counter[str]
    own: Counter[str]


def count(source: Plan, parts: Sequence[Slice]) -> Counts:
    """Read these slices as scoring reads them (a row that makes no profile names
    nothing) and count what they name.

    The rows are read by the batch reader itself, so the texts are the very ones scoring
    asks for (cleaned, split, duty lines as ``duty_lines`` cuts them): about 0.02 ms a
    row, done by the forked workers together.
    """
    profiles = (row.profile for part in parts for row in read_slice(source, part))
    roles, skills, own = _counted(p for p in profiles if p is not None)
    return Counts(roles, {role: normalise_title(role) for role in roles}, skills, own)


def _counted(profiles: Iterable[Profile]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """The roles, the skills and the own-similarity texts (skills and duty lines, as
    ``duty_lines`` cuts them) these profiles name, each counted."""
    roles: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for p in profiles:
        roles[p.role] += 1
        skills.update(p.skills)
        own.update(p.skills)
        own.update(duty_lines(p.duties))
    return roles, skills, own


@dataclass(frozen=True)
class FileItems:
    """What a batch file repeats, most named first: title groups (the roles typed more
    than once, or read as one normalised title with another role: each group's roles
    share it), skills, and own-similarity texts (skills and duty lines)."""

    titles: list[list[str]]
    skills: list[str]
    own: list[str]


def repeated(parts: Sequence[Counts], drivers: bool = True) -> FileItems:
    """The file's repeats, from the counts of all of its rows (in the same order in every
    process, so that all list them alike); no own-similarity texts unless ``drivers``
    are worked out (the figures alone never read them)."""
    roles: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    own: Counter[str] = Counter()
    keys: dict[str, str] = {}
    for part in parts:
        roles.update(part.roles)
        skills.update(part.skills)
        own.update(part.own)
        keys.update(part.keys)
    groups: dict[str, list[str]] = {}
    asked: Counter[str] = Counter()
    for role, times in roles.items():
        groups.setdefault(keys[role], []).append(role)
        asked[keys[role]] += times
    # At most PIN_LIMIT roles in all (a role reads as one or two texts, 7.6 KB each):
    # a file typing each title many ways must not pin without bound.
    titles: list[list[str]] = []
    room = PIN_LIMIT
    for key, times in asked.most_common():
        if times < 2 or len(groups[key]) > room:
            break
        titles.append(groups[key])
        room -= len(groups[key])
    return FileItems(titles, _repeated(skills), _repeated(own) if drivers else [])


def file_items(source: Plan, drivers: bool = True) -> FileItems:
    """:func:`repeated` of the whole file, read in this process."""
    return repeated([count(source, source.slices)], drivers)


def _repeated(counted: Counter[str]) -> list[str]:
    """The texts counted more than once, most first (ties in the order first named)."""
    return [text for text, times in counted.most_common(PIN_LIMIT) if times > 1]


@dataclass(frozen=True)
class Shard:
    """One share of a file's repeats worked out: title texts with their figures, and
    skill and own-similarity rows (in the order of :func:`shard`'s lists)."""

    texts: list[str]
    best: np.ndarray
    official: np.ndarray
    skills: np.ndarray
    own: np.ndarray


def shard(tables: MatchTables, items: FileItems, k: int, shards: int) -> Shard:
    """Share ``k`` of ``shards`` of the file's repeats, worked out: every ``shards``-th
    title group from the ``k``-th (a group's roles mostly read as one text, looked up
    once), skill and own-similarity text.

    A role of a group is pinned even when its text is asked for once (the group's other
    roles read otherwise): scoring would look that text up once anyway, so pinning it
    costs no look-up, only its bytes between processes.
    """
    texts = list(
        dict.fromkeys(
            text
            for group in items.titles[k::shards]
            for role in group
            for text in batch_titles.role_title_texts(tables, role)
        )
    )
    best, official = batch_titles.title_figures(tables, texts)
    return Shard(
        texts,
        best,
        official,
        figures(tables, SKILLS, items.skills[k::shards]),
        figures(tables, OWN, items.own[k::shards]),
    )


def pin_shards(tables: MatchTables, items: FileItems, found: Sequence[Shard]) -> None:
    """Pin every shard's figures (``found``: shard ``k`` at ``k``) in this process."""
    shards = len(found)
    for k, part in enumerate(found):
        batch_titles.pin(tables, part.texts, part.best, part.official)
        pin(tables, SKILLS, items.skills[k::shards], part.skills)
        pin(tables, OWN, items.own[k::shards], part.own)


def figures(tables: MatchTables, kind: str, texts: Sequence[str]) -> np.ndarray:
    """(texts, occupations) float32: each text's row of ``kind`` (SKILLS or OWN), by
    the function scoring calls for it."""
    size = len(tables.codes)
    if not texts:
        return np.zeros((0, size), np.float32)
    if kind == SKILLS:
        return np.stack([skill_row(tables.items, tables.tech_features, s) for s in texts])
    # In runs of OWN_RUN texts: one look-up of all of them adds into one (texts x 950)
    # float64 table (50 MB for 6,600 texts), far past the processor's cache, and took
    # 59 us a text against 20 in runs of 64 (4,000 varied rows). The same floats in any
    # grouping (``driver_shares.own_rows``).
    return np.concatenate(
        [
            driver_shares.own_rows(
                tables.tasks, tables.task_features, texts[at : at + OWN_RUN], size
            )
            for at in range(0, len(texts), OWN_RUN)
        ]
    )


def pin(tables: MatchTables, kind: str, texts: Sequence[str], rows: np.ndarray) -> None:
    """Keep these texts' rows of ``kind`` for the rest of the batch (until :func:`unpin`)."""
    if kind == SKILLS:
        tables.skill_pinned.update(zip(texts, rows, strict=True))
    else:
        key = id(tables.tasks)
        driver_shares.PINNED.update(((key, t), r) for t, r in zip(texts, rows, strict=True))


@contextmanager
def pinned_for(tables: MatchTables, profiles: Sequence[Profile]) -> Iterator[None]:
    """Pin what these profiles repeat (titles, skills, duty lines) and is not pinned yet
    while the block runs, and only that: a long ``Engine.score_many`` in this process
    (a batch file pins its repeats before scoring and scores slices of at most 128)."""
    _, skills, own = _counted(profiles)
    key = id(tables.tasks)
    new_skills = [s for s in _repeated(skills) if s not in tables.skill_pinned]
    new_own = [t for t in _repeated(own) if (key, t) not in driver_shares.PINNED]
    with batch_titles.pinned_for(tables, [p.role for p in profiles]):
        pin(tables, SKILLS, new_skills, figures(tables, SKILLS, new_skills))
        pin(tables, OWN, new_own, figures(tables, OWN, new_own))
        try:
            yield
        finally:
            for skill in new_skills:
                tables.skill_pinned.pop(skill, None)
            for text in new_own:
                driver_shares.PINNED.pop((key, text), None)


def unpin(tables: MatchTables) -> None:
    """Forget a finished batch's pinned rows."""
    tables.skill_pinned.clear()
    driver_shares.PINNED.clear()
