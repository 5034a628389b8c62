"""A title named by an "Except ..." occupation, tied with the kinds its clause excepts.

O*NET names the secretaries most people are "Secretaries and Administrative Assistants,
Except Legal, Medical, and Executive" and lists the bare "Secretary" under all four. The
clause says the other three are kinds a secretary is only when something says so: a
"Secretary" whose skills name no kind is the general one. With skills or duties, exact
ties across SOC codes are otherwise weighed by how often each occupation's titles end
with the title alone (``title_ties.weigh_specialties``), and legal secretaries, 9 of
whose 17 listed titles end "Secretary", had come first for "Secretary" with "type
letters; answer phones" (54%, general 25%) and with "EHR; insurance verification" (50%,
medical 31%).

So among such ties every tie is weighed as the title typed alone is (BLS employment
times that likelihood), and an excepted kind that a typed skill names keeps the named
occupation's weight and official-title cosine: a skill names the kind when its catalogue
entry holds the kind's word ("EHR" is "electronic medical records" too, so it names
medical secretaries). A duty line's likeness to each kind's tasks does not: the kinds
share the work, and "schedule meetings" read executive secretaries a little more than
general ones.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from career_resilience.model.occupation_match import MatchTables
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_employment import employment, namesakes
from career_resilience.model.title_endings import likelihood
from career_resilience.model.title_kind_tables import kind_tables
from career_resilience.skills.titles import normalise_listed_title

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL = 0, 1
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: "Name, Except A, B, and C": the name and the kinds excepted.
_EXCEPT = re.compile(r"^([^,]+),\s*except\s+(.+)$", re.IGNORECASE)
#: Words of an "Except" clause that name no kind.
_NOT_KINDS = frozenset({"and", "or", "the", "of", "all", "other"})


@functools.lru_cache(maxsize=4)
def _excepting(codes: tuple[str, ...]) -> dict[int, frozenset[str]]:
    """Per occupation named "Name, Except ...", the words of the kinds it excepts."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    out: dict[int, frozenset[str]] = {}
    for k, code in enumerate(codes):
        occ = table.get(code)
        found = _EXCEPT.match(occ.title) if occ is not None else None
        if found:
            words = set(normalise_listed_title(found.group(2)).split()) - _NOT_KINDS
            out[k] = frozenset(words)
    return out


def excepted_ties(
    codes: tuple[str, ...], ties: np.ndarray, read: str
) -> tuple[int, dict[int, frozenset[str]]] | None:
    """The tie named by the title ``read`` with an "Except" clause, and per tie whose
    official title holds kinds it excepts, those kinds' words; None when there are none."""
    tied = set(ties.tolist())
    excepting = _excepting(codes)
    named = [int(o) for o in namesakes(codes).get(read, ()) if o in tied and o in excepting]
    if len(named) != 1:
        return None
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    kinds: dict[int, frozenset[str]] = {}
    for o in sorted(tied - {named[0]}):
        if codes[o] in table:
            held = excepting[named[0]].intersection(
                normalise_listed_title(table[codes[o]].title).split()
            )
            if held:
                kinds[o] = frozenset(held)
    return (named[0], kinds) if kinds else None


@functools.lru_cache(maxsize=256)
def _catalogue_words(codes: tuple[str, ...], skills: str) -> frozenset[str]:
    """The words of the catalogue entries (name and aliases) the typed skills resolve to."""
    matcher = kind_tables(codes).catalogue[0]
    words: set[str] = set()
    for line in split_skills_text(skills):
        skill = matcher.resolve(line)
        if skill is not None:
            for label in (skill.name, *skill.aliases):
                words.update(normalise_listed_title(label).split())
    return frozenset(words)


def _named_kinds(
    tables: MatchTables, ties: np.ndarray, read: str, skills: str
) -> tuple[int, list[int]] | None:
    """The tie ``read`` names with an "Except" clause and the excepted kinds tied with it
    that a typed skill names; None when the ties hold no such occupation and kinds."""
    found = excepted_ties(tables.codes, ties, read)
    if found is None:
        return None
    named, kinds = found
    words = _catalogue_words(tables.codes, skills) if skills.strip() else frozenset()
    return named, [o for o, kind in kinds.items() if kind & words]


def share_name(tables: MatchTables, f: np.ndarray, read: str, skills: str) -> None:
    """An excepted kind a typed skill names takes the named occupation's official-title
    cosine (``f`` changed in place): the title typed is its holders' name as much as the
    named one's, whose own name had outweighed the skill's kind ("Secretary" with
    "EHR": general secretaries 92%, medical 4%)."""
    ties = np.flatnonzero(f[:, _MAX] >= EXACT)
    found = _named_kinds(tables, ties, read, skills) if len(ties) >= 2 else None
    if found is not None:
        named, lifted = found
        for o in lifted:
            f[o, _OFFICIAL] = max(f[o, _OFFICIAL], f[named, _OFFICIAL])


def excepted_weights(
    tables: MatchTables, ties: np.ndarray, read: str, skills: str
) -> np.ndarray | None:
    """Per tie, the number of holders to weigh it by (``title_ties.weigh_by_employment``'s
    ``jobs``): BLS employment times the likelihood of the title ``read``, the named
    occupation's for an excepted kind a typed skill names; None when the ties hold no
    "Except" occupation and kinds it excepts."""
    found = _named_kinds(tables, ties, read, skills)
    if found is None:
        return None
    named, lifted = found
    held = employment(tables.codes) * likelihood(tables.codes, read)
    jobs = held[ties].astype(np.float64)
    at = {int(o): k for k, o in enumerate(ties.tolist())}
    for o in lifted:
        jobs[at[o]] = max(jobs[at[o]], held[named])
    return jobs
