"""A specialty O*NET details under an occupation wins a tied title only when named.

O*NET details some occupations into specialties with codes of their own (11-3051.04
Biomass Power Plant Managers under 11-3051.00 Industrial Production Managers), and
lists under a specialty the everyday titles of managing any plant too: biomass power
plant managers list "Plant Manager", "Operations Manager" and "Operations Supervisor",
as general and operations managers or industrial production managers do. BLS counts no
holders of a specialty apart from its parent. Tied on such a shared title, the
specialty took its share and more (its official title holds the typed words): "Team
lead" (read "team supervisor") placed people as biomass power plant managers first
(8%, tied with general and operations managers), "Plant manager" 36%, "Operations
manager" wind energy operations managers, "Department manager" spa managers.

So where the occupations nearest a title tie (the same listed title, exactly or not), a
specialty nothing typed names goes behind the others: its title cosine falls below the
tie, to the best one outside it and no higher than its own official title's, and its
official title's cosine to the best of the others' (with skills or duties and a title
listed exactly, the skills read which holder the person is: the title cosine falls only
where they read the specialty less than the others tied, or read none of them). A
specialty is named by a word typed beside the title that its official title holds and
its parent's lacks ("biomass", "psychiatry" for advanced practice psychiatric nurses; a
word with the same first five letters counts), by a word of the title that no other
official title holds ("border" of "Border patrol agent"), or by a title holding all such
words ("Biologist"). A qualifier read from the skills that is the parent's own word names no
specialty either ("production" of "Production Plant Manager", listed under biofuels
production managers alone, had read them at 95%). A title listed under a specialty alone
("Scrum Master", information technology project managers) is no tie, and stands."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy as np

from career_resilience.model.title_employment import named_by, specialties
from career_resilience.skills.titles import normalise_listed_title, normalise_title
from career_resilience.skills.word_forms import singular

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: Letters a typed word shares with a specialty's naming word to name it.
STEM = 5
#: Title cosines this close are one tie (float32 rounding of the same title's cosine).
TIED = 1e-6
#: Where an official title stops naming its holders.
_EXCEPT = re.compile(r",?\s*except\b.*$", re.IGNORECASE)
#: What the title rules heard of the skills and duty lines (``title_context``'s
#: ``read_in_context``): one check per rule whose outcome hung on what they say, telling
#: whether that rule reads a variant's skills and duties text (some items left out) alike.
Heard = list[Callable[[str, str], bool]]


def heard_them(heard: Heard | None) -> None:
    """Note in ``heard`` that a rule's outcome hung on what the skills and duties say in
    a way only reading a variant again can tell (its skills' votes, say)."""
    if heard is not None:
        heard.append(_never_alike)


def _never_alike(skills: str, duties: str) -> bool:
    """No variant is known to be read alike without reading it."""
    return False


@functools.lru_cache(maxsize=4)
def specialty_names(codes: tuple[str, ...]) -> dict[int, frozenset[str]]:
    """Per specialty of ``codes`` (its column), the words of its official title that
    its parent's official title lacks, singular ("biomass", "power", "plant")."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    parent = specialties(codes)[0]
    out: dict[int, frozenset[str]] = {}
    for k in np.flatnonzero(parent >= 0).tolist():
        own, theirs = table.get(codes[k]), table.get(codes[int(parent[k])])
        if own is None or theirs is None:
            continue
        held = {singular(w) for w in normalise_listed_title(theirs.title).split()}
        words = normalise_listed_title(_EXCEPT.sub("", own.title)).split()
        out[k] = frozenset(singular(w) for w in words) - held
    return out


@functools.lru_cache(maxsize=4)
def parent_words(codes: tuple[str, ...]) -> dict[int, tuple[int, frozenset[str]]]:
    """Per specialty of ``codes`` (its column), its parent's column and the words of the
    parent's official title, singular."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    parent = specialties(codes)[0]
    return {
        k: (int(parent[k]), words_of_listed(table[codes[int(parent[k])]].title))
        for k in np.flatnonzero(parent >= 0).tolist()
        if codes[int(parent[k])] in table
    }


@functools.lru_cache(maxsize=4096)
def words_of_listed(title: str) -> frozenset[str]:
    """The words of a title O*NET lists, as the title index reads them, singular
    (remembered: the pivots read their person's occupations' official titles each score)."""
    return frozenset(singular(w) for w in normalise_listed_title(title).split())


def parents_work(
    codes: tuple[str, ...], listers: np.ndarray, rows: np.ndarray, qualifier: frozenset[str]
) -> np.ndarray:
    """Among occupation columns ``listers``, the specialties whose parent is among
    ``rows`` and whose parent's official title holds every word of ``qualifier``: the
    qualifier says the parent's work, not the specialty's ("production" of "Production
    Plant Manager", listed under biofuels production managers alone, is industrial
    production managers' own word). A mask of ``listers``."""
    of = parent_words(codes)
    among = set(rows.tolist())
    return np.fromiter(
        (
            o in of and of[o][0] in among and bool(qualifier) and qualifier <= of[o][1]
            for o in listers.tolist()
        ),
        bool,
        len(listers),
    )


def words_of(*texts: str) -> frozenset[str]:
    """The words of typed texts as titles are read (normalised, singular)."""
    return frozenset().union(*(_words(t) for t in texts if t))


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """:func:`words_of` one text (kept: the drivers read a profile's texts again)."""
    return frozenset(singular(w) for w in normalise_title(text).split())


def unnamed_in(
    codes: tuple[str, ...], rows: np.ndarray, words: frozenset[str], title: frozenset[str]
) -> np.ndarray:
    """Among occupation columns ``rows``, the specialties neither ``words`` name nor
    ``title`` holds every own word of ("Biologist": "Biologists"), when something else
    among ``rows`` is no such specialty (a mask of ``rows``)."""
    index = _naming_index(codes)
    named = index.named_by(words)
    at, names = index.position, index.names
    out = np.fromiter(
        (
            (k is not None and not named[k] and not names[k] <= title)
            for k in map(at.get, rows.tolist())
        ),
        bool,
        len(rows),
    )
    return out if not out.all() else np.zeros(len(rows), dtype=bool)


def behind_in_ties(
    codes: tuple[str, ...],
    f: np.ndarray,
    title: str,
    texts: tuple[str, ...],
    alone: bool,
    evidence: np.ndarray | None = None,
    heard: Heard | None = None,
) -> None:
    """The specialties tied on the best title cosine that nothing else typed names go
    behind the others tied (title features ``f`` (occupations, >= 3) of one profile,
    changed in place): their title cosine falls below the tie, to the best outside it
    and no higher than their own official title's (the shared title was their only
    claim), and their official title's cosine to the best of the others'.

    Named: a word of the ``texts`` typed beside the title read (``title``) is one of
    the specialty's own ("Nurse" with "psychiatry"). A title typed ``alone`` goes behind
    in any tie; with skills or duties, in a tie below a listed title, where the title
    is no more than near some listed ones; in an exact tie the skills and duties read
    which holder the person is ("Data analyst" with Tableau is a business intelligence
    analyst, "Nurse" with "ICU; ventilators" a critical care nurse: ``title_context``),
    so there a specialty goes behind only where they read it less than the others tied,
    or read none of the tied at all (``evidence``: the skills' and duties' part of each
    occupation's logit; None: only the official title's cosine falls). "Operations
    supervisor" with scheduling, KPIs and staff had biomass power plant managers 27%
    beside general and operations managers 46%, the skills reading both alike; "Team
    lead" with coaching, scheduling and reporting tied them on "Operations Supervisor"
    (read "team supervisor" at 0.502), and behind meant 0.4995, the next title outside
    the tie.

    ``heard`` (``texts`` being the title, skills and duties then) gets a check of which
    specialties tied a variant's words name, when one is tied and words are typed beside
    the title.
    """
    best = f[:, _MAX]
    top = float(best.max())
    if top <= 0.0:
        return
    ties = np.flatnonzero(best >= top - TIED)
    if len(ties) < 2:
        return
    spec = specialty_names(codes)
    if not any(o in spec for o in ties.tolist()):
        return  # most ties: no specialty among them
    read = words_of(title)
    only = _only_official(codes, read)
    unnamed = unnamed_in(codes, ties, (words_of(*texts) - read) | only, read)
    if heard is not None and any(texts[1:]):
        # The rest is read from the tie and which of it is unnamed: a variant naming
        # the same specialties of the tie is read alike.
        def alike(skills: str, duties: str) -> bool:
            words = (words_of(texts[0], skills, duties) - read) | only
            return bool(np.array_equal(unnamed_in(codes, ties, words, read), unnamed))

        heard.append(alike)
    if not unnamed.any():
        return
    outside = np.ones(len(best), dtype=bool)
    outside[ties] = False
    floor = float(best[outside].max()) if outside.any() else 0.0
    behind, ahead = ties[unnamed], ties[~unnamed]
    own = f[behind, _OFFICIAL].copy()
    f[behind, _OFFICIAL] = np.minimum(f[behind, _OFFICIAL], f[ahead, _OFFICIAL].max())
    if not (alone or top < EXACT):
        if evidence is None:
            return
        # Skills and duties that read none of the tied occupations say nothing of
        # which holder the person is: then, as for a title typed alone, the specialty
        # goes behind ("Operations manager" with KPIs, budgeting and team leadership had
        # biomass power plant managers 18% beside general and operations managers 73%).
        if evidence[ties].max() > 0.0:
            less = evidence[behind] < evidence[ahead].max()
            behind, own = behind[less], own[less]
    # Below a title listed exactly, the shared title was its only claim: no higher than
    # its own official title's cosine; a tie on a listed title keeps the next title.
    fallen = np.minimum(floor, own) if top < EXACT else np.full(len(behind), floor, np.float32)
    f[behind, _MAX] = fallen
    f[behind, _MAX_SQ] = fallen * fallen


def _only_official(codes: tuple[str, ...], words: frozenset[str]) -> frozenset[str]:
    """The words of a typed title that one official title alone holds: such a word
    names that occupation as a word typed beside the title would ("Border patrol
    agent": O*NET lists the title under police and sheriff's patrol officers and their
    specialty customs and border protection officers, whose official title alone holds
    "border"; the specialty had gone behind, police 100%)."""
    named = named_by(codes)
    return frozenset(w for w in words if len(named.get(w, ())) == 1)


def official_unnamed(codes: tuple[str, ...], text: str, official: np.ndarray) -> None:
    """Each specialty whose own words the title text does not hold reads the text's
    official-title cosine no nearer than its parent's (``official``, changed in place):
    "Spa Managers" is a short official title, and "department manager" was as near it
    as to any manager's (spa managers 14%, second after retail supervisors)."""
    index = _naming_index(codes)
    named = index.named_by(words_of(text))
    if named.all():
        return
    rows, parents = index.columns[~named], index.parents[~named]
    official[rows] = np.minimum(official[rows], official[parents])


class _NamingIndex:
    """The specialties' own words looked up by word and by stem, so a title text finds
    the specialties it names from its few words instead of testing each of the hundred
    or so specialties against each word (that test was a third of a fresh score's
    title channel). A specialty is named by a typed word that is one of its own words,
    or that shares its first :data:`STEM` letters with one (both at least that long); a
    specialty whose words the text holds all is named by one of them already."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        spec = specialty_names(codes)
        # A specialty with no words of its own is never told from its parent (named).
        own = [(k, names) for k, names in spec.items() if names]
        self.columns = np.array([k for k, _ in own], dtype=np.intp)
        self.position = {k: i for i, (k, _) in enumerate(own)}
        self.names = [names for _, names in own]
        self.parents = specialties(codes)[0][self.columns].astype(np.intp)
        self.by_word: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}
        for i, (_, names) in enumerate(own):
            for n in names:
                self.by_word.setdefault(n, []).append(i)
                if len(n) >= STEM:  # a shorter name never shares a typed word's stem
                    self.by_stem.setdefault(n[:STEM], []).append(i)

    def named_by(self, words: frozenset[str]) -> np.ndarray:
        """Which specialties (a mask over :attr:`columns`) ``words`` name."""
        hit: set[int] = set()
        for w in words:
            hit.update(self.by_word.get(w, ()))
            if len(w) >= STEM:
                hit.update(self.by_stem.get(w[:STEM], ()))
        named = np.zeros(len(self.columns), dtype=bool)
        if hit:
            named[list(hit)] = True
        return named


@functools.lru_cache(maxsize=4)
def _naming_index(codes: tuple[str, ...]) -> _NamingIndex:
    """The :class:`_NamingIndex` of ``codes``, built once."""
    return _NamingIndex(codes)
