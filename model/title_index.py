"""O*NET's listed titles of two words or more, as a sorted index of reversed words.

Each listed title is normalised as the title channel reads a typed title and kept with its
words in reverse order, so the titles ending with a word ("... driver") are one sorted run
found by bisection (``title_qualify`` reads a short title as one of them; ``title_units``
asks whether a run of words is listed). Built by ``tools/build_title_qualifiers.py``.
A typed title's employer's qualifier ("Optical engineer - fiber lasers") is cut here too,
unless the whole is a title O*NET lists ("Cooks, Short Order": O*NET's own words).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from career_resilience.skills.titles import listed_forms, normalise_listed_title
from career_resilience.skills.word_forms import singular

#: Heads whose listed qualified titles are remembered (a workforce repeats titles).
HEADS_KEPT = 512
#: Qualifiers of more words are not looked for ("day haul charter" is three).
MAX_QUALIFIER_WORDS = 4
#: Last words O*NET writes in other words for the same work in a field: of the fields
#: people type "... advisor" for, O*NET lists "Mortgage Counselor" and "Mortgage
#: Consultant", "Debt Counselor", "Claims Consultant", but no such advisor; and "History
#: Professor" but no "History Lecturer" (its "... Instructor" titles are school ones too:
#: "Math Instructor" under secondary school teachers).
SAID_ALIKE = {"advisor": ("counselor", "consultant"), "lecturer": ("professor",)}
#: Listed titles by last word, built by ``tools/build_title_qualifiers.py``.
QUALIFIERS_FILE = Path(__file__).with_name("title_qualifiers.csv")


@functools.lru_cache(maxsize=HEADS_KEPT)
def qualified_titles(head: str) -> dict[str, tuple[str, ...]]:
    """The listed O*NET titles that are ``head`` with words in front of it, by those
    words, all normalised ({"school bus": ("school bus driver",)} for "driver"). The
    index holds each title's words in reverse order, so those ending with ``head`` are
    one sorted run, found by bisection."""
    lines = _index()
    prefix = " ".join(reversed(head.split())) + " "
    out: dict[str, list[str]] = {}
    # By index from the run's start: islice would step through every line before it
    # (40k lines: up to half a millisecond a head before the first line is read).
    for at in range(bisect.bisect_left(lines, prefix), len(lines)):
        line = lines[at]
        if not line.startswith(prefix):
            break
        qualifier = " ".join(reversed(line[len(prefix) :].split()))
        if len(qualifier.split()) <= MAX_QUALIFIER_WORDS:
            out.setdefault(qualifier, []).append(f"{qualifier} {head}")
    return {q: tuple(titles) for q, titles in out.items()}


def listed(normalised: str) -> bool:
    """Whether an O*NET title of two words or more reads exactly ``normalised`` (a title
    through ``normalise_title``): "line cook", "elementary school teacher"."""
    lines = _index()
    key = " ".join(reversed(normalised.split()))
    at = bisect.bisect_left(lines, key)
    return at < len(lines) and lines[at] == key


@functools.lru_cache(maxsize=HEADS_KEPT * 8)
def ends_a_listed_title(word: str) -> bool:
    """Whether an O*NET title of two words or more ends with ``word`` (normalised): a
    run of words whose last word none ends with is no listed title, whatever comes first
    (the drivers try the plural forms of every run of a title's words)."""
    lines = _index()
    at = bisect.bisect_left(lines, word + " ")
    return at < len(lines) and lines[at].startswith(word + " ")


@functools.cache
def _index() -> list[str]:
    """The shipped index: each listed title's words in reverse order, sorted (plain
    text: splitting 40k lines costs a few milliseconds, parsing JSON a tenth of a
    second)."""
    return QUALIFIERS_FILE.read_text(encoding="utf-8").splitlines()


def compute_index(titles: Iterable[str]) -> list[str]:
    """Listed titles of two words or more, normalised as the title channel reads a
    typed title, each with its words in reverse order, sorted
    (``tools/build_title_qualifiers.py``); a title ending in a plural noun also in the
    singular. O*NET names occupations in the plural ("Pharmacy Technicians") and may
    list no singular title of them: "Technician" with duties filling prescriptions at the
    pharmacy had read as a "Phone Technician" (telecommunications installers, 57%)."""
    out: set[str] = set()
    for title in titles:
        for form in listed_forms(title):
            words = form.split()
            if len(words) >= 2:
                out.add(" ".join(reversed(words)))
                single = singular(words[-1])
                if single != words[-1]:
                    out.add(" ".join(reversed([*words[:-1], single])))
    return sorted(out)


#: An employer's qualifier of a title: a bracketed part, or all after " - " or a comma.
_QUALIFIER = re.compile(r"\([^)]*\)?|\s[-\u2013\u2014|]\s.*$|,.*$")
#: The indefinite article that opens a workplace told by its kind ("at a sawmill").
_DESCRIBED = re.compile(r"(?i:an?)\s+")
#: Where the work is done, after " at " or "@" ("Nurse at Mercy Hospital", "CSR @ Comcast");
#: "at home" is no employer ("Work at home agent", "Stay at home parent").
_PLACE = re.compile(r"\s(?i:at)\s+(?!(?i:home)\b)|\s*@\s*")


def title_qualifier(role: str) -> str:
    """The employer's qualifier of a typed title ("fiber lasers" of "Optical Engineer -
    fiber lasers", "Mercy Hospital" of "Nurse at Mercy Hospital"), as typed; empty when it
    has none, or when the whole is a title O*NET lists (:func:`listed_whole`)."""
    if listed_whole(role):
        return ""
    head, place = _at_place(role)
    found = " ".join(m.group(0) for m in _QUALIFIER.finditer(head))
    return " ".join(p for p in (found.strip(" ,-()|\u2013\u2014"), place) if p)


def listed_whole(role: str) -> bool:
    """Whether a typed title with a comma, a bracket, a dash or an "at" is, whole, a title
    O*NET lists ("Cooks, Short Order", "Architects, Except Landscape and Naval", "Attorney
    at Law"): O*NET's own words, not an employer's qualifier. Read without them,
    "Architects" had gone to landscape architects (100%; the "Except" clause read as the
    kind of architect), "Cooks" to restaurant cooks (36%, short order cooks 30%)."""
    if _QUALIFIER.search(role) is None and _PLACE.search(role) is None:
        return False
    words = normalise_listed_title(role)
    return len(words.split()) >= 2 and listed(words)


def title_head(role: str) -> str:
    """The typed title without its employer's qualifier (:func:`title_qualifier`), as
    typed; the whole title when it has none."""
    if listed_whole(role):
        return role.strip()
    return _QUALIFIER.sub(" ", _at_place(role)[0]).strip()


def described_workplace(role: str) -> str:
    """The kind of workplace after " at a" or " at an" ("poultry plant" of "Line worker at a
    poultry plant"), as typed; empty for a named one ("at Mercy Hospital") or none.

    A workplace told by its kind says which trade the job is in, as a word in front of
    it would ("Poultry plant line worker"); a named one says only where. Cut as an
    employer's name, "at a poultry plant" had left "line worker" to team assemblers
    (80%; read whole, meat and poultry cutters 46%)."""
    place = _at_place(role)[1]
    found = _DESCRIBED.match(place)
    return place[found.end() :].strip() if found else ""


def _at_place(role: str) -> tuple[str, str]:
    """The typed title before " at " or "@" and the place after it, when what comes
    before ends as a title O*NET lists ends ("cashier", "crew member"); else the title
    whole and no place. "Stay at home parent" names no job before "at"."""
    found = _PLACE.search(role)
    if found is None or not found.start():
        return role, ""
    head = role[: found.start()]
    words = normalise_listed_title(_QUALIFIER.sub(" ", head)).split()
    if not words or not ends_a_listed_title(singular(words[-1])):
        return role, ""
    return head, role[found.end() :].strip()
