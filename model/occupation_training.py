"""Fit the occupation matcher (see ``occupation_match``) from O*NET data only.

The channels are TF-IDF tables over O*NET's titles, technology names and task
statements. The combiner's weights are learned on *pseudo-profiles*: a share of each
occupation's alternate titles, technology items and task statements is held out of the
tables, and profiles are built from the held-out items the way people type (seniority
words, abbreviations, typos, lower case, clipped duty lines). The temperature is then
fit on a second, disjoint set of pseudo-profiles. Nothing here reads ``../shared/eval``.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.fast_features import export_tfidf
from career_resilience.model.features import normalise
from career_resilience.model.occupation_match import compact_spec, csr_arrays
from career_resilience.model.skill_items import item_arrays
from career_resilience.skills.occupations import OccupationData
from career_resilience.skills.titles import listed_forms, normalise_listed_title

#: Title channel: weights of the char n-gram and word cosines (squares sum to 1).
TITLE_PARTS = (("title_chars", 0.8), ("title_words", 0.6))
#: Title character n-gram lengths. Not 2: two-letter grams ("an", "er", "r ") are in
#: thousands of titles each and were 18% of a typed title's postings walk and 34% of a
#: duty text's; without them (retrained 2026-12-04) the typed dev profiles' figures moved
#: by at most one profile either way (resilience evaluate; README).
TITLE_CHARS = (3, 4)
#: Character n-grams in more than this share of titles are left out: they carry little
#: weight and most of the cost of matching a title against all 52k. (Whole words are
#: all kept: "manager" is frequent and still tells managers from clerks.)
TITLE_MAX_DF = 0.05
#: Share of each occupation's items held out of the tables to build pseudo-profiles.
HOLDOUT = 0.2
#: Profiles scored per step when computing features (bounds the titles x profiles matrix).
STEP = 128


def read_tasks(path: Path) -> dict[str, list[str]]:
    """Task statements per occupation from the training-only task-label file."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out.setdefault(row["onet_soc"], []).append(row["task"])
    return out


@dataclass
class Split:
    """Which items of each occupation the tables see, and which pseudo-profiles use."""

    titles: list[tuple[int, str, bool]] = field(default_factory=list)  # (occ, title, official)
    tech: dict[int, list[str]] = field(default_factory=dict)
    tasks: dict[int, list[str]] = field(default_factory=dict)
    held_titles: dict[int, list[str]] = field(default_factory=dict)
    held_tech: dict[int, list[str]] = field(default_factory=dict)
    held_tasks: dict[int, list[str]] = field(default_factory=dict)


def shared_titles(data: OccupationData) -> set[str]:
    """Titles (as the title channel normalises them) that O*NET lists for more than one
    occupation: "Tax Associate", "Faculty Member", "Staff Applications Analyst".

    Held out of one occupation's table, such a title stays listed under the others, so
    its pseudo-profile is matched with confidence to an occupation that is not its own: a
    case the shipped tables, which list it under all of them, never meet (they split the
    probability instead). A third of the alternate titles are shared; in the calibration
    profiles, held-out titles matched with 0.95+ probability were right only 65% of the
    time, which made every sure match look less sure and widened its interval. So the
    temperature and the interval are calibrated without them (``occupation_model``); the
    combiner's weights still see them, as before.
    """
    owners: dict[str, set[str]] = {}
    for code, title, _kind in data.titles:
        owners.setdefault(normalise_listed_title(title), set()).add(code)
    return {title for title, codes in owners.items() if len(codes) > 1}


def split_items(
    data: OccupationData, tasks: dict[str, list[str]], holdout: float, seed: int
) -> Split:
    """Hold out a share of each occupation's alternate titles, tech items and tasks."""
    codes = sorted(data.occupations)
    index = {c: i for i, c in enumerate(codes)}
    rng = random.Random(seed)
    out = Split()

    def cut(items: list[str]) -> tuple[list[str], list[str]]:
        items = sorted(set(items))
        rng.shuffle(items)
        k = round(len(items) * holdout) if len(items) > 2 else 0
        return items[k:], items[:k]

    by_occ: dict[int, list[str]] = {}
    for code, title, kind in data.titles:
        if kind == "onet":
            out.titles.append((index[code], title, True))
        else:
            by_occ.setdefault(index[code], []).append(title)
    for i, titles in by_occ.items():
        keep, held = cut(titles)
        out.titles += [(i, t, False) for t in keep]
        out.held_titles[i] = held
    for code, items in data.technology.items():
        out.tech[index[code]], out.held_tech[index[code]] = cut([name for name, _, _ in items])
    for code, statements in tasks.items():
        if code in index:
            out.tasks[index[code]], out.held_tasks[index[code]] = cut(statements)
    out.titles.sort(key=lambda t: (t[0], not t[2]))
    return out


def _tfidf(analyzer: str, ngrams: tuple[int, int], min_df: int = 1, max_df: float = 1.0) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if analyzer == "word":
        return TfidfVectorizer(
            ngram_range=ngrams, sublinear_tf=True, token_pattern=r"\S+", min_df=min_df,
            max_df=max_df, dtype=np.float32,
        )  # fmt: skip
    return TfidfVectorizer(
        analyzer=analyzer, ngram_range=ngrams, sublinear_tf=True, min_df=min_df, max_df=max_df,
        dtype=np.float32,
    )  # fmt: skip


def _centroids(vec: Any, docs: dict[int, list[str]], m: int) -> Any:
    """Per occupation, the L2-normalised mean TF-IDF vector of its documents."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    owners = [i for i in range(m) for _ in docs.get(i, [])]
    x = vec.transform([normalise(t) for i in range(m) for t in docs.get(i, [])])
    # A (occupations x documents) 0/1 matrix sums each occupation's rows in one product.
    member = csr_matrix(
        (np.ones(len(owners), np.float32), (owners, np.arange(len(owners)))),
        shape=(m, len(owners)),
    )
    return normalize(member @ x).tocsr()


def build_tables(
    data: OccupationData,
    split: Split,
    weights: np.ndarray,
    temperature: float,
    min_df: int = 2,
    duty_max_df: float = 1.0,
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Fit the channel vectorizers on the split's visible items; arrays and JSON meta."""
    from scipy.sparse import hstack

    codes = sorted(data.occupations)
    m = len(codes)
    # A listed title with a bracketed abbreviation is also a row without it: people type
    # "Medical technologist", not "Medical Technologist (MT)", which clinical laboratory
    # technologists list (the letters kept it below ophthalmic medical technologists,
    # who list "Medical Technologist" bare).
    rows = [
        (i, form, official and k == 0)
        for i, title, official in split.titles
        for k, form in enumerate(listed_forms(title))
    ]
    title_text = [normalise(form) for _, form, _ in rows]
    arrays: dict[str, np.ndarray] = {}
    # duty_max_df: duties are read against titles without the character n-grams more
    # titles than this share hold (occupation_match.duty_title_text); the small test
    # models keep them all.
    meta: dict[str, Any] = {
        "codes": codes,
        "temperature": float(temperature),
        "duty_title_max_df": duty_max_df,
    }
    parts, specs = [], []
    for k, ((name, weight), (analyzer, ngrams)) in enumerate(
        zip(TITLE_PARTS, (("char_wb", TITLE_CHARS), ("word", (1, 2))), strict=True)
    ):
        vec = _tfidf(analyzer, ngrams, max_df=TITLE_MAX_DF if analyzer != "word" else 1.0)
        parts.append(vec.fit_transform(title_text) * weight)
        spec = export_tfidf(vec, 0, weight, name)
        arrays[f"title.idf.{k}"] = spec["idf"].astype(np.float32)
        specs.append(compact_spec(spec))
    meta["title_specs"] = specs
    # Stored term-major (features x titles): a query walks only its own terms' rows.
    arrays.update(csr_arrays(hstack(parts).T.tocsr(), "titles"))
    arrays["title_owner"] = np.array([i for i, _, _ in rows], dtype=np.int32)
    first: dict[int, int] = {}
    for row, (i, _, official) in enumerate(rows):
        if official:
            first.setdefault(i, row)
    arrays["official"] = np.array([first[i] for i in range(m)], dtype=np.int32)
    for key, docs in (("tech", split.tech), ("task", split.tasks)):
        # A term of one occupation's documents only cannot tell occupations apart in a
        # large table (the shipped one); small test tables keep every term.
        # Technology items are read one by one (``skill_items``), each with all its
        # words: a rare word kept out would make "Xerces2 Java parser" read as "Java".
        vec = _tfidf("word", (1, 2), min_df=1 if key == "tech" else min_df)
        vec.fit([normalise(t) for items in docs.values() for t in items])
        spec = export_tfidf(vec, 0, 1.0, key)
        arrays[f"{key}.idf.0"] = spec["idf"].astype(np.float32)
        meta[f"{key}_specs"] = [compact_spec(spec)]
        if key == "tech":
            items = {i: [normalise(t) for t in names] for i, names in docs.items()}
            arrays.update(item_arrays(vec, items, m))
        else:
            arrays.update(csr_arrays(_centroids(vec, docs, m).T.tocsr(), "tasks"))
    arrays["log_prior"] = employment_prior(data, codes)
    arrays["weights"] = np.asarray(weights, dtype=np.float64)
    return arrays, meta


def employment_prior(data: OccupationData, codes: Sequence[str]) -> np.ndarray:
    """Standardised log BLS employment per occupation, counted as ``title_employment``
    counts it: a SOC's parent code keeps the whole figure, its specialties and codes
    sharing a SOC without a parent a share (a fifth of the registered nurses' figure had
    been below the licensed practical nurses')."""
    share: dict[str, int] = {}
    for code in codes:
        share[data.occupations[code].soc] = share.get(data.occupations[code].soc, 0) + 1
    parents = {f"{c.split('.')[0]}.00" for c in codes if not c.endswith(".00")}
    raw = []
    for code in codes:
        occ = data.occupations[code]
        jobs = occ.bls_employment_2022_k
        whole = 1 if code in parents else share[occ.soc]
        raw.append(np.log(max(jobs, 0.1) / whole) if jobs else np.nan)
    v = np.array(raw)
    v = np.where(np.isnan(v), np.nanmedian(v), v)
    return ((v - v.mean()) / v.std()).astype(np.float32)
