"""The published occupation data that ships under ``skills/data/occupations``.

950 O*NET-SOC 2019 occupations with their exposure indices and BLS projections, their
55k titles, related occupations, technology skills and work-activity weights (see the
``ATTRIBUTION`` file beside the data). :func:`occupation_data` loads it once per
process; :func:`search_titles` is the fuzzy title search the correction picker uses.

Everything here is facts and figures (codes, titles, numbers, product names); no
O*NET sentence is shipped.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

import numpy as np

from career_resilience.skills.fields import KnowledgeBaseError
from career_resilience.skills.occupation_cache import (
    ProductKinds,
    Tables,
    Technology,
    cached_tables,
    product_kinds,
)

OCCUPATIONS_DIR = Path(__file__).with_name("data") / "occupations"


class OccupationDataError(KnowledgeBaseError):
    """A shipped occupation file is missing or malformed.

    The message names the file, the line (with its occupation code) and the column, as a
    knowledge-base error does; it is one, so every caller that reports a broken
    knowledge base (the CLI, the app's loader) reports this too, never as a crash.
    """


@dataclass(frozen=True)
class Occupation:
    """One O*NET-SOC occupation with its published exposure indices and BLS projection.

    Indices: ``gpt4_beta`` and ``human_beta`` (Eloundou et al. 2024), ``msft_applicability``
    (Tomlinson et al. 2025), ``lm_aioe`` (Felten, Raj, Seamans 2023); ``consensus_z`` is
    their mean after z-scoring each, ``consensus_pct`` its percentile (0-100). ``None``
    where the source does not cover the occupation.
    """

    onet_soc: str
    soc: str
    title: str
    job_zone: int | None
    gpt4_beta: float | None
    human_beta: float | None
    msft_applicability: float | None
    lm_aioe: float | None
    consensus_z: float | None
    consensus_pct: float | None
    n_indices: int
    bls_employment_2022_k: float | None
    bls_employment_2032_k: float | None
    bls_change_pct: float | None
    bls_openings_k: float | None

    @property
    def major_group(self) -> str:
        """The SOC major group: the first two digits ("15" for computer occupations)."""
        return self.onet_soc[:2]


@dataclass(frozen=True)
class OccupationData:
    """All shipped occupation tables, keyed by 8-digit O*NET-SOC code.

    ``titles`` rows are ``(onet_soc, title, kind)`` with kind ``onet``, ``alternate`` or
    ``short``; ``related`` maps a code to ``(related_onet_soc, tier, rank)`` rows in rank
    order; ``technology`` maps a code to ``(name, kind, hot)`` rows (software, then tools
    with ``hot`` False); ``iwa`` holds one row of work-activity weights per 6-digit SOC code
    in ``iwa_socs`` order. ``product_kinds`` is every product's kinds, computed with the
    compiled tables (None for data assembled in memory: computed when first asked).
    Loaded from the compiled copy, ``technology`` and ``product_kinds`` are decoded when
    first read, and ``digest`` (the SHA-256 of the source files and their reading code)
    names copies of what is derived from them (``occupation_cache.compiled_copy``).
    """

    occupations: dict[str, Occupation]
    titles: Sequence[tuple[str, str, str]]
    related: dict[str, tuple[tuple[str, str, int], ...]]
    technology: Technology
    iwa_socs: tuple[str, ...]
    iwa: np.ndarray
    product_kinds: ProductKinds | None = None
    digest: str | None = None


def _rows(name: str, directory: Path, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Rows of one CSV after checking its header; yields (line number, cells)."""
    path = directory / name
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise OccupationDataError(str(path), "file", "", f"cannot be read ({exc})") from exc
    with handle:
        reader = csv.reader(handle)
        first = next(reader, None)
        if first is None or tuple(first[: len(header)]) != header:
            raise OccupationDataError(
                str(path), "header", "", f"should start with {', '.join(header)}"
            )
        for row in reader:
            if len(row) < len(header):
                raise OccupationDataError(
                    str(path), f"line {reader.line_num}", "",
                    f"has {len(row)} columns; {len(header)} expected ({', '.join(header)})",
                )  # fmt: skip
            yield reader.line_num, row


def _number(text: str, path: Path, line: int, row: list[str], column: str) -> float | None:
    """The cell as a number (None when empty); an error names line, occupation and column."""
    try:
        return float(text) if text else None
    except ValueError:
        raise OccupationDataError(
            str(path), f"line {line} ({row[0]})", column, f"expected a number, got {text!r}"
        ) from None


_OCCUPATION_HEADER = (
    "onet_soc", "soc", "title", "job_zone", "gpt4_beta", "human_beta", "msft_applicability",
    "lm_aioe", "consensus_z", "consensus_pct", "n_indices", "bls_employment_2022_k",
    "bls_employment_2032_k", "bls_change_pct_2022_32", "bls_openings_per_year_k",
)  # fmt: skip


def _occupations(directory: Path) -> dict[str, Occupation]:
    out: dict[str, Occupation] = {}
    path, columns = directory / "occupations.csv", _OCCUPATION_HEADER[3:15]
    for line, r in _rows("occupations.csv", directory, _OCCUPATION_HEADER):
        n = [_number(v, path, line, r, c) for v, c in zip(r[3:15], columns, strict=True)]
        out[r[0]] = Occupation(
            onet_soc=r[0], soc=r[1], title=r[2],
            job_zone=None if n[0] is None else int(n[0]),
            gpt4_beta=n[1], human_beta=n[2], msft_applicability=n[3], lm_aioe=n[4],
            consensus_z=n[5], consensus_pct=n[6], n_indices=int(n[7] or 0),
            bls_employment_2022_k=n[8], bls_employment_2032_k=n[9],
            bls_change_pct=n[10], bls_openings_k=n[11],
        )  # fmt: skip
    return out


def _known(code: str, occupations: dict[str, Occupation], name: str, line: int) -> str:
    if code not in occupations:
        raise OccupationDataError(
            name,
            f"line {line}",
            "onet_soc",
            f"unknown occupation {code!r} (not in occupations.csv)",
        )
    return code


def _titles(
    directory: Path, occupations: dict[str, Occupation]
) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (_known(r[0], occupations, "occupation_titles.csv", n), r[1], r[2])
        for n, r in _rows("occupation_titles.csv", directory, ("onet_soc", "title", "kind"))
    )


class TitleRows(Sequence[tuple[str, str, str]]):
    """The 55k title rows, parsed when first used.

    Scoring (pivots included) never reads them; the title search and training do. Not
    parsing them saves a third of loading the occupation data on a cold start.
    """

    def __init__(self, load: Callable[[], tuple[tuple[str, str, str], ...]]) -> None:
        self._load = load
        self._rows: tuple[tuple[str, str, str], ...] | None = None

    def _all(self) -> tuple[tuple[str, str, str], ...]:
        if self._rows is None:
            self._rows = self._load()
        return self._rows

    def __len__(self) -> int:
        return len(self._all())

    @overload
    def __getitem__(self, index: int) -> tuple[str, str, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[str, str, str]]: ...

    def __getitem__(self, index: int | slice) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self._all())


def _load(directory: Path, lazy_titles: bool = False) -> OccupationData:
    # The shipped table is often loaded already (scoring needs only it): parse it once.
    occupations = occupation_table() if directory == OCCUPATIONS_DIR else _occupations(directory)
    titles: Sequence[tuple[str, str, str]] = (
        TitleRows(lambda: _titles(directory, occupations))
        if lazy_titles
        else _titles(directory, occupations)
    )
    (related, technology, socs, iwa, kinds), digest = cached_tables(
        directory, lambda: _checked_tables(directory, occupations)
    )
    return OccupationData(
        occupations=occupations,
        titles=titles,
        related=related,
        technology=technology,
        iwa_socs=socs,
        iwa=iwa,
        product_kinds=kinds,
        digest=digest,
    )


def _checked_tables(directory: Path, occupations: dict[str, Occupation]) -> Tables:
    """Related occupations, technology and work-activity weights, checked row by row."""
    related: dict[str, list[tuple[str, str, int]]] = {}
    header = ("onet_soc", "related_onet_soc", "tier", "rank")
    for n, r in _rows("related_occupations.csv", directory, header):
        code = _known(r[0], occupations, "related_occupations.csv", n)
        related.setdefault(code, []).append((r[1], r[2], int(r[3]) if r[3].isdigit() else 0))
    technology: dict[str, list[tuple[str, str, bool]]] = {}
    header = ("onet_soc", "technology", "kind", "hot")
    for n, r in _rows("technology_skills.csv", directory, header):
        code = _known(r[0], occupations, "technology_skills.csv", n)
        technology.setdefault(code, []).append((r[1], r[2], r[3] == "Y"))
    for n, r in _rows("tools_used.csv", directory, ("onet_soc", "tool", "kind")):
        code = _known(r[0], occupations, "tools_used.csv", n)
        technology.setdefault(code, []).append((r[1], r[2], False))
    socs, weights = [], []
    name = "soc_iwa_weights.csv"
    for n, r in _rows(name, directory, ("SOC Code",)):
        try:
            weights.append([float(v) for v in r[1:]])
        except ValueError as exc:
            raise OccupationDataError(
                name, f"line {n} ({r[0]})", "", f"not a number ({exc})"
            ) from exc
        socs.append(r[0])
    try:
        iwa = np.array(weights, dtype=np.float32)
    except ValueError as exc:  # ragged rows
        raise OccupationDataError(name, "rows", "", f"differ in length ({exc})") from exc
    rows = {k: tuple(v) for k, v in technology.items()}
    return (
        {k: tuple(sorted(v, key=lambda t: t[2])) for k, v in related.items()},
        rows,
        tuple(socs),
        iwa,
        product_kinds(rows),
    )


def load_occupation_data(directory: Path) -> OccupationData:
    """Load the occupation tables from ``directory`` (errors name the file and line)."""
    return _load(directory)


@functools.cache
def occupation_table() -> dict[str, Occupation]:
    """Only the 950 occupations with their figures (a few ms: what scoring needs at start-up).

    :func:`occupation_data` also parses the 150k rows of titles, related occupations and
    technology, which a cold ``resilience score`` does not need.
    """
    return _occupations(OCCUPATIONS_DIR)


def occupation_codes() -> list[str]:
    """Every O*NET-SOC code, sorted (the order of the model's occupation columns)."""
    return sorted(occupation_table())


@functools.cache
def occupation_data() -> OccupationData:
    """The shipped occupation data, loaded once per process (titles when first used)."""
    return _load(OCCUPATIONS_DIR, lazy_titles=True)


@functools.cache
def _title_index() -> tuple[list[str], list[str]]:
    """Lower-cased titles for the fuzzy search and their codes, in ``titles`` order."""
    from career_resilience.skills.titles import listed_search_key

    rows = occupation_data().titles
    return [listed_search_key(t) for _, t, _ in rows], [c for c, _, _ in rows]


def search_titles(query: str, limit: int = 10) -> list[tuple[str, str, float]]:
    """Fuzzy search over all occupation titles: ``(onet_soc, matched title, score 0-100)``.

    Best first, one row per occupation (its best-matching title). Seniority words and
    common abbreviations are normalised before matching, so "sr acct" finds accountants.
    """
    from rapidfuzz import fuzz, process

    from career_resilience.skills.titles import search_key

    key = search_key(query)
    if not key or limit <= 0:
        return []
    keys, codes = _title_index()
    titles = occupation_data().titles
    # Token-set alone ranks "programmer" as high as "cnc programmer" for "cnc programmer
    # mastercam"; token-sort alone misses reordered words. Their mean ranks both right.
    score = process.cdist([key], keys, scorer=fuzz.token_set_ratio, dtype=np.float32)[0]
    score += process.cdist([key], keys, scorer=fuzz.token_sort_ratio, dtype=np.float32)[0]
    score /= 2
    out: list[tuple[str, str, float]] = []
    seen: set[str] = set()
    for index in np.argsort(-score, kind="stable")[: limit * 40].tolist():
        code = codes[index]
        if code not in seen:
            seen.add(code)
            out.append((code, titles[index][1], round(float(score[index]), 1)))
            if len(out) == limit:
                break
    return out
