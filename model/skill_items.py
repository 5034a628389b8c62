"""The skills channel: each typed skill against each occupation's nearest technology item.

O*NET names the software and tools of each occupation item by item ("Oracle Java",
"Dassault Systemes SolidWorks", "Pipe wrenches"). A skill is read the way the title
channel reads a title: its TF-IDF cosine with every item, and an occupation scores its
best item. The channel is the sum over the typed skills of those best cosines, so each
skill is its own piece of evidence, whatever else the person typed.

Before, the skills text was compared with one centroid per occupation (the mean of all
its items' vectors). An occupation that lists hundreds of items spread its weight over
all of them: "Java" stood for 6 of software developers' 373 items, and a staff engineer
typing Java and system design matched solar energy engineers' short list better. The
nearest item does not depend on how many other items an occupation lists.

Each skill's row of figures is exactly its part of the channel, so the drivers credit
every skill with what it added (``skill_rows``).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np

from career_resilience.model.fast_features import FastFeaturizer
from career_resilience.model.features import normalise
from career_resilience.model.title_postings import Postings, csr, reached_sums

#: How a skills text is split into skills (``Profile`` joins them with "; ").
_SKILL_SPLIT = re.compile(r"[;\n]")


class ItemTables(NamedTuple):
    """Technology items by term (to find the items a skill's words are in) and the
    occupations that list each item."""

    items: Postings  # term-major: technology terms x distinct items
    owners: Postings  # item-major: distinct items x occupations (values unused)
    size: int  # occupations


def build_item_tables(arrays: dict[str, np.ndarray], occupations: int) -> ItemTables:
    """The item tables stored in the artifact's arrays."""
    return ItemTables(csr(arrays, "tech_items"), csr(arrays, "tech_owners"), occupations)


def item_arrays(vec: Any, docs: dict[int, list[str]], occupations: int) -> dict[str, np.ndarray]:
    """The arrays of :class:`ItemTables` from the fitted technology vectorizer and each
    occupation's items (already normalised text)."""
    from scipy.sparse import csr_matrix

    from career_resilience.model.title_postings import csr_arrays

    names = sorted({t for items in docs.values() for t in items})
    index = {name: k for k, name in enumerate(names)}
    pairs = sorted({(index[t], i) for i, items in docs.items() for t in items})
    rows = np.array([k for k, _ in pairs], dtype=np.int64)
    cols = np.array([i for _, i in pairs], dtype=np.int64)
    owners = csr_matrix(
        (np.ones(len(pairs), np.float32), (rows, cols)), shape=(len(names), occupations)
    )
    out = csr_arrays(vec.transform(names).T.tocsr(), "tech_items")
    out.update(csr_arrays(owners, "tech_owners"))
    return out


def split_skills_text(skills: str) -> list[str]:
    """The skills of a skills text, each stripped, empty ones left out."""
    return [s.strip() for s in _SKILL_SPLIT.split(skills) if s.strip()]


def skill_query(featurizer: FastFeaturizer, skill: str) -> tuple[np.ndarray, np.ndarray]:
    """A skill's TF-IDF vector over the item vocabulary (columns, values), normalised
    with its unknown words in the norm, as if each were in one item.

    A word no item holds is still part of what was typed: "GD&T" ("gd t") is not a
    "T-bar", nor "Xerces2 Java parser" what "Java" names, as it would be if the known
    words stood for the whole skill.
    """
    part = featurizer.parts[0]
    grams = part.grams(normalise(skill))
    if not grams:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    counts = Counter(grams)
    unknown = [n for g, n in counts.items() if g not in part.vocab]
    known = {part.vocab[g]: n for g, n in counts.items() if g in part.vocab}
    if not known:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    idf, most = _idf(part)
    cols = np.fromiter(known, np.int64, len(known))
    vals = (1.0 + np.log(np.fromiter(known.values(), np.float64, len(known)))) * idf[cols]
    rare = (1.0 + np.log(np.array(unknown, np.float64))) * most
    return cols, vals / np.sqrt(vals @ vals + rare @ rare)


#: Per vectorizer part, its IDF widened to float64 and the largest IDF (the weight of a
#: word no item holds). Made once: the stored IDF is float32, and widening and scanning
#: its 53k values was two thirds of a new skill's query.
_IDF: weakref.WeakKeyDictionary[Any, tuple[np.ndarray, float]] = weakref.WeakKeyDictionary()


def _idf(part: Any) -> tuple[np.ndarray, float]:
    """``part``'s IDF as float64 and its largest value (the same values each call)."""
    found = _IDF.get(part)
    if found is None:
        idf = np.asarray(part.idf, dtype=np.float64)
        found = _IDF[part] = (idf, float(idf.max()))
    return found


def skill_row(tables: ItemTables, featurizer: FastFeaturizer, skill: str) -> np.ndarray:
    """One skill's cosine with each occupation's nearest technology item: (occupations,).

    Only the items that share a term with the skill are visited, and only their
    occupations are updated: a skill names a few dozen items, not the 30k. The owners
    of the items found are gathered in one indexing step (a slice per item, joined in
    Python, was a third of a new skill's cost).
    """
    out = np.zeros(tables.size, np.float32)
    cols, vals = skill_query(featurizer, skill)
    if not len(cols):
        return out
    ptr = tables.owners.indptr
    reached, sums = reached_sums(tables.items, cols, vals)
    positive = sums > 0
    found, sims = reached[positive], sums[positive]
    if not len(found):
        return out
    starts = ptr[found]
    lengths = ptr[found + 1] - starts
    # Entry k of item i sits at starts[i] + k: each item's run of positions in one step.
    shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    occupations = _owner_rows(tables)[shift + np.arange(len(shift))]
    np.maximum.at(out, occupations, np.repeat(sims.astype(np.float32), lengths))
    return out


#: Per owners table (by the id of its ``indices``, kept alive with it), its occupation
#: numbers widened once to ``intp``, the type ``maximum.at`` indexes with.
_OWNER_ROWS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _owner_rows(tables: ItemTables) -> np.ndarray:
    """The owners table's occupation numbers as ``intp`` (72k entries, made once)."""
    indices = tables.owners.indices
    found = _OWNER_ROWS.get(id(indices))
    if found is None or found[0] is not indices:
        if len(_OWNER_ROWS) > 4:  # tables rebuilt (tests, training folds)
            _OWNER_ROWS.clear()
        found = _OWNER_ROWS[id(indices)] = (indices, indices.astype(np.intp))
    return found[1]


#: Skills whose rows a matcher keeps (3.8 KB each): a workforce repeats its skills, and
#: the drivers read each skill's row again.
KEPT_SKILLS = 4096


def skill_rows(
    tables: ItemTables,
    featurizer: FastFeaturizer,
    skills: Sequence[str],
    memo: dict,
    pinned: Mapping[str, np.ndarray] | None = None,
) -> np.ndarray:
    """(skills, occupations): each skill's own row (:func:`skill_row`), remembered in
    ``memo`` by its text; ``pinned`` rows (a batch's repeated skills, ``batch_items``)
    are read first and never cleared with the memo."""
    if not skills:
        return np.zeros((0, tables.size), np.float32)
    rows = []
    for skill in skills:
        row = pinned.get(skill) if pinned else None
        if row is None:
            row = memo.get(skill)
        if row is None:
            if len(memo) >= KEPT_SKILLS:
                memo.clear()  # cheaper than tracking use; common skills come back at once
            row = memo[skill] = skill_row(tables, featurizer, skill)
        rows.append(row)
    return np.array(rows)  # np.stack's array, without its Python steps per row
