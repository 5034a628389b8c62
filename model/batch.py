"""Batch scoring of CSV or JSONL files: one output line per input row, in order.

A bad row never stops the batch: it gets ``{"row": N, "error": "..."}`` (rows are
numbered from 1, the header not counted) and every other row is still scored. Reading
and decoding rows is :mod:`~career_resilience.model.batch_input`; cutting the file into
slices is :mod:`~career_resilience.model.batch_slices`; this module scores the slices,
in this process or in worker processes run by ``joblib.Parallel``.

Where the system forks processes (Linux) and joblib's configured backend is its default
(loky), ``jobs`` > 1 runs this process and ``jobs - 1`` children forked from it once it
has loaded the model (``batch_fork``): they inherit the engine and start scoring at
once, where loading it again would cost each worker about a second of CPU (a fifth of
what 2,000 rows take), and this process scores beside them instead of waiting. Elsewhere
(Windows, macOS, where forking a loaded model is unsafe), or when
``joblib.parallel_config`` names another backend (e.g. Dask), ``joblib.Parallel`` runs
the workers and each loads the model once. Workers read their own slices from the
file, so each slice is four numbers and only the JSON lines travel back. The slices
are the same for any number of workers, so the output is the same, byte for byte, for
every ``jobs`` value.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Generator
from typing import Any

from career_resilience.model import batch_fork, batch_items, batch_titles
from career_resilience.model.batch_collector import collect_young, collector_paused
from career_resilience.model.batch_figures import ALL_FIELDS, FIGURE_FIELDS, figures
from career_resilience.model.batch_input import (
    BATCH_COLUMNS,
    BatchInputError,
    InputRow,
    read_rows,
)
from career_resilience.model.batch_slices import Plan, Slice, plan, read_slice
from career_resilience.sanitise import json_safe

__all__ = [
    "ALL_FIELDS",
    "BATCH_COLUMNS",
    "BatchInputError",
    "InputRow",
    "Plan",
    "plan",
    "read_rows",
    "score_file",
]

#: Called after each slice with the rows it held and the bytes of input read so far.
Progress = Callable[[int, int], None]
#: Loads the engine in a worker (picklable: a module-level function such as load_engine).
Loader = Callable[[], Any]
#: Fewest rows worth starting workers for: a worker that is not forked loads the model
#: (2-3 s) first; a forked one costs the parent a fork and the pipe's copies of the
#: results.
MIN_PARALLEL_ROWS = 1024
MIN_FORKED_ROWS = 256
#: Fewest rows for which the titles a file repeats are looked up before scoring
#: (``batch_titles``): reading the file once more costs about 40 µs a row.
MIN_PINNED_ROWS = 256

# One encoder for every line: json.dumps(ensure_ascii=False) would build one per call.
# No check for circular references: a result dict is plain dicts, lists and scalars made
# fresh for its line, so there is none to find, and the check kept a dict of every
# container's id (the same bytes 7-9% faster: 375 -> 348 us a full result, load 8).
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def check_fields(names: str) -> tuple[str, ...]:
    """The fields named in ``"exposure,band,occupations"``, in the contract's order.

    Raises ValueError naming the unknown ones and listing the valid ones.
    """
    wanted = {n.strip() for n in names.split(",") if n.strip()}
    unknown = sorted(wanted.difference(ALL_FIELDS))
    if unknown or not wanted:
        raise ValueError(
            f"unknown field(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(ALL_FIELDS)}"
        )
    return tuple(f for f in ALL_FIELDS if f in wanted)


def _result_dicts(engine: Any, rows: list[InputRow], fields: tuple[str, ...] | None) -> list[dict]:
    """The result dicts of the rows that have a profile, in order.

    A workforce file repeats people (same title, skills and duties): each distinct
    profile is scored once. A profile's result never depends on the rows scored with it
    (tests/test_batch.py scores the same file in different slices), so this changes
    nothing in the output.
    """
    profiles = [r.profile for r in rows if r.profile is not None]
    distinct = list(dict.fromkeys(profiles))
    if fields is not None and FIGURE_FIELDS.issuperset(fields):
        scored = figures(engine, distinct)  # no drivers or pivots computed
    else:
        scored = [r.to_dict() for r in engine.score_many(distinct)]
    if fields is not None:
        # ``title_note`` is in a result only when it has one.
        scored = [{f: d[f] for f in fields if f in d} for d in scored]
    by_profile = dict(zip(distinct, scored, strict=True))
    return [by_profile[p] for p in profiles]


def json_lines(
    engine: Any, rows: list[InputRow], fields: tuple[str, ...] | None = None
) -> tuple[str, int, int]:
    """Score rows together; returns their JSON lines (one string), scored and failed counts."""
    results = iter(_result_dicts(engine, rows, fields))
    encode = _ENCODER.encode
    lines = []
    for row in rows:
        out: dict[str, Any] = {"row": row.number}
        if row.id is not None:
            out["id"] = row.id
        if row.profile is None:
            out["error"] = row.error
        else:
            out.update(next(results))
        line = encode(out)
        # The id is the one cell written as read (everything else is cleaned text):
        # a bidi override or C1 control in it reached a terminal under --output -.
        if row.id is not None and not row.id.isascii():
            line = json_safe(line)
        lines.append(line)
    scored = sum(r.profile is not None for r in rows)
    return "\n".join(lines) + "\n" if lines else "", scored, len(rows) - scored


# Engines loaded in this (worker) process, by loader: loaded once, used for every slice.
_ENGINES: dict[Any, Any] = {}
# The parent's engine while it runs forked workers: they find it here at once.
_INHERITED: dict[Any, Any] = {}


def _score_slice(
    loader: Loader, source: Plan, part: Slice, fields: tuple[str, ...] | None
) -> tuple[str, int, int]:
    """A worker's job: load the engine (once per process), read one slice, score it."""
    from threadpoolctl import threadpool_limits

    engine = _INHERITED.get(loader)
    if engine is not None:
        # Forked inside the parent's BLAS limit and with its collector paused, which it
        # inherits (``batch_collector``): only the slice's young objects are collected.
        try:
            return json_lines(engine, read_slice(source, part), fields)
        finally:
            collect_young()
    engine = _ENGINES.get(loader)
    if engine is None:
        engine = _ENGINES[loader] = loader()
    with threadpool_limits(limits=1, user_api="blas"):
        return json_lines(engine, read_slice(source, part), fields)


def score_file(
    engine: Any,
    source: Plan,
    write: Callable[[str], Any],
    progress: Progress | None = None,
    jobs: int = 1,
    fields: tuple[str, ...] | None = None,
    loader: Loader | None = None,
) -> tuple[int, int]:
    """Score a planned file slice by slice, writing its JSON lines in input order.

    With ``jobs`` > 1, a ``loader`` (how a worker gets the same engine) and at least
    MIN_PARALLEL_ROWS rows (MIN_FORKED_ROWS where workers are forked), the slices are
    scored by ``jobs`` worker processes; otherwise here, with ``engine``. ``fields``
    keeps only those result fields (row, id and error are always written). Returns
    (scored, failed).
    """
    # The loaded model out of the collector's walks and no automatic collection while
    # the batch runs (forked workers inherit both): see ``batch_collector``.
    with collector_paused():
        return _score_file(engine, source, write, progress, jobs, fields, loader)


def _score_file(
    engine: Any,
    source: Plan,
    write: Callable[[str], Any],
    progress: Progress | None,
    jobs: int,
    fields: tuple[str, ...] | None,
    loader: Loader | None,
) -> tuple[int, int]:
    from threadpoolctl import threadpool_limits

    scored = failed = 0
    workers = min(jobs, len(source.slices))
    outcomes: Generator[tuple[str, int, int], None, None] | None = None
    least = MIN_PARALLEL_ROWS
    if workers > 1 and loader is not None and MIN_FORKED_ROWS <= source.rows < least:
        least = MIN_FORKED_ROWS if _forking() else least
    parallel = workers > 1 and loader is not None and source.rows >= least
    drivers = fields is None or not FIGURE_FIELDS.issuperset(fields)
    # The per-slice matrices are small: BLAS threads would mostly spin and fight the
    # workers for the cores (joblib limits its workers' threads the same way).
    limits = threadpool_limits(limits=1, user_api="blas")
    forked = parallel and _forking()
    try:
        if parallel:
            assert loader is not None
            _INHERITED[loader] = engine  # before the fork: forked workers score with it
        if drivers and (parallel or source.rows >= MIN_PINNED_ROWS):
            # Pivot tables filled once, not once per worker; in this process too: a few
            # hundred rows fill most of the 978 targets anyway (2,000 varied rows: 941),
            # and while they fill, each typed skill's products are read again for every
            # new target (``TargetTable.products_named_by``: 14,901 reads of 21,742
            # against 6,528 with the table complete, which takes ~0.03 s).
            engine.prepare_workers()
        # Workers that load their own engine (not forked) would not see pinned figures.
        # The figures alone read the titles and skills a file repeats as the full result
        # does, but never the drivers' own similarities, so those are not worked out.
        pinning = source.rows >= MIN_PINNED_ROWS and (not parallel or forked)
        if forked:
            outcomes = _team(engine, source, fields, workers, pinning, drivers)
        else:
            if pinning:
                pin_here(engine, source, drivers)
            if parallel:
                assert loader is not None
                outcomes = _parallel(workers, loader, source, fields)
            else:
                outcomes = (_in_process(engine, source, s, fields) for s in source.slices)
        with limits:
            for part, (text, good, bad) in zip(source.slices, outcomes, strict=True):
                write(text)
                scored, failed = scored + good, failed + bad
                if progress:
                    progress(part.rows, part.end)
    finally:
        limits.restore_original_limits()
        _INHERITED.clear()  # this process keeps no engine it was only lending
        batch_titles.unpin(engine.match_tables)
        batch_items.unpin(engine.match_tables)
        if outcomes is not None:
            outcomes.close()  # stops the workers if writing failed
    return scored, failed


def _team(
    engine: Any,
    source: Plan,
    fields: tuple[str, ...] | None,
    workers: int,
    pinning: bool,
    drivers: bool = True,
) -> Generator[tuple[str, int, int], None, None]:
    """The slices' outcomes, in order, from this process and ``workers - 1`` forked from
    it (``batch_fork``), which first work out together what the file repeats (each
    process then pins all of it) when ``pinning`` (the drivers' own similarities only
    when ``drivers`` are written)."""
    phases = _pin_phases(engine, source, workers, drivers) if pinning else []
    slices = [functools.partial(_in_process, engine, source, s, fields) for s in source.slices]
    phases.append(batch_fork.Phase(slices))
    yield from batch_fork.run_forked(phases, workers - 1)


def pin_here(engine: Any, source: Plan, drivers: bool = True) -> None:
    """Work out and pin, in this process alone, what the file repeats (``batch_items``;
    the drivers' own similarities only for ``drivers``)."""
    tables = engine.match_tables
    items = batch_items.file_items(source, drivers)
    batch_items.pin_shards(tables, items, [batch_items.shard(tables, items, 0, 1)])


def _pin_phases(
    engine: Any, source: Plan, workers: int, drivers: bool = True
) -> list[batch_fork.Phase]:
    """Two phases that pin, in every process, what the file repeats (``batch_items``):
    the processes read the file together and each lists its repeats from all the counts;
    then they work the repeats out together, in shares, and each pins all of them. In
    phases, not before the fork: reading the file and mending the repeated titles took
    the parent 0.1-0.3 s of CPU while the workers waited (4,000 rows)."""
    tables = engine.match_tables
    step = batch_items.COUNT_SLICES
    parts = [source.slices[at : at + step] for at in range(0, len(source.slices), step)]
    counting = [functools.partial(batch_items.count, source, p) for p in parts]
    listed: list[batch_items.FileItems] = []  # this process's list, once counted
    shards = workers * batch_items.SHARDS_PER_PROCESS

    def work(k: int) -> batch_items.Shard:
        return batch_items.shard(tables, listed[0], k, shards)

    return [
        batch_fork.Phase(
            counting, lambda counts: listed.append(batch_items.repeated(counts, drivers))
        ),
        batch_fork.Phase(
            [functools.partial(work, k) for k in range(shards)],
            lambda found: batch_items.pin_shards(tables, listed[0], found),
        ),
    ]


def forks_workers() -> bool:
    """Whether batch workers are forked from the loaded model (Linux) or load their own."""
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _forking() -> bool:
    """Whether workers will be forked: the system forks and the configured joblib
    backend is its default (loky), which this module then replaces with forked ones."""
    if not forks_workers():
        return False
    from joblib.parallel import BACKENDS, get_active_backend

    configured, _ = get_active_backend()
    return type(configured) is BACKENDS["loky"]


def _parallel(
    workers: int, loader: Loader, source: Plan, fields: tuple[str, ...] | None
) -> Generator[tuple[str, int, int], None, None]:
    """The slices' outcomes, in order, from ``workers`` processes of the configured
    joblib backend (where workers are not forked: see the module's docstring), streamed
    as they come; each worker loads the model once."""
    from joblib import Parallel, delayed

    tasks = [delayed(_score_slice)(loader, source, s, fields) for s in source.slices]
    yield from Parallel(n_jobs=workers, batch_size=1, return_as="generator")(tasks)


def _in_process(
    engine: Any, source: Plan, part: Slice, fields: tuple[str, ...] | None
) -> tuple[str, int, int]:
    try:
        return json_lines(engine, read_slice(source, part), fields)
    finally:
        collect_young()  # the slice's cycles, if it made any (``batch_collector``)
