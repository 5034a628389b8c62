"""A typed title's units, as the drivers credit them: a job name is one unit, never split.

"Line cook" is one unit, so "Line" is never a driver of its own; "Nurse data analyst" is
"Nurse" and "data analyst". A run of typed words is one unit when the title normaliser
knows it as one name (the expansion of an abbreviation: "registered nurse" for RN) or
when, read alone, it is a title O*NET lists (also with a word in the plural); function
words ("of", "de") join a neighbour, and a trailing "lead" stays on the last unit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from itertools import product

from career_resilience.model.title_index import ends_a_listed_title, listed
from career_resilience.skills.titles import TRAILING_JOBS, title_keeper, typed_title_words

#: Titles (and runs of title words) remembered: a workforce repeats its titles.
KEPT_UNITS = 16_384


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Job names the title normaliser knows as one, by first word (the expansions of its
    abbreviations: "registered nurse" for RN): their words are one name, credited
    together. Longest first, so the longest name a title holds is the one taken."""
    from career_resilience.skills.loader import shipped_knowledge_base

    table = shipped_knowledge_base().title_words.get("abbreviations") or {}
    names = sorted({tuple(str(v).casefold().split()) for v in table.values()}, key=len)
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name in reversed(names):
        if len(name) > 1:
            out[name[0]] = (*out.get(name[0], ()), name)
    return out


@lru_cache(maxsize=KEPT_UNITS)
def title_units(role: str) -> tuple[str, ...]:
    """The title's typed words (seniority dropped) as the drivers credit them: a run of
    words that is one job name is one unit, the longest run first: one the title
    normaliser knows ("Registered nurse", from its abbreviations) or one O*NET lists as
    a title ("Line cook", "5th grade teacher" read as "elementary school teacher"), so
    that "Line" is never a driver of its own; "Nurse data analyst" is "Nurse" and "data
    analyst"."""
    return _trailing_lead_kept(role, _units(role))


def _trailing_lead_kept(role: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """``units`` with a title's trailing "lead" or "principal" (the job: a lead of the
    crew, read as a supervisor; a school's principal, ``skills.titles.title_words``)
    back on the last unit: a seniority word elsewhere, it was dropped, and "Team lead"
    read 'your title: "Team"'."""
    typed = role.split()
    if len(typed) < 2 or not units:
        return units
    last = typed[-1].strip(".,;:()-")
    tail = units[-1].split()[-1].casefold()
    keys = [word.strip(".,;:()-").casefold() for word in typed]
    if tail in FUNCTION_WORDS and tail in keys[:-1]:
        # A title ending in a function word and seniority words ("Chief of staff"): they
        # are the title's object, dropped as seniority; the unit read "Chief of".
        at = len(keys) - 1 - keys[::-1].index(tail)
        return (*units[:-1], " ".join([units[-1], *(w.strip(".,;:()-") for w in typed[at + 1 :])]))
    if last.casefold() not in TRAILING_JOBS or last in units[-1].split():
        return units
    return (*units[:-1], f"{units[-1]} {last}")


def _units(role: str) -> tuple[str, ...]:
    """:func:`title_units` before a trailing "lead" is put back."""
    words = typed_title_words(role)
    keys = [word.casefold() for word in words]
    phrases = _phrases()
    known: list[str] = []
    k = 0
    while k < len(words):
        n = next((len(x) for x in phrases.get(keys[k], ()) if tuple(keys[k : k + len(x)]) == x), 1)
        known.append(" ".join(words[k : k + n]))
        k += n
    if len(known) < 2:
        return tuple(known)
    keeping = title_keeper(role)
    out: list[str] = []
    k = 0
    while k < len(known):
        n = next(
            (n for n in range(len(known) - k, 1, -1) if _names_a_job(keeping, known[k : k + n])),
            1,
        )
        out.append(" ".join(known[k : k + n]))
        k += n
    return _function_words_joined(out)


#: Words that only tie a title's other words together ("Head of sales", "Enfermera de
#: urgencias"): never a driver of their own, where "of" read +2.0 points.
_ENGLISH = "a an and at by for from in of on or the to with"
_ROMANCE = "da das de del des di do dos du e el en et la las le les los y"
FUNCTION_WORDS = frozenset(f"{_ENGLISH} {_ROMANCE}".split())


def _function_words_joined(units: list[str]) -> tuple[str, ...]:
    """Each unit made only of function words joined to the unit after it ("of sales",
    "de urgencias"), or, at the end of the title, to the one before; a title of
    function words alone stays as it is."""
    out: list[str] = []
    waiting: list[str] = []
    for unit in units:
        if all(word.casefold() in FUNCTION_WORDS for word in unit.split()):
            waiting.append(unit)
            continue
        out.append(" ".join([*waiting, unit]))
        waiting = []
    if waiting:
        if not out:
            return tuple(waiting)
        out[-1] = " ".join([out[-1], *waiting])
    return tuple(out)


def _names_a_job(keeping: Callable[[list[str]], str], units: list[str]) -> bool:
    """Whether these units of the typed title, read alone (``keeping``: the title with
    only the given words), are a title O*NET lists, also where O*NET says a word in the
    plural ("Home Health Aides", "Nurses Aide")."""
    words = keeping([word for unit in units for word in unit.split()])
    return bool(words) and _listed_words(words)


@lru_cache(maxsize=KEPT_UNITS)
def _listed_words(normalised: str) -> bool:
    """Whether a normalised run of title words is a title O*NET lists, also with a word
    in the plural (remembered: titles share their runs, "data analyst", "line cook")."""
    words = normalised.split()
    if len(words) > PLURAL_WORDS:
        return listed(normalised)
    forms: list[tuple[str, ...]] = [
        (word,) if word.endswith("s") else (word, f"{word}s") for word in words
    ]
    # Only forms whose last word ends some listed title can be one (most runs: none).
    forms[-1] = tuple(word for word in forms[-1] if ends_a_listed_title(word))
    return any(listed(" ".join(form)) for form in product(*forms))


#: Longest run of words also looked up with plurals (2^n forms).
PLURAL_WORDS = 4
