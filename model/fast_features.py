"""An inference-only re-implementation of the fitted TF-IDF vectorizers.

Training exports each fitted ``TfidfVectorizer`` as a plain *spec* (field, analyzer,
n-gram range, vocabulary, IDF, weight), so the shipped artifact holds only dicts and
numpy arrays: loading it never imports scikit-learn (a second of start-up), and
unpickling it cannot run scikit-learn code. Transforming builds the same CSR matrix
scikit-learn would, in one pass; tests/test_fast_features.py checks they are equal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from career_resilience.model.features import normalise

_WS = re.compile(r"\s\s+")


def word_ngrams(tokens: list[str]) -> list[str]:
    """Unigrams then bigrams, as scikit-learn's word analyzer with ngram_range=(1, 2)."""
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's ``char_wb``."""
    grams: list[str] = []
    for word in _WS.sub(" ", text).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < size:
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # the word is shorter than n: counted once
                break
    return grams


def export_tfidf(tfidf: Any, field: int = 0, weight: float = 1.0, name: str = "") -> dict:
    """A fitted TfidfVectorizer as a plain spec (what the artifact stores)."""
    if not (tfidf.sublinear_tf and tfidf.norm == "l2" and tfidf.use_idf):
        raise ValueError("only sublinear, l2-normalised TF-IDF is supported")
    return {
        "name": name,
        "field": field,
        "analyzer": tfidf.analyzer,
        "ngram_range": tuple(tfidf.ngram_range),
        "vocabulary": {str(k): int(v) for k, v in tfidf.vocabulary_.items()},
        "idf": np.asarray(tfidf.idf_, dtype=np.float64),
        "weight": float(weight),
    }


def export_union(union: Any) -> list[dict]:
    """Every vectorizer of a fitted FeatureUnion (see ``features.build_vectorizer``)."""
    weights = union.transformer_weights or {}
    return [
        export_tfidf(pipe[-1], pipe[0].index, weights.get(name, 1.0), name)
        for name, pipe in union.transformer_list
    ]


class _Part:
    """One exported vectorizer, placed at ``offset`` among the union's columns."""

    def __init__(self, spec: dict, offset: int) -> None:
        self.name: str = spec["name"]
        self.field: int = spec["field"]
        self.char = spec["analyzer"] == "char_wb"
        low, high = spec["ngram_range"]
        self.ngram: tuple[int, int] = (int(low), int(high))
        self.vocab: dict[str, int] = spec["vocabulary"]
        self.idf: np.ndarray = spec["idf"]
        self.weight: float = spec["weight"]
        self.offset = offset

    def grams(self, text: str) -> list[str]:
        """The n-grams of an already normalised field text."""
        if self.char:
            return char_wb_ngrams(text.lower(), *self.ngram)
        return word_ngrams(text.split())


class FastFeaturizer:
    """Transforms ``(role, skills, duties)`` rows like the fitted FeatureUnion does."""

    def __init__(self, specs: list[dict]) -> None:
        self.parts: list[_Part] = []
        offset = 0
        for spec in specs:
            self.parts.append(_Part(spec, offset))
            offset += len(spec["vocabulary"])
        self.n_features = offset

    def feature_names(self) -> list[str]:
        """``"<vectorizer>: <term>"`` for every column, in column order."""
        names: list[str] = []
        for part in self.parts:
            terms = [""] * len(part.vocab)
            for term, j in part.vocab.items():
                terms[j] = term
            names.extend(f"{part.name}: {term}" for term in terms)
        return names

    def transform(self, rows: Sequence[Sequence[str]]) -> Any:
        """A CSR matrix (float32), one row per input row."""
        cols: list[int] = []
        counts: list[int] = []
        segments: list[int] = []
        indptr = [0]
        n_parts = len(self.parts)
        for r, row in enumerate(rows):
            texts = [normalise(field) if field else "" for field in row]
            for p, part in enumerate(self.parts):
                found: dict[int, int] = {}
                vocab = part.vocab
                for gram in part.grams(texts[part.field]):
                    j = vocab.get(gram)
                    if j is not None:
                        found[j] = found.get(j, 0) + 1
                if found:
                    cols.extend(j + part.offset for j in found)
                    counts.extend(found.values())
                    segments.extend([r * n_parts + p] * len(found))
            indptr.append(len(cols))
        return self._finish(rows, cols, counts, segments, indptr)

    def _finish(
        self,
        rows: Sequence[Any],
        cols: list[int],
        counts: list[int],
        segments: list[int],
        indptr: list[int],
    ) -> Any:
        from scipy.sparse import csr_matrix

        col = np.asarray(cols, dtype=np.int64)
        seg = np.asarray(segments, dtype=np.int64)
        part_of = seg % len(self.parts)
        idf = np.concatenate([p.idf for p in self.parts])
        data = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[col]
        norms = np.sqrt(np.bincount(seg, weights=data**2, minlength=len(rows) * len(self.parts)))
        weights = np.array([p.weight for p in self.parts])
        data = data / norms[seg] * weights[part_of]
        # Within a row scikit-learn orders columns by vectorizer then index; sort to match.
        matrix = csr_matrix(
            (data.astype(np.float32), col, np.asarray(indptr)),
            shape=(len(rows), self.n_features),
        )
        matrix.sort_indices()
        return matrix


class FastWordVectorizer:
    """The duty model's exported word TF-IDF vectorizer (normalises each line itself)."""

    def __init__(self, spec: dict) -> None:
        self.part = _Part(spec, 0)

    def transform(self, lines: Sequence[str]) -> Any:
        """A CSR matrix with one L2-normalised row per line."""
        from scipy.sparse import csr_matrix

        cols: list[int] = []
        counts: list[int] = []
        indptr = [0]
        vocab = self.part.vocab
        for line in lines:
            found: dict[int, int] = {}
            for gram in word_ngrams(normalise(line).split()):
                j = vocab.get(gram)
                if j is not None:
                    found[j] = found.get(j, 0) + 1
            cols.extend(found)
            counts.extend(found.values())
            indptr.append(len(cols))
        col = np.asarray(cols, dtype=np.int64)
        data = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * self.part.idf[col]
        ptr = np.asarray(indptr)
        row_of = np.repeat(np.arange(len(lines)), np.diff(ptr))
        norms = np.sqrt(np.bincount(row_of, weights=data**2, minlength=len(lines)))
        data = data / np.where(norms[row_of] > 0, norms[row_of], 1.0)
        return csr_matrix((data, col, ptr), shape=(len(lines), len(vocab)))
