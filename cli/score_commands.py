"""``resilience score``: one profile from flags, or a CSV/JSONL file in batch."""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from career_resilience.blas import one_blas_thread
from career_resilience.cli.errors import CliError, UsageError

BATCH_HELP = """\
batch files:
  CSV with a header row; the columns are id,role,skills,duties (only role is
  required; skills separated by semicolons; duties one task per line inside a
  quoted cell, or separated by semicolons; a column named like one of these,
  "skils" or "duty", is refused, other columns are not read). Or JSON lines,
  one object a line with the same keys (skills and duties may be lists). Rows
  are numbered from 1 after the header; a row that cannot be read or scored
  gets {"row": N, "error": "..."} and every other row is scored.
  Output lines are in input order and the same for any --jobs value. Workers are
  joblib processes: on Linux forked from the loaded model (joblib's multiprocessing
  backend), elsewhere loky processes that each load the model once; each reads its
  own slices of the file. Files under 256 rows (1,024 where workers load their
  own model) are scored in process.
  --fields exposure,band,occupations writes only those fields (row, id, error
  always): without drivers, pivots and duties the scoring itself is faster.
"""


def register(subparsers: Any) -> None:
    """Add the ``score`` subcommand."""
    p = subparsers.add_parser(
        "score",
        help="score a profile (or a file of profiles)",
        description="Score how exposed a role is to generative AI, with reasons and pivots.",
        epilog=BATCH_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--role", help="job title, e.g. 'Sr. data analyst'")
    p.add_argument("--skills", default="", help="skills separated by semicolons")
    p.add_argument(
        "--duties",
        default="",
        help="what you do all day: one task per line, or tasks separated by semicolons",
    )
    p.add_argument(
        "--category",
        help="place the profile in this category (id or name, e.g. nursing_care) instead",
    )
    p.add_argument(
        "--occupation",
        help="use this O*NET-SOC occupation's published figures (e.g. 15-1252.00) instead",
    )
    p.add_argument("--json", action="store_true", help="print the JSON contract")
    p.add_argument("--pivots", type=int, default=5, help="how many pivots to list (default 5)")
    p.add_argument(
        "--client", help="save this assessment as a new session of this client (name or id)"
    )
    p.add_argument(
        "--new-client",
        action="store_true",
        help="create the --client if there is none by that name",
    )
    p.add_argument("--input", type=Path, help="batch: a .csv or .jsonl file of profiles")
    p.add_argument("--output", help="batch: where to write JSON lines ('-' for stdout)")
    p.add_argument(
        "--encoding", default="utf-8", help="batch: the input's text encoding (default utf-8)"
    )
    p.add_argument(
        "--jobs",
        type=int,
        help="batch: worker processes (default: one per core, at most 8; 1 = this process)",
    )
    p.add_argument(
        "--fields",
        help="batch: only these result fields, comma-separated (e.g. exposure,band,occupations)",
    )
    p.set_defaults(handler=run)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (the previous state is restored after).

    Loading the model and the knowledge base makes hundreds of thousands of objects that
    live as long as the process; the collector, triggered by every 700 new ones, walked
    them again and again and found nothing to free: a fifth of a cold score's CPU.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _category_id(engine: Any, text: str) -> str:
    """The category ``--category`` names: its id, or its label as the score's "placed
    in:" line shows it ("Nursing and direct care"), any case; else UsageError with the
    closest ones."""
    import difflib

    if text in engine.class_set:
        return text
    labels = {engine.kb.categories[c].label: c for c in sorted(engine.class_set)}
    wanted = " ".join(text.replace("_", " ").split()).casefold()
    for label, cid in labels.items():
        if wanted in (label.casefold(), cid.replace("_", " ")):
            return cid
    by_words = {name.casefold(): cid for label, cid in labels.items() for name in (label, cid)}
    close = difflib.get_close_matches(wanted, by_words, n=6, cutoff=0.6)
    found = list(dict.fromkeys(by_words[c] for c in close))[:3]
    hint = ", ".join(f"{c} ({engine.kb.categories[c].label})" for c in found)
    raise UsageError(
        f"unknown category {text!r}"
        + (f" (did you mean: {hint}?)" if hint else "")
        + "; see `resilience categories`"
    )


def _occupation_hints(text: str, limit: int) -> list[tuple[str, str]]:
    """Occupations ``text`` may have meant: ``(code, title)``.

    Something shaped like a code ("15-1252", a SOC code without O*NET's ".00", or
    "15-1252.05") gets the codes sharing its longest prefix ("15-1252.00 Software
    Developers"); a fuzzy title search would answer "15-1252" with "K-12 Principal".
    Words get the title search.
    """
    from career_resilience.skills.occupations import occupation_table, search_titles

    code = text.strip()
    table = occupation_table()
    if not code or code.strip("0123456789-.") or not code[0].isdigit():
        # Each occupation by its own title: the title the search matched ("nurse" read
        # "29-1141.00 Nurse, 29-1141.01 Nurse, 29-1141.02 Nurse") told them apart by
        # code alone.
        return [(c, table[c].title) for c, _, _ in search_titles(text, limit) if c in table]
    for end in range(len(code), 1, -1):
        found = [c for c in sorted(table) if c.startswith(code[:end])]
        if found:
            return [(c, table[c].title) for c in found[:limit]]
    return []


def _engine() -> Any:
    with _collector_paused():
        from career_resilience.model.artifact import ArtifactError
        from career_resilience.model.engine import load_engine
        from career_resilience.skills.fields import KnowledgeBaseError

        try:
            return load_engine()
        except (ArtifactError, KnowledgeBaseError) as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:  # e.g. a folder where the manifest should be
            where = exc.filename or "the model files"
            raise CliError(f"cannot load the model from {where}: {exc.strerror or exc}") from exc


def run(args: argparse.Namespace) -> int:
    """Dispatch to single or batch scoring."""
    # Before the engine (and numpy) is imported: its BLAS threads would only spin.
    one_blas_thread()
    if not 0 <= args.pivots <= 50:
        raise UsageError("--pivots must be between 0 and 50")
    if args.new_client and not args.client:
        raise UsageError("--new-client goes with --client NAME")
    for option, example in (("category", "data_analysis"), ("occupation", "15-1252.00")):
        if getattr(args, option) is not None and not getattr(args, option).strip():
            raise UsageError(f"--{option} is empty: give one such as {example}, or leave it out")
    if args.input is not None:
        if args.role or args.client:
            raise UsageError("--input scores a file; do not combine it with --role or --client")
        from career_resilience.cli.batch_run import run_batch

        return run_batch(args, _engine)
    if args.output or args.jobs is not None or args.fields is not None:
        raise UsageError("--output, --jobs and --fields are for batch scoring with --input")
    if args.role is None:
        raise UsageError("give --role TEXT (or --input FILE for a batch)")
    # One score, then the process ends: its last garbage collection, at exit, would walk
    # the whole model once more only for the system to reclaim the memory anyway.
    atexit.register(gc.freeze)
    with _collector_paused():
        return _run_single(args)


def _run_single(args: argparse.Namespace) -> int:
    from career_resilience.model.profile import Profile, ProfileError

    try:
        profile = Profile.create(args.role, args.skills, args.duties.replace("\\n", "\n"))
    except ProfileError as exc:
        raise UsageError(str(exc)) from exc
    # The client is checked before scoring, so a typo costs nothing and saves nothing.
    client = _client_name(args) if args.client is not None else None
    engine = _engine()
    if args.category:
        args.category = _category_id(engine, args.category)
    if args.occupation and args.occupation not in engine.occupation_index:
        hint = ", ".join(f"{c} {t}" for c, t in _occupation_hints(args.occupation, 3))
        raise UsageError(
            f"unknown O*NET-SOC code {args.occupation!r}"
            + (f" (did you mean: {hint}?)" if hint else "")
        )
    if args.category and args.occupation:
        raise UsageError("give --category or --occupation, not both")
    if args.category or args.occupation:
        profile = Profile.create(
            profile.role, profile.skills, profile.duties, args.category, args.occupation
        )
    result = engine.score(profile, max_pivots=args.pivots)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        from career_resilience.cli.render import render_text
        from career_resilience.sanitise import for_terminal

        print(for_terminal(render_text(result, profile.role, profile.skills, profile.duties)))
    if client is not None:
        _save_to_client(args, client, profile, result)
    return 0


def _client_name(args: argparse.Namespace) -> str:
    """The name of the existing client ``--client`` names (or the new one to create)."""
    from career_resilience.cli.store_access import records_errors, store_for
    from career_resilience.records import NotFoundError, clean_name

    with records_errors(), store_for(args) as store:
        if not args.new_client:
            try:
                return store.find_client(args.client).name
            except NotFoundError as exc:
                raise UsageError(f"{exc}; pass --new-client to create them") from exc
        name = clean_name(args.client)
        existing = store.client_by_name(name)
        if existing is not None:
            raise UsageError(
                f"a client named {existing.name!r} already exists; leave out --new-client "
                "to add a session for them"
            )
        return name


def _save_to_client(args: argparse.Namespace, client: str, profile: Any, result: Any) -> None:
    from career_resilience.cli.store_access import store_for
    from career_resilience.records import RecordsError, save_assessment
    from career_resilience.sanitise import for_terminal

    try:
        with store_for(args) as store:
            session = save_assessment(store, client, profile.to_dict(), result.to_dict())
    except RecordsError as exc:
        raise CliError(f"the result was not saved: {exc}") from exc
    shown = for_terminal(client, keep_newlines=False)
    print(f"saved as session {session.number} of client {shown!r}", file=sys.stderr)
