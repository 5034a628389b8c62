"""One text's TF-IDF vector, exactly as the fitted featuriser would make it, built
without scipy for the single texts a score looks up (``occupation_match``)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

from career_resilience.model.fast_features import FastFeaturizer, char_wb_ngrams
from career_resilience.model.features import normalise


def query(
    featurizer: FastFeaturizer, text: str, common: frozenset[int] = frozenset()
) -> tuple[np.ndarray, np.ndarray]:
    """One text's TF-IDF vector as (columns, values), exactly as the featurizer would.

    Single texts are the common case (one profile at a time, a score looks up about
    twenty); building a scipy matrix per text costs more than the arithmetic. Each
    part's terms are counted in Python (in order of first appearance, the order the
    featurizer adds them in), then weighted and normalised by a few numpy steps, each
    value by the same IEEE operations as the featurizer's (``tf * idf``, the norm's dot
    product, ``/ norm * weight``), so the same bits. ``common``: columns left out of
    the vector (before it is normalised).
    """
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    norm_text = normalise(text) if text else ""
    for part in featurizer.parts:
        found = Counter(_gram_columns(part, norm_text))
        if common:
            offset = part.offset
            found = Counter({j: c for j, c in found.items() if j + offset not in common})
        if not found:
            continue
        n = len(found)
        idx = np.fromiter(found, np.int64, n)
        # The largest count read in Python (a handful of terms), and the TF table
        # indexed by the count itself: two numpy steps fewer a text, ten texts a score.
        if max(found.values()) <= len(_TF):
            v = _TF_BY_COUNT[np.fromiter(found.values(), np.intp, n)] * _idf_array(part)[idx]
        else:
            v = _weights(part, found)
        # ``v / sqrt(v @ v) * weight`` in place: math.sqrt is IEEE's correctly rounded
        # root as np.sqrt is, and a weight of 1 (the skills' and tasks' vectorizers)
        # changes no float: two numpy calls fewer a part, ten texts a score.
        v /= math.sqrt(v @ v)
        if part.weight != 1.0:
            v *= part.weight
        vals.append(v)
        cols.append(idx + part.offset if part.offset else idx)
    if not cols:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    if len(cols) == 1:
        return cols[0], vals[0]
    return np.concatenate(cols), np.concatenate(vals)


def _idf_array(part: Any) -> np.ndarray:
    """A part's IDF as a float64 array (the featurizer's own values)."""
    found = _IDF_ARRAYS.get(id(part))
    if found is None or found[0] is not part:
        if len(_IDF_ARRAYS) > 16:  # featurizers rebuilt (tests, training folds)
            _IDF_ARRAYS.clear()
        found = _IDF_ARRAYS[id(part)] = (part, np.asarray(part.idf, dtype=np.float64))
    return found[1]


#: Per vectorizer part (by id, the part kept alive with it so the id stays its own): its
#: IDF as float64 (usually the very array it holds). A plain dict: a weak-keyed one made
#: a weak reference on every look-up, twice a query.
_IDF_ARRAYS: dict[int, tuple[Any, np.ndarray]] = {}


#: ``1 + log(count)`` (sublinear term frequency) of small counts, computed by numpy
#: once so that every term weight keeps the bits numpy's ``log`` gives it.
_TF = (1.0 + np.log(np.arange(1, 257, dtype=np.float64))).tolist()
#: The same values by count (0 has none).
_TF_BY_COUNT = np.array([np.nan, *_TF])


def _weights(part: Any, found: Counter[int]) -> np.ndarray:
    """``tf * idf`` of counted terms when a count is past the table (logged one by one)."""
    idf = _idf_array(part)
    return np.array(
        [
            (_TF[c - 1] if c <= len(_TF) else float(1.0 + np.log(np.array([c], np.float64))[0]))
            * float(idf[j])
            for j, c in found.items()
        ]
    )


#: Per vectorizer part (by id, kept alive as in :data:`_IDF_ARRAYS`), each word's
#: in-vocabulary character n-gram columns, in order.
_WORD_COLUMNS: dict[int, tuple[Any, dict[str, list[int]]]] = {}


def _gram_columns(part: Any, text: str) -> list[int]:
    """The vocabulary columns of a normalised text's n-grams, in n-gram order (repeats kept).

    Character n-grams stay inside words (``char_wb``), so a text's are its words' in
    turn: each word's are worked out once (titles and duties repeat words) and cached.
    """
    vocab = part.vocab
    if not part.char:
        return [j for j in map(vocab.get, part.grams(text)) if j is not None]
    found = _WORD_COLUMNS.get(id(part))
    if found is None or found[0] is not part or len(found[1]) > 200_000:
        if len(_WORD_COLUMNS) > 16:  # featurizers rebuilt (tests, training folds)
            _WORD_COLUMNS.clear()
        found = _WORD_COLUMNS[id(part)] = (part, {})
    cache = found[1]
    out: list[int] = []
    for word in text.lower().split():
        ids = cache.get(word)
        if ids is None:
            grams = char_wb_ngrams(word, *part.ngram)
            ids = cache[word] = [j for j in map(vocab.get, grams) if j is not None]
        out.extend(ids)
    return out
