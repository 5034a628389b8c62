"""A batch's repeated title texts, looked up once for the whole file before scoring.

Most of a full result's time is the title channel (a title text against 52k O*NET
titles), and a workforce repeats titles: the matcher reads each typed title, and the
drivers read each unit of it alone ("data", "analyst" for "data analyst") and, rarely,
the title without one unit. One process remembers the texts it has looked up (the matcher's
``title_memo``), but batch workers each remember only their own, so two workers looked
up every repeated title twice (two workers used 1.3x the CPU a row of one process), and
the memo, cleared when full of the duty texts no one repeats, forgot them even in one
process. So before the rows are scored, every title text the file asks for more than
once is looked up (by the workers, in parallel, where they are forked) and *pinned* in
the matcher's tables (``MatchTables.title_pinned``), where forked workers inherit it
and no memo clearing drops it.

Exact: a text's figures never depend on what it is looked up with
(``occupation_match.similarity_sums``), so pinned figures are the very floats a look-up
during scoring would give; tests/test_batch_titles.py compares them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from career_resilience.model.grounded_drivers import title_units
from career_resilience.model.occupation_match import (
    MatchTables,
    _title_query,
    similarity_sums,
    title_text,
    title_texts,
)
from career_resilience.model.title_shapley import SHAPLEY_WORDS
from career_resilience.skills.titles import title_keeping

#: Most title texts pinned for one batch (7.6 KB each: 62 MB), the most repeated first.
PIN_LIMIT = 8192
#: Texts per vectorised look-up (one ``bincount`` over 64 x 52k cells: 27 MB).
CHUNK_TEXTS = 64


def role_title_texts(tables: MatchTables, role: str) -> list[str]:
    """Every title text a full result of a profile titled ``role`` looks up: the title
    as the matcher reads it (and without an employer's qualifier), and for the title
    drivers each title unit alone and the title without each unit, as
    ``grounded_drivers`` asks for them (``_title_parts``, ``_tops_without``). A text
    missed here is only looked up during scoring, as before; tests/test_batch_titles.py
    checks none is."""
    if not role.strip():
        return []
    texts = title_texts(tables, role)
    units = title_units(role)
    if len(units) > 1:
        # Each unit alone (its share of the match) and, for a word whose points run
        # against its title's, the title without it (at most SHAPLEY_WORDS units).
        texts += [title_text(tables, title_keeping(role, unit.split())) for unit in units]
    if 1 < len(units) <= SHAPLEY_WORDS:
        texts += [
            title_text(
                tables,
                title_keeping(role, [w for k, u in enumerate(units) if k != i for w in u.split()]),
            )
            for i in range(len(units))
        ]
    return list(dict.fromkeys(texts))  # a text the drivers ask for twice is one look-up


def repeated_texts(tables: MatchTables, roles: Iterable[str]) -> list[str]:
    """The title texts scoring these roles asks for more than once, most asked first
    (at most PIN_LIMIT)."""
    asked: Counter[str] = Counter()
    for role, times in Counter(roles).items():
        for text in role_title_texts(tables, role):
            asked[text] += times
    return [text for text, times in asked.most_common(PIN_LIMIT) if times > 1]


def title_figures(tables: MatchTables, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's best title cosine per occupation and its official title's, float32:
    what ``occupation_match.title_channel`` keeps of a text, computed the same way."""
    best, official = [], []
    for at in range(0, len(texts), CHUNK_TEXTS):
        chunk = texts[at : at + CHUNK_TEXTS]
        sums = similarity_sums(
            tables.titles,
            [_title_query(tables, t) for t in chunk],  # as title_channel queries
            len(tables.title_owner),
        )
        best.append(np.maximum.reduceat(sums, tables.title_starts, axis=1).astype(np.float32))
        official.append(sums[:, tables.official].astype(np.float32))
    if not best:
        empty = np.zeros((0, len(tables.codes)), np.float32)
        return empty, empty
    return np.concatenate(best), np.concatenate(official)


def pin(tables: MatchTables, texts: Sequence[str], best: np.ndarray, official: np.ndarray) -> None:
    """Keep these texts' figures for the rest of the batch (until :func:`unpin`)."""
    pinned = tables.title_pinned
    for k, text in enumerate(texts):
        pinned[text] = (best[k], official[k])


@contextmanager
def pinned_for(tables: MatchTables, roles: Sequence[str]) -> Iterator[None]:
    """Pin the title texts these roles repeat (those not pinned yet) while the block
    runs, and only those: an in-process ``score_many`` of a long list, inside a batch
    that pinned its whole file or outside one."""
    texts = [t for t in repeated_texts(tables, roles) if t not in tables.title_pinned]
    pin(tables, texts, *title_figures(tables, texts))
    try:
        yield
    finally:
        for text in texts:
            tables.title_pinned.pop(text, None)


def unpin(tables: MatchTables) -> None:
    """Forget a finished batch's pinned figures."""
    tables.title_pinned.clear()
