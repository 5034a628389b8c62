"""Each typed item's share of the match's similarities: the arithmetic of the drivers.

The occupation match adds up channel similarities per occupation (``occupation_match``):
the typed title against the occupation's titles, the skills against its technology and
task vocabulary, the duties against its tasks and titles. Each of those similarities is
split between the items that make it up (title words, skills, duty lines) in proportion
to how well each item matches the occupation on its own (:func:`split`): a cosine is a
sum over the query's terms, and an item's own similarity is what its terms bring.

- skills and duty lines against the technology and task vocabulary: the item's own
  similarity with every occupation (:func:`own_similarities`, a short walk of a
  950-wide table, remembered per text: people type the same skills again and again);
- title words against titles: each word's own best title per occupation on the title
  channel's word part alone (:func:`own_title_words`: a word's postings are hundreds
  of titles long, its character n-grams' tens of thousands); the official title's
  cosine is split the same way;
- duty lines against titles: in proportion to their own task similarity (reading each
  line against 52k titles again cost more than the rest of a score).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from career_resilience.model.occupation_match import (
    MatchTables,
    query,
    similarities_many,
    title_channel,
)

#: Items' own similarities remembered (950 float32 each, 3.8 KB: about 15 MB when full).
KEPT = 4096
_OWN: dict[tuple[int, str], np.ndarray] = {}


def own_similarities(postings: Any, featurizer: Any, texts: Sequence[str], size: int) -> np.ndarray:
    """(texts, size): each text's own cosine with every row of a 950-wide table."""
    if not texts:
        return np.zeros((0, size), np.float32)
    keys = [(id(postings), text) for text in texts]
    known = {k: _OWN[k] for k in keys if k in _OWN}
    missing = [k for k in dict.fromkeys(keys) if k not in known]
    if missing:
        found = similarities_many(postings, [query(featurizer, text) for _, text in missing], size)
        if len(_OWN) + len(missing) > KEPT:
            _OWN.clear()  # cheaper than tracking use; common skills come back at once
        for key, row in zip(missing, found, strict=True):
            _OWN[key] = known[key] = row
    return np.stack([known[k] for k in keys])


def own_title_words(tables: MatchTables, texts: Sequence[str]) -> np.ndarray:
    """(texts, occupations): how strongly each title text's own words stand in each
    occupation's titles: its best title there on the words alone (the title channel's
    word part, whose postings are short: "analyst" is in hundreds of titles, its
    character n-grams in tens of thousands). A text none of whose words the titles
    hold (a number, a rare abbreviation) is looked up whole. Remembered per text."""
    part = next(p for p in tables.title_features.parts if not p.char)
    out = []
    for text in texts:
        key = (id(tables), text)
        found = _OWN.get(key)
        if found is None:
            cols, vals = query(tables.title_features, text)
            words = cols >= part.offset  # the word part follows the character n-grams
            if words.any():
                found = _best_on_words(tables, cols[words].tolist(), vals[words].tolist())
            else:
                found = title_channel(tables, [text])[0][0]
            if len(_OWN) >= KEPT:
                _OWN.clear()
            _OWN[key] = found
        out.append(found)
    return np.stack(out)


def _best_on_words(tables: MatchTables, cols: list[int], raw: list[float]) -> np.ndarray:
    """Each occupation's best title cosine with a text's words alone (float32)."""
    ptr, postings = tables.titles.indptr, tables.titles
    norm = float(np.sqrt(sum(x * x for x in raw)))
    rows = np.concatenate([postings.indices[ptr[j] : ptr[j + 1]] for j in cols])
    weight = np.concatenate(
        [postings.data[ptr[j] : ptr[j + 1]] * (x / norm) for j, x in zip(cols, raw, strict=True)]
    )
    titles, inverse = np.unique(rows, return_inverse=True)
    sums = np.bincount(inverse, weight)
    # Titles are numbered by occupation: each occupation's titles are one run.
    owner = tables.title_owner[titles]
    starts = np.flatnonzero(np.diff(owner, prepend=-1))
    best = np.zeros(len(tables.codes), np.float32)
    best[owner[starts]] = np.maximum.reduceat(sums, starts)
    return best


def split(own: np.ndarray, feature: np.ndarray) -> np.ndarray:
    """(items, occupations): ``feature`` split between the items in proportion to their
    own similarities ``own``; equally where none of them matches alone (a word pair
    across two items)."""
    total = own.sum(axis=0)
    none = total <= 0
    return own * (feature / np.where(none, 1, total)) + (none * feature) / len(own)
