"""The work a typed skill names, as the model reads it: the listed titles its
practitioner's name makes (``skills.work_titles``: "gardening" a gardener) whose work
the catalogue's reading of the skill agrees with.

English's endings make some titles of other work: "charting" (a nurse's clinical notes)
makes O*NET's "Charter", "dispensing" (a pharmacist's) a "Dispensing Operator",
"chopping" (cooking) a logging "Chopper". So a skill the catalogue knows names a title
only where some occupation listing it is one the skill names (``title_kind_tables``:
framed in one of its categories, or holding it as a core skill); a skill the catalogue
does not know ("woodwork") names every listed title it makes.
"""

from __future__ import annotations

import functools

from career_resilience.model.title_kind_tables import kind_tables
from career_resilience.skills.work_titles import listers, named_work


def named_titles(codes: tuple[str, ...], skill: str) -> tuple[str, ...]:
    """The listed titles (lower case) that ``skill`` names as its work, among the
    occupations ``codes``; empty when it names none."""
    forms = named_work(skill)
    return _agreeing(codes, skill.casefold().strip(), forms) if forms else ()


@functools.lru_cache(maxsize=4096)
def _agreeing(codes: tuple[str, ...], skill: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``forms`` some occupation listing which the catalogue's skill names
    (all of them for a skill the catalogue does not know); remembered (a batch repeats
    its skills, and the codes are one tuple per matcher)."""
    kinds = kind_tables(codes)
    found = kinds.catalogue[0].match(skill).skill
    if found is None:
        return forms
    named, column = kinds.named_by(found.id), kinds.column
    return tuple(
        form for form in forms if any(named[column[c]] for c in listers(form) if c in column)
    )
