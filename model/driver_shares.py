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

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from career_resilience.model.occupation_match import (
    MatchTables,
    query,
    similarities_many,
    title_channel,
)

#: Items' own similarities remembered (950 float32 each, 3.8 KB: about 30 MB when full),
#: least recently used dropped first: a workforce types the same few hundred skills and
#: duty lines again and again, and forgetting them all at once (as a full cache once did)
#: made the next profiles look up the common ones again.
KEPT = 8192
_OWN: OrderedDict[tuple[int, str], np.ndarray] = OrderedDict()


def _remember(key: tuple[int, str], row: np.ndarray) -> None:
    """Keep ``row`` under ``key``, dropping the least recently used past :data:`KEPT`."""
    _OWN[key] = row
    while len(_OWN) > KEPT:
        _OWN.popitem(last=False)


#: Rows a batch worked out for every skill and duty line its file repeats, before
#: scoring (``batch_items``): read before the LRU, never dropped by it (the LRU, full of
#: the texts a file names once, dropped the repeated ones and they were looked up again).
PINNED: dict[tuple[int, str], np.ndarray] = {}


def _recall(key: tuple[int, str]) -> np.ndarray | None:
    """The row kept under ``key`` (now the most recently used), or None."""
    row = _OWN.get(key)
    if row is not None:
        _OWN.move_to_end(key)
    return row


def own_rows(postings: Any, featurizer: Any, texts: Sequence[str], size: int) -> np.ndarray:
    """(texts, size): each text's own cosine with every row of a 950-wide table, worked
    out (not remembered): the same floats in any grouping (``similarities_many``)."""
    return similarities_many(postings, [query(featurizer, text) for text in texts], size)


def own_similarities(postings: Any, featurizer: Any, texts: Sequence[str], size: int) -> np.ndarray:
    """(texts, size): each text's own cosine with every row of a 950-wide table."""
    if not texts:
        return np.zeros((0, size), np.float32)
    keys = [(id(postings), text) for text in texts]
    known: dict[tuple[int, str], np.ndarray] = {}
    missing = []
    for key in dict.fromkeys(keys):
        row = PINNED.get(key) if PINNED else None
        if row is None:
            row = _recall(key)
        if row is None:
            missing.append(key)
        else:
            known[key] = row
    if missing:
        found = own_rows(postings, featurizer, [text for _, text in missing], size)
        for key, row in zip(missing, found, strict=True):
            _remember(key, row)
            known[key] = row
    return np.array([known[k] for k in keys])


def own_title_words(tables: MatchTables, texts: Sequence[str]) -> np.ndarray:
    """(texts, occupations): how strongly each title text's own words stand in each
    occupation's titles: its best title there on the words alone (the title channel's
    word part, whose postings are short: "analyst" is in hundreds of titles, its
    character n-grams in tens of thousands). A text none of whose words the titles
    hold (a number, a rare abbreviation) is looked up whole. Remembered per text."""
    part = next(p for p in tables.title_features.parts if not p.char)
    words_only: Any = _WordPart((part,))  # read by ``query`` as a featurizer
    out = []
    for text in texts:
        key = (id(tables), text)
        found = _recall(key)
        if found is None:
            # The word part alone: a part's values are normalised within the part, so
            # they are the very values the whole query holds for it, without counting
            # the text's character n-grams.
            cols, vals = query(words_only, text)
            if len(cols):
                found = _best_on_words(tables, cols.tolist(), vals.tolist())
            else:
                found = title_channel(tables, [text])[0][0]
            _remember(key, found)
        out.append(found)
    return np.array(out)


class _WordPart(NamedTuple):
    """A featurizer of the title channel's word part only (what ``query`` reads)."""

    parts: tuple[Any, ...]


def _best_on_words(tables: MatchTables, cols: list[int], raw: list[float]) -> np.ndarray:
    """Each occupation's best title cosine with a text's words alone (float32)."""
    ptr, postings = tables.titles.indptr, tables.titles
    norm = float(np.sqrt(sum(x * x for x in raw)))
    best = np.zeros(len(tables.codes), np.float32)
    if len(cols) == 1:
        # One term (a one-word unit): its postings are one run of distinct titles in
        # ascending order, so each title's sum is its one weight (float32, as ``best``),
        # and each occupation's largest is found in one unbuffered maximum: a maximum
        # is the same in any order, and the weights are positive (``best`` starts at 0).
        at, end = int(ptr[cols[0]]), int(ptr[cols[0] + 1])
        sums32 = postings.data[at:end] * (raw[0] / norm)
        np.maximum.at(best, tables.title_owner[postings.indices[at:end]], sums32)
        return best
    # Row numbers as ``intp``, the type ``bincount`` counts with (it converted the stored
    # uint16 itself, more slowly).
    rows = np.concatenate([postings.indices[ptr[j] : ptr[j + 1]] for j in cols]).astype(np.intp)
    weight = np.concatenate(
        [postings.data[ptr[j] : ptr[j + 1]] * (x / norm) for j, x in zip(cols, raw, strict=True)]
    )
    # Each title's sum over every title (its entries added in array order, as before
    # over the distinct titles found by sorting them: the same floats), then each
    # occupation's largest over the entries' titles, rounded first (rounding is
    # monotonic) and in any order (a maximum is the same): no sort of the entries,
    # which took two thirds of a look-up (75 -> 27 us on 119 multi-word units).
    sums = np.bincount(rows, weight, minlength=len(tables.title_owner))
    np.maximum.at(best, tables.title_owner[rows], sums[rows].astype(np.float32))
    return best


def split(own: np.ndarray, feature: np.ndarray) -> np.ndarray:
    """(items, occupations): ``feature`` split between the items in proportion to their
    own similarities ``own``; where none of them matches alone (a word pair across two
    items), equally between the items that match some occupation alone: a skill or a
    duty line none of whose words the tables know ("qwzx vbnm") moves nothing, and took
    half of a duty text's points beside a line that did."""
    return split_each(own, (feature,))[0]


def split_each(own: np.ndarray, features: Sequence[np.ndarray]) -> list[np.ndarray]:
    """:func:`split` of each of ``features`` by the same ``own`` similarities, the
    items' totals and where none matches worked out once (the title's best and
    official cosines are split alike)."""
    total = np.add.reduce(own, axis=0)
    # Where no item matches alone, own is 0 and so is its share of the quotient's
    # stand-in (feature / TINY stays finite: a feature is at most a few units).
    scale = np.maximum(total, TINY)
    shares = [own * (feature / scale) for feature in features]
    unmatched = total <= 0
    # Reductions by the ufuncs the array methods call (without their Python wrapper).
    if not np.logical_or.reduce(unmatched):
        return shares
    held = 0  # items that match some occupation alone (0: not counted yet)
    some: np.ndarray | None = None
    out = []
    for feature, share in zip(features, shares, strict=True):
        lost = feature * unmatched  # what no item's own similarity accounts for
        if not np.logical_or.reduce(lost):
            out.append(share)
            continue
        if not held:
            some = np.logical_or.reduce(own, axis=1)
            held = int(np.count_nonzero(some))
            if held in (0, len(own)):
                # Nothing matches alone anywhere (the items share it all), or every item
                # matches somewhere: each takes lost / n, masked by nothing (x * 1.0 is x,
                # so the very floats of masking by a row of ones).
                held, some = len(own), None
        # Divided by a Python int and masked by 0/1: the very floats of ``/ len(own)``
        # when every item matches somewhere.
        part = lost / held
        out.append(share + (part if some is None else part * some[:, None]))
    return out


#: Stands in for a total of 0 in :func:`split`'s quotient (whose rows are then all 0).
TINY = 1e-30
