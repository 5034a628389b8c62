"""A two-word listed title whose first word names unrelated kinds of work, read by skills.

"Nursery manager" is listed only under farmers and ranchers (a plant nursery), but O*NET
lists "nursery" under childcare workers and preschool teachers too ("Nursery Attendant",
"Nursery Teacher"): in the UK a nursery is first a children's nursery. With "childcare;
staff; Ofsted" the title channel rated the farmers a perfect match (97%) and the skills
could not take it back.

So a listed two-word "X manager" is read as the listed "X supervisor" of another kind
of work when most catalogue skills typed name that kind, one as its core skill, and none
of them names those listing the typed title: the listers drop to the best cosine of a title
not matched exactly, and the supervisor's listers of the kind take the title, as
``title_kind`` reads a bare one-word title by its skills. With a plant nursery's words
("greenhouse; propagation") the skills name the farmers, and the title stands; with no
skills it stands too. Only "manager" and "supervisor" so far: ranks O*NET lists alike for
one charge, where a sweep of 1,362 typed workers moved nothing but the nursery manager
(a broader "any two-word title, any kind" read moved laundry workers, lift engineers and
bingo callers wrongly).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_index import listed
from career_resilience.model.title_kind_tables import (
    EXACT,
    KindTables,
    kind_tables,
    skill_votes,
)
from career_resilience.model.title_specialty import Heard, heard_them

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: Last words O*NET uses for one rank of charge over named work: "Nursery Manager" is a
#: plant nursery's, "Nursery Supervisor" a children's nursery's as well as a farm's.
ALIKE = {"manager": "supervisor"}


def read_modifier_kind(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    skills: str,
    duties: str,
    heard: Heard | None = None,
) -> bool:
    """Read a two-word listed "X manager" as the listed "X supervisor" of the kind of work
    the skills name, when the skills name none of those listing the typed title, in the
    channel features ``f`` (occupations, F) of one profile, changed in place; whether it
    did. ``heard`` is told once the skills are read (``title_context.read_in_context``)."""
    if not skills:
        return False
    words = title_texts(tables, role)[-1].split()
    if len(words) != 2 or words[1] not in ALIKE:
        return False
    exact = f[:, _MAX] >= EXACT
    if not exact.any():
        return False
    other = f"{words[0]} {ALIKE[words[1]]}"
    if not listed(other):
        return False
    alike = title_channel(tables, [other])[0][0] >= EXACT
    alike &= ~exact
    if not alike.any():
        return False
    kinds = kind_tables(tables.codes)
    heard_them(heard)
    votes, cores, _ = skill_votes(kinds, role, split_skills_text(skills), skills, duties)
    if votes is None or cores is None or votes[exact].max() > 0 or cores[exact].max() > 0:
        return False
    named = _catalogue_skills(kinds, role, skills, duties)
    # Most catalogue skills typed (the rest, "Ofsted", name nothing the catalogue knows)
    # must name the work, and one be its core skill: "childcare; EYFS; safeguarding" is
    # a childminder's work though the catalogue frames safeguarding with social work.
    kind = np.flatnonzero(alike & (2 * votes > named) & (cores > 0))
    if not len(kind):
        return False
    near = np.flatnonzero(~exact & ~alike)
    floor = f[near[np.argmax(f[near, _MAX])], [_MAX, _OFFICIAL]].copy()
    others = np.flatnonzero(exact)
    f[kind, _MAX] = 1.0
    f[kind, _OFFICIAL] = np.maximum(f[kind, _OFFICIAL], f[others, _OFFICIAL].max())
    f[others, _MAX] = np.minimum(f[others, _MAX], floor[0])
    f[others, _OFFICIAL] = np.minimum(f[others, _OFFICIAL], floor[1])
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


def _catalogue_skills(kinds: KindTables, role: str, skills: str, duties: str) -> int:
    """How many different catalogue skills the typed skills name."""
    matcher = kinds.catalogue[0]
    context = matcher.context(role, skills, duties)
    found = {matcher.resolve(text, context) for text in split_skills_text(skills)}
    return len({skill.id for skill in found if skill is not None})
