"""A batch's repeated title texts, looked up once for the whole file before scoring.

The title channel (a title text against 52k O*NET titles) is most of the matcher's
time, and a workforce repeats titles. One process remembers the texts it has looked up
(the matcher's ``title_memo``), but batch workers each remember only their own, so two
workers looked up every repeated title twice, and the memo, cleared when full of the
duty texts no one repeats, forgot them even in one process. So before the rows are
scored, every typed title text the file asks for more than once is looked up (by the
workers, in parallel, where they are forked) and *pinned* in the matcher's tables
(``MatchTables.title_pinned``), where forked workers inherit it and no memo clearing
drops it. Only texts that scoring is sure to read are pinned (:func:`role_title_texts`).

Exact: a text's figures never depend on what it is looked up with, and they are
computed by the title channel's own function, so pinned figures are the very floats a
look-up during scoring would give; tests/test_batch_titles.py compares them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from career_resilience.model.occupation_match import MatchTables, _figures, title_texts
from career_resilience.skills.titles import normalise_title

#: Most title texts pinned for one batch (7.6 KB each: 62 MB), the most repeated first.
PIN_LIMIT = 8192


def role_title_texts(tables: MatchTables, role: str) -> list[str]:
    """The title texts every full result of a profile titled ``role`` looks up: the
    title as the matcher reads it, and without an employer's qualifier when it has one.

    Only these: the title drivers read each title unit on the title words' postings
    (``driver_shares.own_title_words``), not through the title channel, and look up the
    title without a unit only for a word whose points run against its title's. Pinning
    those too looked up 748 texts for 1,000 varied rows of which scoring read 318, so
    the pins cost more look-ups than they saved. A text missed here is looked up during
    scoring, through the memo, as before."""
    if not role.strip():
        return []
    return title_texts(tables, role)


def repeated_texts(tables: MatchTables, roles: Iterable[str]) -> list[str]:
    """The title texts scoring these roles asks for more than once, most asked first
    (at most PIN_LIMIT).

    Only roles whose normalised title (``normalise_title``: case, seniority words,
    abbreviations) another row shares are read as the matcher reads them: mending a
    title's typing slips (``title_text``) cost 0.2 ms a role, most roles of a varied
    file are typed once, and their texts were listed for nothing (0.77 s of CPU for
    4,000 rows at load 11, against 0.05 s for normalising them). A text that two
    different normalised titles mend into is not pinned; scoring looks it up, as it
    does any text asked for once.
    """
    counted = Counter(roles)
    key = {role: normalise_title(role) for role in counted}
    shared = Counter(key.values())  # distinct roles per normalised title
    asked: Counter[str] = Counter()
    for role, times in counted.items():
        if times > 1 or shared[key[role]] > 1:
            for text in role_title_texts(tables, role):
                asked[text] += times
    return [text for text, times in asked.most_common(PIN_LIMIT) if times > 1]


def title_figures(tables: MatchTables, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's best title cosine per occupation and its official title's, float32:
    what ``occupation_match.title_channel`` keeps of a text, by the same function.

    One text at a time, as the title channel does: its 52k sums stay in the processor's
    cache, where 64 texts in one ``bincount`` (a 27 MB table) took 2.5-3.5x the time a
    text (0.66-0.94 against 0.26-0.27 ms, 600 typed titles).
    """
    if not texts:
        empty = np.zeros((0, len(tables.codes)), np.float32)
        return empty, empty
    found = [_figures(tables, text) for text in texts]
    return np.stack([b for b, _ in found]), np.stack([o for _, o in found])


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
