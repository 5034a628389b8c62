"""A client's progress over sessions in sentences: trends, skills changed, pivot gaps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from career_resilience.contract import PlanItem
from career_resilience.wording.numbers import count, score, weeks, whole
from career_resilience.wording.pivot_preparation import mostly_step

__all__ = [
    "BASIS_CHANGES_NAMED",
    "FIRST_SESSION",
    "NO_PIVOT",
    "TREND_SCORES",
    "BasisChange",
    "basis_sentence",
    "change_words",
    "done_step_words",
    "gaps_sentence",
    "held_skill_evidence",
    "held_skill_step",
    "plan_head",
    "skills_changed_sentence",
    "trend_sentence",
    "used_product_evidence",
    "used_product_step",
]


def change_words(first: float, last: float) -> str:
    """The change between two shown scores: "no change", "up 1 point", "down 8 points".

    Computed from the rounded scores, so the words agree with the "78 → 70" beside them.
    """
    change = whole(last) - whole(first)
    if change == 0:
        return "no change"
    return f"{'up' if change > 0 else 'down'} {count(abs(change), 'point')}"


#: A trend names at most this many scores: the first and the latest ones.
TREND_SCORES = 8


def trend_sentence(name: str, values: Sequence[float]) -> str:
    """A score over sessions: "Exposure over 2 sessions: 78 → 70 (down 8 points since
    the first).". A long history names the first score and the latest few, with "…"
    between, so the sentence stays a sentence ("78 → … → 71 → 70")."""
    shown = [score(v) for v in values[-(TREND_SCORES - 1) :]]
    if len(values) > TREND_SCORES:
        shown[:0] = [score(values[0]), "…"]
    else:
        shown = [score(v) for v in values]
    scores = " → ".join(shown)
    return (
        f"{name} over {len(values)} sessions: {scores} "
        f"({change_words(values[0], values[-1])} since the first)."
    )


class BasisChange(NamedTuple):
    """Session ``number`` scored other work than session ``was`` before it: another job
    title (``role``), placement (``placement``: what the person chose, None for the
    model's) or model version (``model``); ``now`` and ``before`` are the two."""

    number: int
    was: int
    kind: Literal["role", "placement", "model"]
    now: str | None
    before: str | None


#: A history that changed more often than this names the first few changes and counts
#: the rest, so the sentence stays a sentence.
BASIS_CHANGES_NAMED = 3


def _placed(chosen: str | None) -> str:
    return "where the model placed the job title" if chosen is None else f"in {chosen}, as chosen"


def _basis_clause(change: BasisChange) -> str:
    n, was, now, before = change.number, change.was, change.now, change.before
    if change.kind == "role":
        return f"session {n} is for the job title “{now}” (session {was}: “{before}”)"
    if change.kind == "placement":
        return f"session {n} was scored {_placed(now)} (session {was}: {_placed(before)})"
    return f"session {n} was scored by model {now} (session {was}: {before})"


def _models_clause(changes: Sequence[BasisChange]) -> str:
    """Two or more model changes as one clause: "the model changed at sessions 3 and 6
    (v1 → v2 → v3)"; a long chain keeps its first and latest versions."""
    numbers = [str(c.number) for c in changes]
    at = ", ".join(numbers[:-1]) + " and " + numbers[-1]
    versions = [str(changes[0].before), *(str(c.now) for c in changes)]
    if len(versions) > TREND_SCORES:
        versions = [versions[0], "…", *versions[-(TREND_SCORES - 2) :]]
    return f"the model changed at sessions {at} ({' → '.join(versions)})"


def basis_sentence(changes: Sequence[BasisChange]) -> str:
    """Why the trends do not compare like with like: "Not like for like: session 2 was
    scored in Psychiatric Technicians, as chosen (session 1: where the model placed the
    job title): part of the change in the figures comes from this.". Model versions
    changed more than once are one clause, in the place of the first, so a coach reads
    the history of the tool apart from the history of the person."""
    models = [c for c in changes if c.kind == "model"]
    clauses: list[str] = []
    for change in changes:
        if change.kind != "model" or len(models) == 1:
            clauses.append(_basis_clause(change))
        elif change is models[0]:
            clauses.append(_models_clause(models))
    named = clauses[:BASIS_CHANGES_NAMED]
    rest = len(clauses) - len(named)
    if rest:
        named.append(f"and {count(rest, 'more change')}")
    return (
        "Not like for like: "
        + "; ".join(named)
        + ": part of the change in the figures comes from this."
    )


FIRST_SESSION = "This is the first session: progress shows from the next one."
NO_PIVOT = "No pivot chosen yet, so there are no gap skills to track."


def skills_changed_sentence(
    number: int, day: str, added: Sequence[str], removed: Sequence[str]
) -> str:
    """Skills added and removed in one session: "Session 2 (2026-01-05): added Rust."."""
    parts = []
    if added:
        parts.append("added " + ", ".join(added))
    if removed:
        parts.append("removed " + ", ".join(removed))
    return f"Session {number} ({day}): " + "; ".join(parts) + "."


def gaps_sentence(
    label: str,
    since: int,
    closed: Sequence[str],
    remaining: Sequence[str],
    plan: Sequence[PlanItem] = (),
) -> str:
    """The chosen pivot's gap skills closed so far and still to build; a pivot that
    asked for none is said so, not as "none yet (0 of 0)" beside "Still to build:
    nothing", which a coach read as skills pending. With the pivot's ``plan``, what
    most of its weeks are for when one step with no skill takes them: a farmhand's
    supervisor move read "no gap skills to build" for 26 weeks of training."""
    total = len(closed) + len(remaining)
    if not total:
        said = (
            f"Chosen pivot: {label}. No gap skills to build: you had its skills when you chose it."
        )
    else:
        said = (
            f"Chosen pivot: {label}. Gap skills closed since session {since}: "
            f"{', '.join(closed) or 'none yet'} ({len(closed)} of {total}). Still to build: "
            f"{', '.join(remaining) or 'nothing'}."
        )
    step = mostly_step(plan)
    if step is None:
        return said
    left = sum(item.weeks for item in plan if not item.done)
    return (
        f"{said} Its plan takes about {weeks(left)}, mostly one step ({weeks(step.weeks)}): "
        f"{step.step.rstrip('.')}."
    )


def held_skill_step(name: str) -> str:
    """A plan's step for a core skill the person already has, marked done: "Cooking:
    you already do this." It went on "Write down one piece of work that shows it.": a
    to-do under the app's "✓ done" (a commis chef's move to head cook read done and to
    do at once). The CV example is what shows it (:func:`held_skill_evidence`)."""
    return f"{name}: you already do this."


def held_skill_evidence(work: str) -> str:
    """What shows a held skill (``work``: the work it names, "cooking work")."""
    return f"A short example of your {work} for your CV."


def used_product_step(product: str) -> str:
    """A plan's step for a key product the person already uses, marked done (it went
    on "Name it on your CV with what you do with it.", a to-do as the held skill's)."""
    return f"{product}: you already use it."


#: What a held skill's and a used product's done step went on with before c6bea6a
#: (session 23): sessions saved then still store it.
_OLD_DONE_TODOS = (
    " Write down one piece of work that shows it.",
    " Name it on your CV with what you do with it.",
)


def done_step_words(step: str) -> str:
    """A done step as it reads now (:func:`held_skill_step`, :func:`used_product_step`):
    a session saved before c6bea6a showed "Cooking: you already do this. Write down one
    piece of work that shows it." under "✓ done" in its record and reports."""
    for todo in _OLD_DONE_TODOS:
        if step.endswith(todo) and step[: -len(todo)].endswith(("do this.", "use it.")):
            return step[: -len(todo)]
    return step


def used_product_evidence(product: str) -> str:
    """What shows a product used: the CV names it."""
    return f"Your CV names {product} and a piece of work you did with it."


def plan_head(plan: Sequence[PlanItem]) -> str:
    """The heading above a move's plan in the app: "Learning plan: about 31 weeks", with
    steps already done "about 30 weeks to go (1 step already done)", or every step done.

    It said "about 30 weeks left of 30.5" (a held skill's half week counted in the whole,
    done) and "about 31 weeks left of 31 weeks" with nothing done. The weeks are those
    still to do, as the pivots table and the reports count them.
    """
    done = sum(1 for item in plan if item.done)
    if plan and done == len(plan):
        return "Learning plan: every step already done"
    left = weeks(sum(item.weeks for item in plan if not item.done))
    if not done:
        return f"Learning plan: about {left}"
    return f"Learning plan: about {left} to go ({count(done, 'step')} already done)"
