"""A title O*NET does not list, whose own words the catalogue reads as another trade's work.

"Foley artist", "Eyebrow threader", "Lab animal technician": O*NET lists none of them,
and its titles know only the last words, which it lists under other trades ("Artist"
under craft and fine artists, "Threader" under textile machine operators, "Animal
Technician" under animal breeders and veterinary technicians). The title channel rated
those a near match (0.74-0.80) and nothing else any match, so the skills and duties,
which read the work right (sound effects, brow shaping, cage changing), could not take
the title back (craft artists 41%, production workers 40%, animal breeders 72%).

The catalogue reads the whole title as a skill ("foley artist": Audio production, "lab
animal technician": Laboratory animal care), and a skill names the occupations holding it
as a core skill. The title's own words say another trade than its last word's listers
when all of these hold:

- O*NET's titles do not read the words in front: every occupation the title channel
  rates nearest lists the last word (or last two) as a title, and no listed title ending
  so holds a word in front ("Driving school instructor" is read: "Driving Instructor" is
  listed), or the title reads no listed title at all (best cosine under :data:`WEAK`:
  "Lash technician", 0.36);
- the skill is not the last word's own reading ("Tour leader" is no Leadership) and is
  core to none of the nearest;
- a typed skill reads as the same skill, and the typed skills name its holders at least
  as much as the nearest (``title_kind_tables.skill_votes``): the person says the work
  twice. "Foley artist" with "sculpture; painting" stays an artist.

Then the title's cosine moves to the skill's holders, as ``title_kind`` moves a one-word
title's to the kind its skills name, and the nearest go down to the best cosine of a
title of neither: the skills and duties choose among the holders. A walk of 1,220 typed
people moved five, four to their own work (the fifth, "elearning dev" with Articulate,
from training specialists to instructional coordinators, who hold instructional design).
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_charge import RANKS, runs_others
from career_resilience.model.title_index import HEADS_KEPT, qualified_titles, title_head
from career_resilience.model.title_kind_tables import EXACT, kind_tables, skill_votes
from career_resilience.model.title_specialty import Heard, heard_them

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: Titles within this cosine of the best are the ones the title channel rates nearest
#: (the listers of the last word tie; a longer listed title holding it is a hair below).
NEAR = 0.05
#: A best title cosine below this reads no title O*NET lists: the title's words are
#: read by the catalogue alone.
WEAK = 0.5


def read_own_skill(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    skills: str,
    duties: str,
    heard: Heard | None = None,
) -> bool:
    """Move the title's cosine, in the channel features ``f`` (occupations, F) of one
    profile, to the holders of the skill the catalogue reads the unlisted title as, when
    that skill is core to none of the nearest titles' occupations; whether it did."""
    if not skills:
        return False
    read = title_texts(tables, role)[-1]
    if len(read.split()) < 2:
        return False
    best = float(f[:, _MAX].max())
    if best >= EXACT or best <= 0.0:
        return False
    nearest = np.flatnonzero(f[:, _MAX] >= best - NEAR)
    if best >= WEAK and not _named_by_last_words(tables, read, nearest):
        return False
    # From here the skills and duties are read (the title's sense among them).
    heard_them(heard)
    kinds = kind_tables(tables.codes)
    matcher = kinds.catalogue[0]
    context = matcher.context(role, skills, duties)
    own = matcher.resolve(title_head(role).casefold(), context)
    if own is None or own == matcher.resolve(read.split()[-1], context):
        return False
    holders = _of_the_title_rank(tables.codes, kinds.core.get(own.id), read)
    if holders is None or not len(holders):
        return False
    of_skill = np.zeros(len(f), dtype=bool)
    of_skill[holders] = True
    if of_skill[nearest].any():
        return False
    typed = split_skills_text(skills)
    if not any(matcher.resolve(text, context) == own for text in typed):
        return False
    votes, _, _ = skill_votes(kinds, role, typed, skills, duties)
    if votes is None or votes[holders].max() < max(1, int(votes[nearest].max())):
        return False
    rest = np.flatnonzero(~of_skill)
    rest = rest[f[rest, _MAX] < best - NEAR]
    floor = f[rest[np.argmax(f[rest, _MAX])], [_MAX, _OFFICIAL]] if len(rest) else np.zeros(2)
    f[holders, _MAX] = np.maximum(f[holders, _MAX], best)
    f[holders, _OFFICIAL] = np.maximum(f[holders, _OFFICIAL], f[nearest, _OFFICIAL].max())
    f[nearest, _MAX] = np.minimum(f[nearest, _MAX], floor[0])
    f[nearest, _OFFICIAL] = np.minimum(f[nearest, _OFFICIAL], floor[1])
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


def _named_by_last_words(tables: MatchTables, read: str, nearest: np.ndarray) -> bool:
    """Whether every occupation the title channel rates nearest lists the title's last
    word, or its last two words, as a title, and the words before that are words of no
    listed title ending so: O*NET's titles do not read them ("foley" in no "... Artist";
    "driving" is read, "Driving Instructor" is listed)."""
    words = read.split()
    for n in (2, 1):
        if n >= len(words):
            continue
        tail = " ".join(words[-n:])
        listers = title_channel(tables, [tail])[0][0] >= EXACT
        if not listers.any() or not listers[nearest].all():
            continue
        return not _said_before(words[-1], tuple(words[-n:-1])) & set(words[:-n])
    return False


@functools.lru_cache(maxsize=HEADS_KEPT)
def _said_before(last: str, before: tuple[str, ...]) -> frozenset[str]:
    """The words in front of ``before`` + ``last`` in the listed titles ending so: the
    words O*NET's titles read there. Remembered: a profile's title is read again for each
    variant of its items (``driver_variants.TitleReads``), and a word like "technician"
    ends hundreds of listed titles (their scan was 1.8% of a batch row)."""
    fronts = [
        front.split()
        for front in qualified_titles(last)
        if front.split()[len(front.split()) - len(before) :] == list(before)
    ]
    return frozenset(w for front in fronts for w in front[: len(front) - len(before)])


def _of_the_title_rank(
    codes: tuple[str, ...], holders: np.ndarray | None, read: str
) -> np.ndarray | None:
    """The skill's holders that hold the title's rank: without a word of charge in the
    title (:data:`RANKS`), no supervisors' or managers' occupation. A skill names work,
    not who runs it: Laundry is a core skill of housekeeping supervisors alone (their
    "Laundry Supervisor"), and "Hospital laundry worker" with "laundry" had gone to them
    (93%, laundry workers before)."""
    if holders is None or RANKS & set(read.split()):
        return holders
    return np.array([k for k in holders.tolist() if not runs_others(codes[k])], dtype=np.int64)
