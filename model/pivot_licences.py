"""Licensed occupations: a move into one needs its licence, even at the same job zone.

O*NET's job zone says how much preparation work usually asks, not whether the law asks
for a particular one: a pharmacist and a nurse practitioner are both zone 5, yet a
pharmacist cannot practise as a nurse practitioner after "about 8 weeks of learning"
(the skills alone): it takes a nursing degree, a graduate APRN programme and the
licence exams. :data:`LICENCES` writes down the occupations every US state licenses, as
the BLS Occupational Outlook Handbook's "How to Become One" pages say ("All states
require ... to be licensed"), each with the occupations whose holders already have that
licence (a registered nurse holds what a licensed practical nurse needs; an APRN holds a
registered nurse's licence). A move into an occupation listed here from work that holds
none of its licence gets a step for it (``skills/gaps.py``: ``licence_step``) of the
weeks the way to that licence takes (an electrician's apprenticeship is four years or
more, not the 26 weeks its job zone's usual preparation would say).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

# The table itself (each licence, its weeks and who holds it) is its own module; its
# names are read from here as before.
from career_resilience.model.pivot_licence_table import (
    APRN_LICENCE,
    APRN_ROLE,
    APRN_ROLES,
    CERTIFIED,
    LICENCES,
    PHYSICIANS,
    THEN,
    Licence,
)

__all__ = [
    "CERTIFIED",
    "LICENCES",
    "PHYSICIANS",
    "THEN",
    "Licence",
    "degree_typed",
    "holds_a_licence",
    "licence_kind",
    "licence_named",
    "licence_needed",
    "licence_of",
]


#: Marks dropped and runs of other characters read as one space, so typed degrees
#: compare as words (:func:`degree_typed`).
_MARKS = re.compile(r"[.'’]")
_WORDS = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=4096)
def holds_a_licence(own: tuple[str, ...]) -> bool:
    """Whether work in the ``own`` occupations holds a licence (a certification, an
    apprenticeship's card or a residency): a referee's or a cashier's does not, so they
    are not told to "keep your licence current", nor is one whose work holds a
    certification alone (``CERTIFIED``: a nursing assistant's reads "your training and
    any certificates")."""
    return any(
        c.startswith(lic.held_by) for lic in LICENCES if lic.kind not in CERTIFIED for c in own
    )


@functools.lru_cache(maxsize=4096)
def licence_of(code: str) -> Licence | None:
    """The licence work in ``code`` needs (None: none every state asks for)."""
    return next((lic for lic in LICENCES if code.startswith(lic.needed_by)), None)


def licence_needed(code: str, own: Iterable[str], held: Collection[str] = ()) -> str:
    """What a move into ``code`` needs licensed, from work in the ``own`` occupations
    holding the skills ``held`` ("" when the target needs no licence, or the person's
    work or a skill of theirs already holds it: a shuttle driver who typed "CDL Class A"
    moving to truck driving)."""
    lic = licence_of(code)
    if lic is None:
        return ""
    holding = [c for c in own if c.startswith(lic.held_by)]
    if holding:
        # An APRN's licence is their own role's: another role is its own certificate.
        if lic.name == APRN_LICENCE and not any(_role(c) == _role(code) for c in holding):
            return APRN_ROLE
        return ""
    if lic.skill and lic.skill in held:
        return ""
    # A pharmacist to nurse practitioner work: a nursing licence first, then the APRN
    # programme (its weeks are both: the plan had said the master's alone); to
    # cardiology, medical school, an internal medicine residency, then the fellowship.
    names = [lic.name]
    first = lic
    while first.after and not any(c.startswith(licence_named(first.after).held_by) for c in own):
        first = licence_named(first.after)
        names.insert(0, first.name)
    return THEN.join(names)


def _role(code: str) -> str:
    """The APRN role of ``code`` (its prefix in ``APRN_ROLES``; "" for none)."""
    return next((r for r in APRN_ROLES if code.startswith(r)), "")


@functools.lru_cache(maxsize=64)
def licence_named(name: str) -> Licence:
    """The licence called ``name`` (as :func:`licence_needed` gives it): its weeks and
    what they are, for the plan's step. Two licences one after the other (``THEN``)
    take the weeks of both."""
    first, then, second = name.partition(THEN)
    if then:
        pre, lic = licence_named(first), licence_named(second)
        return lic._replace(
            name=name, weeks=pre.weeks + lic.weeks, basis=pre.basis + THEN + lic.basis, after=""
        )
    return next(lic for lic in LICENCES if lic.name == name)


def degree_typed(name: str, typed: Iterable[str]) -> str:
    """The first of the person's ``typed`` words naming the degree licence ``name`` is
    taken with ("MSW", "Master of Social Work"; "" for none), read as whole words
    whatever the case, dots or apostrophes ("M.S.W.", "Master's in social work")."""
    words = licence_named(name).degree if name else ()
    for text in typed if words else ():
        plain = f" {_WORDS.sub(' ', _MARKS.sub('', text.casefold())).strip()} "
        if any(f" {word} " in plain for word in words):
            return text
    return ""


def licence_kind(name: str) -> str:
    """What the way in called ``name`` is (``wording.REGULATED``; a state licence for
    none, whose words are never shown)."""
    return licence_named(name).kind if name else "licence"
