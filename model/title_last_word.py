"""A title O*NET lists as typed is not another occupation's for that one's official name.

"Agricultural equipment mechanic" is listed under farm equipment mechanics, as typed
(cosine 1.0); the official title "Agricultural Equipment Operators" shares its front
words (official-title cosine 0.83, the mechanics' own official title 0.32), and with the
operators' hydraulics and diesel in their tool list it took the mechanic (64%). The
official name says who does the work in its last word, and an operator is no mechanic:
the name of other work near by its front words is no evidence against O*NET's listing.

So where some occupation lists the typed title exactly, the official-title cosine of an
occupation that does not, whose official title does not hold the typed title's last
word (singular), is no higher than the best official-title cosine of those listing it,
when it is of another SOC minor group than every one of them (another family of work:
agricultural workers, 45-20, against installation and repair workers, 49-30). Within
one family the names divide one work and stay evidence: "Care worker" is listed under
home health aides, and personal care aides' name stays near it.
The title, skills and duties are read as before; only the other name's pull goes.
It reads O*NET's own listings, before any rule reads the title as listed elsewhere: "Sr.
barista / shift lead", read as a "barista supervisor" that food preparation supervisors
list, stays a barista by the baristas' own name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.model.title_charge import RANKS
from career_resilience.model.title_supervisor import NO_WORK
from career_resilience.skills.titles import normalise_listed_title
from career_resilience.skills.word_forms import singular

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL = 0, 1
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: How much of a SOC code names its minor group ("31-11", healthcare support's home
#: health and personal care aides; "45-20", agricultural workers).
MINOR = 5
#: Words in front of a job that say its rank or grade, not its kind (so do words with
#: digits): a "2nd asst engineer" is no other kind of engineer than a ship's.
_RANK_WORDS = RANKS | NO_WORK | frozenset(
    {"first", "second", "third", "fourth", "junior", "journeyman", "apprentice", "trainee",
     "staff", "associate", "deputy", "principal", "master", "relief", "temporary"}
)  # fmt: skip
#: Letters two words share when one is the other's form ("biology", "biological").
_STEM = 6
#: Words of an official title that name no kind of work ("Plant and System Operators").
_LINKS = frozenset({"and", "or", "of", "the", "all", "other", "except"})


def others_named_behind(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """Cap the official-title cosine of occupations not listing the typed title, whose
    official title lacks its last word, at the listers' best (module docstring); ``f``
    (occupations, features) of one profile, changed in place."""
    exact = f[:, _MAX] >= EXACT
    if not exact.any() or exact.all():
        return
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2:
        return
    head = singular(words[-1])
    _cap_behind(tables, f, exact, lambda code: head not in official_words(code))


def other_kinds_behind(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """Cap the official-title cosine of occupations whose official title names another
    kind of the typed job, at that of the occupations nearest by a listed title; ``f``
    (occupations, features) of one profile, changed in place.

    "Bottling plant operator" is listed nowhere; its nearest listed title is packaging
    and filling machine operators' "Bottling Machine Operator" (0.70), and "Gas Plant
    Operators" (official-title cosine 0.39 against 0.04) took it (28% against 27%) by
    the words the two share, "plant operator", though the name says gas where the
    person said bottling. Only an unlisted title of two words or more; only occupations
    not nearest by a listed title, of another SOC minor group than all of those,
    whose official title is one phrase ending with the typed title's last words, with
    words of its own in front where the typed title has others."""
    best = f[:, _MAX]
    top = float(best.max())
    if top >= EXACT or top <= 0.0:
        return
    texts = title_texts(tables, role)
    words = [singular(w) for w in texts[-1].split()]
    # The qualifier's words are typed too ("Research lab technician (biology)").
    typed = frozenset(singular(w) for text in texts for w in text.split())
    if len(words) < 2:
        return
    _cap_behind(tables, f, best >= top, lambda code: _another_kind(code, words, typed))


def _cap_behind(
    tables: MatchTables, f: np.ndarray, anchors: np.ndarray, pulls: Callable[[str], bool]
) -> None:
    """Cap, at the ``anchors``' best official-title cosine, that of the occupations above
    it, of another SOC minor group than every anchor, whose code ``pulls`` wrongly (the
    one step both rules share); ``f`` changed in place."""
    cap = float(f[anchors, _OFFICIAL].max())
    above = np.flatnonzero(~anchors & (f[:, _OFFICIAL] > cap))
    if not len(above):
        return
    codes = tables.codes
    families = {codes[o][:MINOR] for o in np.flatnonzero(anchors).tolist()}
    # The group test first: it is the cheap one (``pulls`` may read official titles).
    capped = [o for o in above.tolist() if codes[o][:MINOR] not in families and pulls(codes[o])]
    f[capped, _OFFICIAL] = cap


def _another_kind(code: str, words: list[str], typed: frozenset[str]) -> bool:
    """Whether an occupation's official title is one phrase (no "and", no comma) ending
    with the typed title's last words, with words of its own in front where the typed
    title has others, none of them a typed word or its stem: "Gas Plant Operators"
    against "bottling plant operator", not "Biological Technicians" against "research
    lab technician (biology)"."""
    named = _official_phrase(code)
    if not named:
        return False
    tail = 0
    while tail < min(len(words), len(named)) and words[-1 - tail] == named[-1 - tail]:
        tail += 1
    own, front = named[: len(named) - tail], words[: len(words) - tail]
    kind = {w for w in front if w.isalpha() and w not in _RANK_WORDS}
    stems = {w[:_STEM] for w in typed}
    return bool(tail and own and kind) and not any(w[:_STEM] in stems for w in own)


@functools.lru_cache(maxsize=2048)
def _official_phrase(code: str) -> tuple[str, ...]:
    """The words of an occupation's official title, singular, when it names one kind
    of work (no list: "Gas Plant Operators", not "Producers and Directors"); else
    empty."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    if found is None or "," in found.title:
        return ()
    words = tuple(singular(w) for w in normalise_listed_title(found.title).split())
    return () if _LINKS & set(words) else words


@functools.lru_cache(maxsize=2048)
def official_words(code: str) -> frozenset[str]:
    """The words of an occupation's official title, normalised as listed titles are,
    singular."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    if found is None:
        return frozenset()
    return frozenset(singular(w) for w in normalise_listed_title(found.title).split())
