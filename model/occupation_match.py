"""Which O*NET occupations a profile describes: calibrated probabilities over all 950.

Three channels look at the profile, each against what O*NET publishes per occupation:

- **title**: the typed title (seniority dropped, abbreviations expanded, typing slips
  mended: ``title_spelling``) against all 52k O*NET titles, by TF-IDF cosine over
  character 2-4-grams and words; an occupation scores its best-matching title (a
  nearest-neighbour match, aggregated per occupation). A title with an employer's
  qualifier ("CNC programmer (Mastercam)", "RN - med/surg") is also read without it,
  and each O*NET title keeps the better of the two cosines;
- **skills**: the typed skills against each occupation's technology skills and tools;
- **duties** (and skills): against each occupation's task vocabulary, a TF-IDF centroid
  learned from the task-label file (weights and vocabulary ship, sentences do not).

A conditional-logit combiner (weights learned on pseudo-profiles built from O*NET data,
see ``occupation_training``) turns the channel similarities plus a BLS employment prior
into one logit per occupation; a softmax with a fitted temperature gives calibrated
probabilities. Everything is numpy at run time: no scikit-learn or scipy import.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from career_resilience.model.fast_features import FastFeaturizer, char_wb_ngrams
from career_resilience.model.features import normalise
from career_resilience.model.title_spelling import TitleSpeller
from career_resilience.skills.titles import normalise_title

#: Channel features per occupation, in the order of the combiner's weights.
FEATURES = (
    "title_max",
    "title_official",
    "title_max_sq",
    "skills_tech",
    "skills_tasks",
    "duties_tasks",
    "duties_title",
    "log_prior",
)


class Postings(NamedTuple):
    """A term-major sparse table (CSR arrays): for each term, the rows that contain it.

    Plain arrays rather than a scipy matrix: scoring only walks a query's own terms, and
    not importing scipy.sparse saves most of a second at start-up.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray


def csr(arrays: dict[str, np.ndarray], name: str) -> Postings:
    """The postings stored as ``name.data``/``.indices``/``.indptr``.

    Stored small (float16 values, uint16 rows) but widened once here to float32/int32:
    every look-up multiplies and scatters tens of thousands of entries, and numpy
    converts half floats in software, which made each look-up 2-3x slower. Widening
    is exact, so the sums are unchanged.
    """
    return Postings(
        arrays[f"{name}.data"].astype(np.float32),
        arrays[f"{name}.indices"].astype(np.int32),
        arrays[f"{name}.indptr"].astype(np.int64),
    )


def csr_arrays(matrix: Any, name: str) -> dict[str, np.ndarray]:
    """The arrays :func:`csr` rebuilds ``matrix`` from, in the smallest types that hold them.

    Values are TF-IDF weights in [0, 1]: float16 keeps three significant digits, far
    finer than any difference the match acts on. Row numbers fit uint16 below 65,536
    rows (52k titles, 950 occupations). Half the bytes to hash and read at start-up.
    """
    m = matrix.tocsr()
    m.sort_indices()
    index_type = np.uint16 if m.shape[1] <= np.iinfo(np.uint16).max + 1 else np.int32
    return {
        f"{name}.data": m.data.astype(np.float16),
        f"{name}.indices": m.indices.astype(index_type),
        f"{name}.indptr": m.indptr.astype(np.int32),
        f"{name}.shape": np.array(m.shape, dtype=np.int64),
    }


@dataclass(frozen=True)
class MatchTables:
    """The matcher's fitted tables (built once from the artifact by :meth:`build`)."""

    codes: tuple[str, ...]
    title_features: FastFeaturizer  # fields: (title,): char n-grams, then words
    tech_features: FastFeaturizer  # fields: (text,): words of technology names
    task_features: FastFeaturizer  # fields: (text,): words of task statements
    titles: Postings  # term-major: title features x titles
    title_owner: np.ndarray  # occupation index of each title row (sorted)
    title_starts: np.ndarray  # first title row of each occupation
    official: np.ndarray  # title row of each occupation's official title
    tech: Postings  # term-major: technology terms x occupations
    tasks: Postings  # term-major: task terms x occupations
    log_prior: np.ndarray
    weights: np.ndarray
    temperature: float

    @classmethod
    def build(cls, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> MatchTables:
        """Rebuild the tables from the artifact's arrays and JSON meta."""
        owner = arrays["title_owner"].astype(np.int64)
        starts = np.searchsorted(owner, np.arange(len(meta["codes"])))
        return cls(
            codes=tuple(meta["codes"]),
            title_features=FastFeaturizer(_specs(meta["title_specs"], arrays, "title")),
            tech_features=FastFeaturizer(_specs(meta["tech_specs"], arrays, "tech")),
            task_features=FastFeaturizer(_specs(meta["task_specs"], arrays, "task")),
            titles=csr(arrays, "titles"),
            title_owner=owner,
            title_starts=starts,
            official=arrays["official"].astype(np.int64),
            tech=csr(arrays, "tech"),
            tasks=csr(arrays, "tasks"),
            log_prior=arrays["log_prior"].astype(np.float32),
            weights=arrays["weights"].astype(np.float64),
            temperature=float(meta["temperature"]),
        )

    @functools.cached_property
    def title_memo(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Title figures already looked up, by text (see :func:`title_channel`)."""
        return {}

    @functools.cached_property
    def speller(self) -> TitleSpeller:
        """Mends typing slips against the title vocabulary (built on first use)."""
        return TitleSpeller.from_part(next(p for p in self.title_features.parts if not p.char))


def _specs(specs: list[dict[str, Any]], arrays: dict[str, np.ndarray], prefix: str) -> list[dict]:
    """Rebuild exported vectorizer specs: IDF from the arrays, vocabulary from its terms.

    Terms are stored as one newline-joined string (one JSON value instead of 100k).
    """
    out = []
    for k, spec in enumerate(specs):
        terms = spec["terms"].split("\n") if spec["terms"] else []
        rest = {key: v for key, v in spec.items() if key != "terms"}
        vocab = dict(zip(terms, range(len(terms)), strict=True))
        out.append({**rest, "vocabulary": vocab, "idf": arrays[f"{prefix}.idf.{k}"]})
    return out


def compact_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """An exported vectorizer spec with its vocabulary as newline-joined terms, no IDF."""
    vocab = spec["vocabulary"]
    terms = [""] * len(vocab)
    for term, j in vocab.items():
        terms[j] = term
    rest = {k: v for k, v in spec.items() if k not in ("vocabulary", "idf")}
    return {**rest, "ngram_range": list(spec["ngram_range"]), "terms": "\n".join(terms)}


def query(featurizer: FastFeaturizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    """One text's TF-IDF vector as (columns, values), exactly as the featurizer would.

    Single texts are the common case (one profile at a time, a score looks up about
    twenty); building a scipy matrix per text costs more than the arithmetic, and so
    did a dozen small numpy calls per vectorizer part: the terms are weighted in plain
    Python floats (the same IEEE operations, so the same bits) and only the norm's dot
    product stays numpy, to keep its summation order.
    """
    cols: list[int] = []
    vals: list[float] = []
    norm_text = normalise(text) if text else ""
    for part in featurizer.parts:
        idx, raw = part_terms(part, norm_text)
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


def similarities(by_term: Postings, cols: np.ndarray, vals: np.ndarray, size: int) -> np.ndarray:
    """Dot products of one query with every row of a table stored term-major (CSR)."""
    return similarities_many(by_term, [(cols, vals)], size)[0]


def similarities_many(
    by_term: Postings, queries: Sequence[tuple[np.ndarray, np.ndarray]], size: int
) -> np.ndarray:
    """:func:`similarities` of several queries at once: (queries, size), float32."""
    return similarity_sums(by_term, queries, size).astype(np.float32)


def similarity_sums(
    by_term: Postings, queries: Sequence[tuple[np.ndarray, np.ndarray]], size: int
) -> np.ndarray:
    """:func:`similarities_many` before its values are rounded to float32: (queries, size).

    Rounding is monotonic, so the best title of each occupation can be found on these
    and rounded afterwards, to the very float32 it had: 950 values to round instead of
    52k per title query.

    One ``bincount`` over all queries (query ``k`` owns output cells ``k * size ...``);
    each cell adds its entries in the same order as a query on its own, so the sums are
    bit for bit those of :func:`similarities` one query at a time.

    A term's postings are one contiguous slice, so the entries are gathered by joining
    slices (views, copied once by ``concatenate``) rather than through an index array
    built with ``repeat``: a title query walks 10-100k entries, and the index array
    cost more than the sums.
    """
    if not queries:
        return np.zeros((0, size))
    ptr, indices, data = by_term.indptr, by_term.indices, by_term.data
    rows: list[np.ndarray] = []
    values: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for k, (cols, _) in enumerate(queries):
        lo, hi = ptr[cols].tolist(), ptr[cols + 1].tolist()
        if not lo:
            continue
        part = np.concatenate([indices[a:b] for a, b in zip(lo, hi, strict=True)])
        rows.append(part + k * size if k else part)
        values.extend(data[a:b] for a, b in zip(lo, hi, strict=True))
        counts.append(ptr[cols + 1] - ptr[cols])
    if not rows:
        return np.zeros((len(queries), size))
    vals = np.concatenate([v for c, v in queries if len(c)])
    weights = np.concatenate(values) * np.repeat(vals, np.concatenate(counts))
    target = np.concatenate(rows) if len(rows) > 1 else rows[0]
    sums = np.bincount(target, weights=weights, minlength=len(queries) * size)
    return sums.reshape(len(queries), size)


#: An employer's qualifier of a title: a bracketed part, or all after " - " or a comma.
_QUALIFIER = re.compile(r"\([^)]*\)?|\s[-\u2013\u2014|]\s.*$|,.*$")


def title_text(tables: MatchTables, normalised: str) -> str:
    """A title (already through ``normalise_title``) as the title channel reads it:
    typing slips mended.

    Returned unchanged when nothing is mended, so a title without slips is read exactly
    as it always was.
    """
    norm = normalise(normalised)
    mended = tables.speller.mend(norm)
    return normalised if mended == norm else mended


def title_texts(tables: MatchTables, role: str) -> list[str]:
    """The typed title as the title channel reads it, then without its qualifier
    (when it has one and something is left)."""
    texts = [title_text(tables, normalise_title(role))]
    head = _QUALIFIER.sub(" ", role).strip()
    if head and head != role.strip():
        bare = title_text(tables, normalise_title(head))
        if bare and bare != texts[0]:
            texts.append(bare)
    return texts


def profile_features(tables: MatchTables, row: tuple[str, str, str]) -> np.ndarray:
    """The channel features of one profile: (occupations, F)."""
    role, skills, duties = row
    m = len(tables.codes)
    roles = title_texts(tables, role)
    # Duties often name the job itself ("dispatch ambulances"): their words against titles.
    best, official = title_channel(tables, [*roles, normalise_title(duties[:400])])
    task_queries = [query(tables.task_features, skills), query(tables.task_features, duties)]
    tasks = similarities_many(tables.tasks, task_queries, m)
    out = np.empty((m, len(FEATURES)), dtype=np.float32)
    # Each title keeps its better cosine, with or without the employer's qualifier.
    out[:, 0] = best[:-1].max(axis=0)
    out[:, 1] = official[:-1].max(axis=0)
    out[:, 2] = out[:, 0] ** 2
    out[:, 3] = similarities(tables.tech, *query(tables.tech_features, skills), m)
    out[:, 4] = tasks[0]
    out[:, 5] = tasks[1]
    out[:, 6] = best[-1]
    out[:, 7] = tables.log_prior
    return out


#: Title texts whose channel figures a matcher keeps (about 7.6 KB each): a workforce
#: repeats titles, and the drivers read each title again without each of its words.
TITLE_MEMO = 4096


def title_channel(tables: MatchTables, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per title text (as :func:`title_text` or ``normalise_title`` gives it), each
    occupation's best title cosine and its official title's cosine, as float32:
    two (texts, occupations) arrays.

    These are all the title channel keeps of a text's 52k title cosines, and the walk
    over the postings is most of a score, so they are remembered per text. Exact: a
    text's cosines never depend on what it is looked up with (:func:`similarity_sums`),
    and rounding to float32 is monotonic, so the maximum of rounded values (several
    readings of a title, the best title of an occupation) is the rounded maximum.
    """
    memo = tables.title_memo
    if not texts:
        return np.zeros((0, len(tables.codes)), np.float32), np.zeros(
            (0, len(tables.codes)), np.float32
        )
    missing = list(dict.fromkeys(t for t in texts if t not in memo))
    if missing:
        sums = similarity_sums(
            tables.titles,
            [query(tables.title_features, t) for t in missing],
            len(tables.title_owner),
        )
        best = np.maximum.reduceat(sums, tables.title_starts, axis=1).astype(np.float32)
        official = sums[:, tables.official].astype(np.float32)
        if len(memo) + len(missing) > TITLE_MEMO:
            memo.clear()  # cheaper than tracking use; the common titles come back at once
        for k, text in enumerate(missing):
            memo[text] = (best[k], official[k])
    found = [memo.get(t) or _uncached(tables, t) for t in texts]
    return np.stack([b for b, _ in found]), np.stack([o for _, o in found])


def _uncached(tables: MatchTables, text: str) -> tuple[np.ndarray, np.ndarray]:
    """A text's title figures when another thread cleared the memo meanwhile."""
    sums = similarity_sums(
        tables.titles, [query(tables.title_features, text)], len(tables.title_owner)
    )
    best = np.maximum.reduceat(sums, tables.title_starts, axis=1).astype(np.float32)
    return best[0], sums[0, tables.official].astype(np.float32)


def channel_features(tables: MatchTables, rows: Sequence[tuple[str, str, str]]) -> np.ndarray:
    """Per profile and occupation, the channel similarities: (profiles, occupations, F)."""
    return np.stack([profile_features(tables, row) for row in rows])


def logits(features: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The combiner's logit per occupation (before temperature)."""
    return features @ weights.astype(np.float32)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def occupation_proba(tables: MatchTables, rows: Sequence[tuple[str, str, str]]) -> np.ndarray:
    """Calibrated probabilities over the occupations, one row per profile."""
    f = channel_features(tables, rows)
    return softmax(logits(f, tables.weights) / tables.temperature)
