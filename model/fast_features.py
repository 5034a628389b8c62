"""An inference-only re-implementation of the fitted TF-IDF vectorizers.

Training exports each fitted ``TfidfVectorizer`` as a plain *spec* (field, analyzer,
n-gram range, vocabulary, IDF, weight), so the shipped artifact holds only dicts and
numpy arrays: loading it never imports scikit-learn (a second of start-up), and
unpickling it cannot run scikit-learn code. Transforming builds the CSR matrix
scikit-learn would (the same structure; values within a few float32 ulps), faster than
scikit-learn's own transform (``benchmarks/batch_vs_model.py`` prints both);
tests/test_fast_features.py checks them against each other.
"""

from __future__ import annotations

import re
import struct
from array import array
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
        # Each word's in-vocabulary character n-gram columns (union columns): batches
        # repeat words, and a word's char_wb n-grams never depend on its neighbours.
        self._word_columns: dict[str, list[int]] = {}

    def grams(self, text: str) -> list[str]:
        """The n-grams of an already normalised field text."""
        if self.char:
            return char_wb_ngrams(text.lower(), *self.ngram)
        return word_ngrams(text.split())

    def columns(self, text: str) -> list[int]:
        """The union columns of a normalised text's in-vocabulary n-grams, repeats kept."""
        vocab, offset = self.vocab, self.offset
        if not self.char:
            return [j + offset for j in map(vocab.get, word_ngrams(text.split())) if j is not None]
        cache = self._word_columns
        if len(cache) > 200_000:  # bounded: a stream of typos must not grow it for ever
            cache.clear()
        out: list[int] = []
        for word in text.lower().split():
            found = cache.get(word)
            if found is None:
                grams = char_wb_ngrams(word, *self.ngram)
                found = cache[word] = [j + offset for j in map(vocab.get, grams) if j is not None]
            out += found
        return out


def field_pieces(text: str) -> list[str]:
    """A field's raw text cut where no token can run across (line breaks, or else
    semicolons): a duty line or a skill each. ``normalise`` of the whole text is the
    pieces' normalised words in order, so the pieces can be looked up one by one and
    cached: a batch repeats skills and duty lines far more than whole fields."""
    if "\n" in text:
        return [piece.strip() for piece in text.split("\n")]
    if ";" in text:
        return [piece.strip() for piece in text.split(";")]
    return [text]


#: A piece of a field (see :func:`piece_columns`): its first and last word, and its
#: column buffers: as a whole field, then part ``k``'s unigram (or char n-gram) columns
#: at ``1 + 2k`` and its bigram columns at ``2 + 2k``.
Piece = tuple[str, str, tuple[bytes, ...]]
_PACK = struct.Struct("=q").pack  # one column as native int64 bytes, as numpy reads them


def piece_columns(parts: list[_Part], text: str) -> Piece:
    """One piece of a field (see ``field_pieces``), looked up in each of the field's
    parts: its first and last word, and its columns as a whole field, then for each part
    its char n-gram or word unigram columns and its word bigram columns, as native int64
    bytes.

    Bytes in tuples, not lists or objects: a batch keeps thousands of pieces,
    and every list or object kept is a container the cyclic garbage collector counts
    and walks: with lists it ran 120 passes (one over the whole heap) in a cold
    transform of 4,000 rows after a batch had been scored, a quarter of its CPU time.
    Bytes are never tracked, tuples stop being tracked at the first pass, and numpy
    reads the joined buffers without converting a Python int.
    """
    norm = normalise(text) if text else ""
    words = norm.split()
    buffers: list[bytes] = [b""]
    joined = array("q")
    for part in parts:
        if part.char:
            found, pairs = array("q", part.columns(norm)), array("q")
        else:
            vocab, offset = part.vocab, part.offset
            grams = [f"{a} {b}" for a, b in pairwise(words)]
            found = array("q", [j + offset for j in map(vocab.get, words) if j is not None])
            pairs = array("q", [j + offset for j in map(vocab.get, grams) if j is not None])
        joined += found
        joined += pairs
        buffers += [found.tobytes(), pairs.tobytes()]
    buffers[0] = joined.tobytes()
    return (words[0] if words else "", words[-1] if words else "", tuple(buffers))


class FastFeaturizer:
    """Transforms ``(role, skills, duties)`` rows like the fitted FeatureUnion does.

    The output has scikit-learn's sparse structure exactly and its values to within a
    few float32 units in the last place (computed in float64 and rounded once, where
    scikit-learn rounds each float32 step); it is bit for bit what this class always
    produced, so results do not move. Python only gathers each row's columns, cached
    per field text and per *piece* of a field (a skill, a duty line: see
    ``field_pieces``), so a batch pays for each distinct skill and duty once; counting,
    weighting and normalising are numpy over the whole batch.
    """

    def __init__(self, specs: list[dict]) -> None:
        self.parts: list[_Part] = []
        offset = 0
        for spec in specs:
            self.parts.append(_Part(spec, offset))
            offset += len(spec["vocabulary"])
        self.n_features = offset
        self._starts = np.array([p.offset for p in self.parts], dtype=np.int64)
        idf = [np.asarray(p.idf, dtype=np.float64) for p in self.parts]
        self._idf = np.concatenate(idf) if idf else np.zeros(0)
        self._weights = np.array([p.weight for p in self.parts], dtype=np.float64)
        self._fields = sorted({part.field for part in self.parts})
        self._field_parts = {f: [p for p in self.parts if p.field == f] for f in self._fields}
        # Per field: each raw field text's columns, and each piece's (see ``_columns``).
        self._field_columns: dict[int, dict[str, bytes]] = {f: {} for f in self._fields}
        self._pieces: dict[int, dict[str, Piece]] = {f: {} for f in self._fields}

    def forget(self) -> None:
        """Empty the caches of field texts, pieces and words, as in a fresh process
        (``benchmarks/batch_vs_model.py`` times two runs on the same rows: the second
        must not find the first's columns)."""
        for field in self._fields:
            self._field_columns[field].clear()
            self._pieces[field].clear()
        for part in self.parts:
            part._word_columns.clear()

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
        from scipy.sparse import csr_matrix

        cols = bytearray()  # every row's columns, native int64 (never tracked by the gc)
        lengths = array("q")
        # A field's columns, by its raw text: a workforce repeats titles, skill lists
        # and duty templates, and a repeat then costs one look-up (bounded).
        for field in self._fields:
            if len(self._field_columns[field]) > 20_000:
                self._field_columns[field].clear()
            if len(self._pieces[field]) > 50_000:
                self._pieces[field].clear()
        by_field = [(field, self._field_columns[field]) for field in self._fields]
        for row in rows:
            before = len(cols)
            for field, cache in by_field:
                text = row[field]
                found = cache.get(text)
                if found is None:
                    found = cache[text] = self._columns(field, text)
                cols += found
            lengths.append((len(cols) - before) // 8)
        data, indices, indptr = self._finish(len(rows), cols, lengths)
        return csr_matrix((data, indices, indptr), shape=(len(rows), self.n_features))

    def _columns(self, field: int, text: str) -> bytes:
        """The union columns of one field's raw text (native int64 bytes), in the order
        the parts' analyzers produce its n-grams (the order ``_finish`` adds each norm's
        squares in)."""
        cache, parts = self._pieces[field], self._field_parts[field]
        pieces: list[Piece] = []
        for text_piece in field_pieces(text):
            piece = cache.get(text_piece)
            if piece is None:
                piece = cache[text_piece] = piece_columns(parts, text_piece)
            if piece[0]:  # a piece without words adds nothing, nor a join
                pieces.append(piece)
        if len(pieces) == 1:
            return pieces[0][2][0]
        out = bytearray()
        for k, part in enumerate(parts):
            for piece in pieces:  # char n-grams, or word unigrams: piece after piece
                out += piece[2][1 + 2 * k]
            if part.char:
                continue
            # Word bigrams: each piece's own, and the one across each join (the last
            # word of a piece and the first of the next).
            vocab, offset = part.vocab, part.offset
            last = ""
            for first, end, buffers in pieces:
                if last:
                    j = vocab.get(f"{last} {first}")
                    if j is not None:
                        out += _PACK(j + offset)
                out += buffers[2 + 2 * k]
                last = end
        return bytes(out)

    def _finish(
        self, n_rows: int, cols: bytearray, lengths: array
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """CSR arrays (columns ascending in each row) from every row's columns, repeats kept."""
        n = max(self.n_features, 1)
        row_of = np.repeat(np.arange(n_rows, dtype=np.int64), np.frombuffer(lengths, np.int64))
        keys = np.frombuffer(cols, dtype=np.int64) + row_of * n
        entries = len(keys)
        keys, first, counts = np.unique(keys, return_index=True, return_counts=True)
        row, col = np.divmod(keys, n)
        part = np.searchsorted(self._starts, col, side="right") - 1
        data = (1.0 + np.log(counts.astype(np.float64))) * self._idf[col]
        # Each vectorizer's L2 norm, its squares added in the order the terms first
        # appear in the text (``bincount`` adds in array order): the order every earlier
        # version and the single-row path in ``sparse_rows`` use, so the floats agree
        # bit for bit.
        segment = row * len(self.parts) + part
        # The terms in order of first appearance: ``first`` holds distinct positions,
        # so placing each term at its position and reading them back in position order
        # sorts them without a sort.
        at = np.full(entries, -1, dtype=np.int64)
        at[first] = np.arange(len(first))
        seen = at[at >= 0]
        norms = np.zeros(n_rows * len(self.parts))
        norms[: segment.max() + 1 if len(segment) else 0] = np.bincount(
            segment[seen], weights=data[seen] ** 2
        )
        data = (data / np.sqrt(norms[segment]) * self._weights[part]).astype(np.float32)
        indptr = np.searchsorted(row, np.arange(n_rows + 1))
        return data, col.astype(np.int32), indptr.astype(np.int32)


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
