"""The tables a one-word title's kind of work is read from (``title_kind``).

Per catalogue skill, the occupations it names (its categories' and the AI-era anchors,
and those holding it as a core skill); per last word of O*NET's listed titles, how many
occupations list the word alone and which list a title it ends (``HEADS_FILE``); and the
practitioner a field word names ("surgery": "Surgeon"). Each is built on first use and
kept per list of occupation codes, so a title-only score never builds them.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel
from career_resilience.model.skill_items import split_skills_text
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import Skill
from career_resilience.skills.titles import listed_forms, normalise_title

#: A title cosine this high is the typed title itself, listed (``title_context.EXACT``).
EXACT = 0.999
#: Per last word of O*NET's listed titles, the occupations listing such a title, built by
#: ``tools/build_title_qualifiers.py``.
HEADS_FILE = Path(__file__).with_name("title_heads.csv")


class KindTables:
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


def skill_votes(
    kinds: KindTables, role: str, typed: list[str], skills: str, duties: str
) -> tuple[np.ndarray | None, np.ndarray | None, int]:
    """Per occupation, how many of the skills the ``typed`` texts name name it
    (:meth:`KindTables.named_by`) and how many of them it holds as core skills, both None
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
_KEPT: list[KindTables] = []


def kind_tables(codes: tuple[str, ...]) -> KindTables:
    """The tables of ``codes``, found by identity first: hashing a tuple of 950 codes
    on every score cost more than the rest of an early exit."""
    for kept in _KEPT:
        if kept.codes is codes:
            return kept
    found = next((kept for kept in _KEPT if kept.codes == codes), None) or KindTables(codes)
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
