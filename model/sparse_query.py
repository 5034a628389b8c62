"""One text's TF-IDF vector, exactly as the fitted featuriser would make it, built in
plain Python for the single texts a score looks up (``occupation_match``)."""

from __future__ import annotations

import weakref
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
    twenty); building a scipy matrix per text costs more than the arithmetic, and so
    did a dozen small numpy calls per vectorizer part: the terms are weighted in plain
    Python floats (the same IEEE operations, so the same bits) and only the norm's dot
    product stays numpy, to keep its summation order. ``common``: columns left out of
    the vector (before it is normalised).
    """
    cols: list[int] = []
    vals: list[float] = []
    norm_text = normalise(text) if text else ""
    for part in featurizer.parts:
        idx, raw = part_terms(part, norm_text)
        if common:
            kept = [(j, x) for j, x in zip(idx, raw, strict=True) if j + part.offset not in common]
            idx, raw = [j for j, _ in kept], [x for _, x in kept]
        if idx:
            v = np.array(raw)
            scale, weight = float(np.sqrt(v @ v)), part.weight
            vals += [x / scale * weight for x in raw]
            offset = part.offset
            cols += [j + offset for j in idx]
    return np.array(cols, dtype=np.int64), np.array(vals, dtype=np.float64)


#: ``1 + log(count)`` (sublinear term frequency) of small counts, computed by numpy
#: once so that every term weight keeps the bits numpy's ``log`` gives it.
_TF = (1.0 + np.log(np.arange(1, 257, dtype=np.float64))).tolist()


def part_terms(part: Any, norm_text: str) -> tuple[list[int], list[float]]:
    """One vectorizer part's terms of a normalised text and their TF-IDF before the L2
    norm, in order of first appearance (the order the featurizer adds them in)."""
    found = Counter(_gram_columns(part, norm_text))
    if not found:
        return [], []
    idf = _IDF_LISTS.get(part)
    if idf is None:  # Python floats: indexing a list beats a numpy gather per text
        idf = _IDF_LISTS[part] = part.idf.tolist()
    tf = _TF
    if max(found.values()) <= len(tf):
        return list(found), [tf[c - 1] * idf[j] for j, c in found.items()]
    return list(found), [
        (tf[c - 1] if c <= len(tf) else float(1.0 + np.log(np.array([c], np.float64))[0])) * idf[j]
        for j, c in found.items()
    ]


#: Per vectorizer part, its IDF as a list of Python floats (the same float64 values).
_IDF_LISTS: weakref.WeakKeyDictionary[Any, list[float]] = weakref.WeakKeyDictionary()


#: Per vectorizer part, each word's in-vocabulary character n-gram columns, in order.
_WORD_COLUMNS: weakref.WeakKeyDictionary[Any, dict[str, list[int]]] = weakref.WeakKeyDictionary()


def _gram_columns(part: Any, text: str) -> list[int]:
    """The vocabulary columns of a normalised text's n-grams, in n-gram order (repeats kept).

    Character n-grams stay inside words (``char_wb``), so a text's are its words' in
    turn: each word's are worked out once (titles and duties repeat words) and cached.
    """
    vocab = part.vocab
    if not part.char:
        return [j for j in map(vocab.get, part.grams(text)) if j is not None]
    cache = _WORD_COLUMNS.get(part)
    if cache is None or len(cache) > 200_000:
        cache = _WORD_COLUMNS[part] = {}
    out: list[int] = []
    for word in text.lower().split():
        ids = cache.get(word)
        if ids is None:
            grams = char_wb_ngrams(word, *part.ngram)
            ids = cache[word] = [j for j in map(vocab.get, grams) if j is not None]
        out.extend(ids)
    return out
