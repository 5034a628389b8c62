"""The hand-written roles of ``pivots.yaml`` as arrays over their slots of the table.

Each role's slot, category and adjacent categories (its closeness is the person's share
of work in those), the related slot it shadows (a move into one occupation is not offered
twice), the roles anchored to each occupation, and the core skills of other kinds of work
a role asks of everyone (holding one shows no way in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from career_resilience.model.pivot_licences import CERTIFIED, licence_named, licence_of
from career_resilience.model.pivot_targets import Target
from career_resilience.skills.models import KnowledgeBase


@dataclass(frozen=True)
class RoleArrays:
    """Per role (in ``pivots.yaml`` order) and per slot, what the scorer reads of it."""

    slots: np.ndarray  # each role's slot (after every related occupation's)
    order: np.ndarray  # each role's place among the roles
    category: np.ndarray  # its category's column (unknown: the always-zero last one)
    adjacent: np.ndarray  # its adjacent categories' columns, padded with the last one
    shadow: np.ndarray  # the related slot of the occupation it moves into, else -1
    of_code: dict[str, np.ndarray]  # the roles anchored to each occupation
    anchor_count: np.ndarray  # how many occupations each role is anchored to
    off_kind: dict[int, frozenset[str]]  # per role slot, core skills of other kinds
    off_kind_any: frozenset[str]  # all of those
    # Per role drawn from several occupations, the holders of each anchor's licence
    # (its practice's, for a specialty): work that holds one is kin to that anchor.
    kin: tuple[tuple[int, tuple[str, ...]], ...] = ()


def role_arrays(
    roles: Sequence[Target],
    n_related: int,
    cat_index: Mapping[str, int],
    slot_of: Mapping[str, int],
    by_code: Mapping[str, Target],
    kb: KnowledgeBase,
) -> RoleArrays:
    """The roles' arrays (``n_related`` slots of related occupations come first)."""
    n, unknown = len(roles), len(cat_index)
    slots = np.arange(n_related, n_related + n)
    adjacent = [
        [cat_index.get(c, unknown) for c in (r.pivot.adjacent if r.pivot else ())] for r in roles
    ]
    width = max(1, max((len(a) for a in adjacent), default=1))
    # Padded with the always-zero column, so a sum adds the listed ones in order.
    padded = np.full((n, width), unknown)
    for i, a in enumerate(adjacent):
        padded[i, : len(a)] = a
    # A role that is a move into one occupation is not offered twice: when that
    # occupation is already a related candidate, the role's own slot is skipped.
    shadow = np.array([slot_of[r.onet_soc] if by_code.get(r.onet_soc) is r else -1 for r in roles])
    found: dict[str, list[int]] = {}
    for i, r in enumerate(roles):
        for code in r.anchors:
            found.setdefault(code, []).append(i)
    off_kind = _off_kind(roles, slots, kb)
    return RoleArrays(
        slots=slots,
        order=np.arange(n),
        category=np.array([cat_index.get(r.category, unknown) for r in roles]),
        adjacent=padded,
        shadow=shadow,
        of_code={code: np.array(rows, np.int64) for code, rows in found.items()},
        anchor_count=np.array([len(r.anchors) for r in roles], np.int64),
        off_kind=off_kind,
        off_kind_any=frozenset().union(*off_kind.values()),
        kin=_kin(roles),
    )


def _kin(roles: Sequence[Target]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Per role drawn from two occupations or more, the occupations holding each of its
    anchors' licences (``pivot_licences``; a specialty's, the practice's licence it is
    taken after): a pediatrician holds the medical licence family physicians work under,
    so clinical informatics, drawn partly from family medicine, is drawn partly from
    work their licence covers (``pivot_frame.build_frame``'s ``own_anchor``)."""
    found = []
    for i, role in enumerate(roles):
        if len(role.anchors) < 2:
            continue
        for code in role.anchors:
            lic = licence_of(code)
            if lic is not None and lic.kind == "specialty" and lic.after:
                lic = licence_named(lic.after)
            if lic is not None and lic.kind not in CERTIFIED:
                found.append((i, lic.held_by))
    return tuple(found)


def _off_kind(
    roles: Sequence[Target], slots: np.ndarray, kb: KnowledgeBase
) -> dict[int, frozenset[str]]:
    """Per role slot, its core skills of other kinds of work than its own and those
    its people come from (a lineworker's first aid, a data steward's stakeholder
    management): asked of everyone who moves in, from anywhere, so holding one does
    not show the way in (``model/pivot_held.way_in``, ``model/pivot_rules.py``)."""
    off_kind: dict[int, frozenset[str]] = {}
    for slot, role in zip(slots.tolist(), roles, strict=True):
        if role.pivot is None:
            continue
        kinds = {role.pivot.category, *role.pivot.adjacent}
        off = frozenset(
            s
            for s in role.pivot.core_skills
            if s in kb.skills and not kinds.intersection(kb.skills[s].categories)
        )
        if off:
            off_kind[slot] = off
    return off_kind
