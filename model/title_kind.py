"""A bare job word ("Engineer") read as the kind of work the skills name.

"Staff engineer" with "Java; Kubernetes" is a software engineer; with "AutoCAD; HVAC" a
mechanical one. Normalised, both titles are the one word "engineer", which O*NET lists
alone under some thirty kinds of physical engineering and not under software work at all
(software developers list "Software Engineer"). The title channel then rated those thirty
a perfect match, and the skills could not take it back: O*NET's technology lists name
Java under every engineering occupation and Kubernetes under none.

The catalogue knows what each skill is for: its categories, which frame O*NET's
occupations (``skills/data/occupation_categories.yaml``; an AI-era category by its anchor
occupations), and the occupations holding it as a core skill (``pivot_core_skills``).
So, for a title of one word with skills, each catalogue skill votes for those
occupations; among the occupations that list a title ending with the word ("Software
Engineer", or "Engineer" itself), those with the most votes are the kind the profile
names, if most of the typed skills name it. Then:

- an occupation the title matches exactly but of another kind drops to the best cosine
  of a title not matched exactly (as the employment discount stops there, see
  ``title_context``): the title no longer speaks for it, the skills may;
- those of the kind are read as listing the word itself, so "engineer" matches software
  developers as "Software Engineer" would, and take the best official-title cosine the
  word had among the others ("Mechanical Engineers"); unless the profile's words already read the
  title as a listed title of that kind ("Driver" with duties on the school bus route is
  a school bus driver, not any driver).

Nothing changes when the skills name no catalogue skill, when every holder of the word
is of the kind they name ("Teacher" with lesson planning), or when none is.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_employment import specialties
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import Skill
from career_resilience.skills.titles import listed_forms, normalise_title

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (``title_context.EXACT``).
EXACT = 0.999
#: Per last word of O*NET's listed titles, the occupations listing such a title, built by
#: ``tools/build_title_qualifiers.py``.
HEADS_FILE = Path(__file__).with_name("title_heads.csv")


def read_kind(
    tables: MatchTables, f: np.ndarray, role: str, skills: str, duties: str, qualified: bool
) -> bool:
    """Read a one-word title as the kind of work the skills name, in the channel
    features ``f`` (occupations, F) of one profile, changed in place; whether it did.

    ``qualified``: the profile's words already read the title as a listed title ("school
    bus driver"); it is kept when of the kind, and only the other kinds drop; when of
    another kind, it stands and nothing is read here ("Teacher" with "cosmetology" is a
    "Cosmetology Teacher", though cosmetology votes for personal care work).
    """
    if not skills:
        return False
    head = title_texts(tables, role)[-1]
    if not head or " " in head:
        return False
    kinds = _kinds(tables.codes)
    found = kinds.holders(head)
    # A word O*NET lists alone under exactly one occupation ("Teller") names that work,
    # whatever the skills' kinds say (a teller's cash handling is a cashier's skill too);
    # a word listed alone under many ("Engineer") or none ("Developer") leaves the kind
    # to the skills.
    if found is None or found[0] == 1 or not len(found[1]):
        return False
    if found[0] == 0 and kinds.plural_alone_once(head):
        # "Paramedic": O*NET lists only the plural official title "Paramedics" alone, and
        # "Ski Patrol Paramedic" under lifeguards; read by its skills, one "ACLS" (CPR,
        # which frames lifeguards) sent a paramedic to lifeguards at 100%.
        return False
    if _one_work(tables, head):
        return False
    holders = found[1]
    votes, cores, readings = _votes(kinds, role, split_skills_text(skills), skills, duties)
    if votes is None or cores is None:
        return False
    held = votes[holders]
    most = int(held.max())
    kind = holders[held == most]
    # Most of what the skills name must name the kind: one skill read from a part of its
    # words ("circuit design" as graphic design) does not outvote the title.
    if 2 * most <= readings or len(kind) == len(holders):
        return False
    if 2 * len(kind) > len(holders):
        kind = _nearest_kind(tables, kinds, kind, cores, skills)
    elif len(kind) > 1 and cores[kind].max() > 0:
        # Among those the skills' categories name alike, the ones holding the skills as
        # core skills are the kind ("Manager" with restaurant skills: food service
        # managers, not managers, all other, whom middle management frames as well).
        kind = kind[cores[kind] == cores[kind].max()]
    exact = f[:, _MAX] >= EXACT
    of_kind = np.zeros(len(f), dtype=bool)
    of_kind[kind] = True
    if qualified and not (exact & of_kind).any():
        # The words typed name a listed title; the kind is only what the skills vote
        # for (cosmetology voted childcare workers, 46%, over cosmetology teachers).
        return False
    holding = np.zeros(len(f), dtype=bool)
    holding[holders] = True
    # The best title of an occupation that neither lists the word nor matches exactly:
    # its cosines, with and without the official title, are what the word still says
    # for another kind.
    near = np.flatnonzero(~exact & ~holding)
    ref = int(near[np.argmax(f[near, _MAX])]) if len(near) else None
    floor = f[ref, [_MAX, _OFFICIAL]].copy() if ref is not None else np.zeros(2, np.float32)
    other = np.flatnonzero((exact | holding) & ~of_kind)
    if not qualified:
        f[kind, _MAX] = 1.0
        # The word's official-title evidence moves with it: "engineer" is as near
        # "Software Developers" read as software engineering as it was to "Mechanical
        # Engineers" (Engineer with Python; Django: software developers 10% -> 60%).
        if len(other):
            f[kind, _OFFICIAL] = np.maximum(f[kind, _OFFICIAL], f[other, _OFFICIAL].max())
    f[other, _MAX] = np.minimum(f[other, _MAX], floor[0])
    f[other, _OFFICIAL] = np.minimum(f[other, _OFFICIAL], floor[1])
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


def _nearest_kind(
    tables: MatchTables, kinds: _Kinds, kind: np.ndarray, cores: np.ndarray, skills: str
) -> np.ndarray:
    """Among the kind of work the skills name, when it holds most of the title word's
    holders (the word says little: "Doctor"), those the skills name most nearly.

    Those holding the skills as core skills first: "Doctor" with "pediatrics" is a
    pediatrician, not any of the 32 health occupations listing a "... Doctor" title that
    paediatrics' category frames (pharmacists, 17%, came first on their employment).
    Then those a skill names by its practitioner's title (``_Kinds.practitioners``):
    "Doctor" with "surgery" is a surgeon; dentists hold surgery as a core skill too
    (O*NET lists "Doctor of Dental Surgery") and came first on their employment (41%).
    """
    cored = cores[kind]
    if cored.max() > 0:
        kind = kind[cored == cored.max()]
    named = kinds.practitioners(tables, skills)[kind]
    if 0 < int(named.sum()) < len(kind):
        kind = kind[named]
    return kind


def _one_work(tables: MatchTables, head: str) -> bool:
    """Whether every occupation listing the word alone is one SOC code's parent or its
    specialties ("Economist": Economists and Environmental Economists; "Nurse":
    registered nurses and their four specialties): one occupation as BLS counts it, so
    the word names that work as a word listed under one occupation does. Reading it as
    the kind the skills name had sent "Economist" with "Stata; forecasting" to data
    scientists (99%), who list "Data Economist", not "Economist"."""
    return one_occupation(tables, np.flatnonzero(title_channel(tables, [head])[0][0] >= EXACT))


def one_occupation(tables: MatchTables, rows: np.ndarray) -> bool:
    """Whether ``rows`` (occupation indices, some) are one occupation as BLS counts it:
    one SOC code's parent and its specialties."""
    if len(rows) <= 1:
        return bool(len(rows))
    if len({tables.codes[o][:7] for o in rows.tolist()}) > 1:
        return False  # two SOC codes (a parent and its specialties share the first 7)
    parent = specialties(tables.codes)[0]
    return len({int(parent[o]) if parent[o] >= 0 else int(o) for o in rows}) == 1


def _votes(
    kinds: _Kinds, role: str, typed: list[str], skills: str, duties: str
) -> tuple[np.ndarray | None, np.ndarray | None, int]:
    """Per occupation, how many of the skills the ``typed`` texts name name it
    (:meth:`_Kinds.named_by`) and how many of them it holds as core skills, both None
    when no text is a catalogue skill; and how many different things were typed (each
    catalogue skill once, each other text once).

    One skill, one vote: "food safety; HACCP" are one catalogue skill typed twice, and
    say no more about the kind of work than "food safety" alone.
    """
    matcher = kinds.catalogue[0]
    context = matcher.context(role, skills, duties)
    found: set[str] = set()
    unknown: set[str] = set()
    for text in typed:
        skill = matcher.resolve(text, context)
        if skill is None:
            unknown.add(text.strip().casefold())
        else:
            found.add(skill.id)
    if not found:
        return None, None, len(unknown)
    votes = np.zeros(len(kinds.codes), dtype=np.int32)
    cores = np.zeros(len(kinds.codes), dtype=np.int32)
    for skill_id in sorted(found):
        votes += kinds.named_by(skill_id)
        core = kinds.core.get(skill_id)
        if core is not None:
            cores[core] += 1
    return votes, cores, len(found) + len(unknown)


class _Kinds:
    """The catalogue's and the titles' tables over one list of occupation codes, each
    built on first use (a title-only score never builds them)."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        self.codes = codes
        self.column = {code: k for k, code in enumerate(codes)}
        self._named: dict[str, np.ndarray] = {}
        self._holders: dict[str, tuple[int, np.ndarray]] = {}
        self._practised: dict[str, np.ndarray] = {}

    def named_by(self, skill_id: str) -> np.ndarray:
        """The occupations a catalogue skill names: those its categories frame and those
        holding it as a core skill (a boolean row over the codes)."""
        mask = self._named.get(skill_id)
        if mask is None:
            _, members, skills = self.catalogue
            mask = np.zeros(len(self.codes), dtype=bool)
            for category in skills[skill_id].categories:
                rows = members.get(category)
                if rows is not None:
                    mask[rows] = True
            rows = self.core.get(skill_id)
            if rows is not None:
                mask[rows] = True
            self._named[skill_id] = mask
        return mask

    @functools.cached_property
    def catalogue(self) -> tuple[SkillMatcher, dict[str, np.ndarray], Mapping[str, Skill]]:
        """The shipped catalogue's matcher, per category the occupations it frames (with
        the anchors of an AI-era category), and the skills by id."""
        from career_resilience.skills.loader import matcher_for, shipped_knowledge_base
        from career_resilience.skills.occupation_frame import shipped_frame

        frame, column = shipped_frame(), self.column
        found: dict[str, set[int]] = {}
        for code, category in frame.category_of.items():
            if code in column:
                found.setdefault(category, set()).add(column[code])
        for category, anchors in frame.anchors.items():
            found.setdefault(category, set()).update(column[c] for c in anchors if c in column)
        members = {c: np.array(sorted(rows), dtype=np.int64) for c, rows in found.items()}
        kb = shipped_knowledge_base()
        return matcher_for(kb), members, kb.skills

    @functools.cached_property
    def core(self) -> dict[str, np.ndarray]:
        """Per catalogue skill, the occupations holding it as a core skill
        (``pivot_core_skills``): a skill's categories miss some of the occupations whose
        titles name it (crane operation is transport and trades work; O*NET frames crane
        operators with material moving)."""
        from career_resilience.model.pivot_core_skills import shipped_core_skills

        found: dict[str, list[int]] = {}
        for code, ids in shipped_core_skills().items():
            if code in self.column:
                for sid in ids:
                    found.setdefault(sid, []).append(self.column[code])
        return {sid: np.array(sorted(rows), dtype=np.int64) for sid, rows in found.items()}

    def practitioners(self, tables: MatchTables, skills: str) -> np.ndarray:
        """The occupations a typed skill names by its practitioner's title, as a boolean
        row over the codes: a word that is a field ("surgery") read as the one-word title
        of its practitioner (``practitioner_of``: "Surgeon", listed alone under three
        kinds of surgeon), and the skill's whole phrase so read when O*NET lists it
        ("orthopedic surgery": "Orthopedic Surgeon", one kind; "oral surgery": "Oral
        Surgeon", a kind no "Doctor" is listed under, so nothing)."""
        out = np.zeros(len(self.codes), dtype=bool)
        for item in split_skills_text(skills):
            words = normalise_title(item).split()
            key = " ".join(words)
            rows = self._practised.get(key)
            if rows is None:
                if len(self._practised) >= PRACTISED_KEPT:
                    self._practised.clear()  # a workforce's skills repeat; bound the rest
                rows = self._practised[key] = self._named_by_practitioner(tables, words)
            out |= rows
        return out

    def _named_by_practitioner(self, tables: MatchTables, words: list[str]) -> np.ndarray:
        """``practitioners`` of one typed skill's normalised words: the listed title the
        whole phrase reads as, if any; else those every word read as a practitioner
        names ("veterinary surgery" is neither any veterinarian nor any surgeon)."""
        named = []
        for k, word in enumerate(words):
            rows = np.zeros(len(self.codes), dtype=bool)
            for title in practitioner_of(word, self._alone_heads):
                if len(words) > 1:
                    phrase = " ".join([*words[:k], title, *words[k + 1 :]])
                    whole = title_channel(tables, [phrase])[0][0] >= EXACT
                    if whole.any():
                        return whole
                rows |= title_channel(tables, [title])[0][0] >= EXACT
            if rows.any():
                named.append(rows)
        if not named:
            return np.zeros(len(self.codes), dtype=bool)
        return np.logical_and.reduce(named)

    @functools.cached_property
    def _alone_heads(self) -> tuple[str, ...]:
        """The words O*NET lists alone as a title, sorted."""
        lines = self._head_lines
        return tuple(sorted(h for h, line in lines.items() if not line.startswith("0,")))

    def holders(self, head: str) -> tuple[int, np.ndarray] | None:
        """How many occupations list ``head`` alone, and the occupations listing a title
        it ends (``HEADS_FILE``); None for a word no listed title ends with."""
        found = self._holders.get(head)
        if found is None:
            line = self._head_lines.get(head)
            if line is None:
                return None
            alone, _, listed = line.partition(",")
            rows = sorted(self.column[c] for c in listed.split() if c in self.column)
            found = self._holders[head] = (int(alone), np.array(rows, dtype=np.int64))
        return found

    def plural_alone_once(self, head: str) -> bool:
        """Whether ``head`` with a plural ending ("-s", "-es") is listed alone under
        exactly one occupation: the singular of an official title names that work."""
        return any(
            (found := self.holders(head + ending)) is not None and found[0] == 1
            for ending in ("s", "es")
        )

    @functools.cached_property
    def _head_lines(self) -> dict[str, str]:
        """Each head word's line of ``HEADS_FILE`` after the word, as text: a head's codes
        are read when a title first ends with it (all 3,344 at once took 17 ms)."""
        lines = HEADS_FILE.read_text(encoding="utf-8").splitlines()
        return dict(line.split(",", 1) for line in lines)


#: Typed skills whose practitioners are remembered (a row of booleans each).
PRACTISED_KEPT = 4096
#: A field word and its practitioner's share at least this many first letters ...
STEM_LETTERS = 5
#: ... and differ at most in the field word's last letters: "surgery" surgeon,
#: "dentistry" dentist, "anesthesia" anesthesiologist, "pharmacy" pharmacist.
FIELD_ENDING = 3


def practitioner_of(word: str, heads: tuple[str, ...]) -> tuple[str, ...]:
    """The one-word listed titles (``heads``, sorted) that name the practitioner of the
    field ``word``: sharing all of its letters but its last ``FIELD_ENDING`` and at
    least ``STEM_LETTERS``; none for a shorter word."""
    if len(word) < STEM_LETTERS:
        return ()
    stem = word[: max(STEM_LETTERS, len(word) - FIELD_ENDING)]
    at = bisect.bisect_left(heads, stem)
    out = []
    while at < len(heads) and heads[at].startswith(stem):
        out.append(heads[at])
        at += 1
    return tuple(out)


#: The tables of the code lists in use (the shipped matcher's, a test's).
_KEPT: list[_Kinds] = []


def _kinds(codes: tuple[str, ...]) -> _Kinds:
    """The tables of ``codes``, found by identity first: hashing a tuple of 950 codes
    on every score cost more than the rest of an early exit."""
    for kept in _KEPT:
        if kept.codes is codes:
            return kept
    found = next((kept for kept in _KEPT if kept.codes == codes), None) or _Kinds(codes)
    _KEPT[:] = [found, *(k for k in _KEPT if k is not found)][:2]
    return found


def compute_heads(titles: Iterable[tuple[str, str]]) -> list[str]:
    """Lines "head,n,code code ..." sorted by head: per last word of a listed title
    (``listed_forms``), how many occupations list the word alone and the codes
    listing a title it ends (``tools/build_title_qualifiers.py``)."""
    out: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    for code, title in titles:
        for form in listed_forms(title):
            words = form.split()
            if words:
                out.setdefault(words[-1], set()).add(code)
                if len(words) == 1:
                    alone.setdefault(words[0], set()).add(code)
    return [
        f"{head},{len(alone.get(head, ()))},{' '.join(sorted(codes))}"
        for head, codes in sorted(out.items())
    ]
