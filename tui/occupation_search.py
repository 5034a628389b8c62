"""The occupation half of "that's not me": a search over O*NET's 55k job titles.

A title is found when every word typed starts a word of it ("nurs" finds Nurse and
Nursing Aide), is one ("911 dispatcher"), or, when it starts no title word, is a near
miss of one ("nursng": at least four letters, the same first letter and 80% alike).
Whole words rank above beginnings of words, beginnings above near misses, a title that
starts with the first word typed above one that has it later, and shorter titles above
longer ones; but a title typed whole, or an occupation's own O*NET title that begins
with the words typed, comes before alternate titles that only begin with them. When
few titles hold every word, the closest whole titles (rapidfuzz) follow, but only those
holding one of the words typed, so "nurs" no longer offers Aurist or Purser.
Abbreviations are expanded first (titles.search_key: "ap clerk" is "accounts payable
clerk").

The index of title words is built once (warm_up, in a worker); a search then looks
up the words typed in it, a few milliseconds, so the picker's worker thread hardly
holds the GIL and typing stays live (benchmarks/picker_search.py).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Collection
from dataclasses import dataclass

#: Occupations listed per search.
LIMIT = 8
#: Fewer characters than this find too much to be worth a search.
MIN_CHARS = 2
#: Prefix of an occupation's option id in the picker (a category's id is bare).
OCCUPATION = "onet:"
#: How well a typed word matches a word of a title.
WHOLE, START, NEAR = 1.0, 0.9, 0.7
#: A near miss needs this many letters and this rapidfuzz ratio.
NEAR_MIN_CHARS, NEAR_RATIO = 4, 80
#: A near miss is at most this many letters longer or shorter than the word typed.
NEAR_LENGTHS = 2
#: A title that only the whole-title fuzzy search finds is listed from this score.
FUZZY_ONLY = 88
#: Raises a title that is what was typed, or an occupation's own O*NET title that
#: begins with it, above alternate titles that only begin with it.
NAMED = 0.03
#: Breaks a tie between occupations sharing a title ("Stocker": shoe machine operators,
#: hand movers, stockers and order fillers) for the one whose own title holds every
#: word typed (not a near miss: "stock" is not "stocker"); less than a word's
#: difference in length (0.01), so only ties move.
OWN_TITLE = 0.005


@dataclass(frozen=True)
class FoundOccupation:
    """One occupation a search found: its code, official title and the title that matched."""

    code: str
    title: str
    matched: str
    research_pct: float | None


Search = Callable[[str, Collection[str]], list[FoundOccupation]]


@dataclass(frozen=True)
class WordIndex:
    """Every distinct title word (sorted, for prefix look-ups) and the titles holding it."""

    words: list[str]
    titles: dict[str, list[int]]
    keys: list[list[str]]
    #: The numbers of the occupations' own O*NET titles (the rest are alternate titles).
    official: frozenset[int]
    #: Each title's occupation code, and each occupation's own title's words.
    codes: list[str]
    own_words: dict[str, list[str]]


@functools.cache
def word_index() -> WordIndex:
    """The words of every occupation title, normalised as the search normalises queries."""
    from career_resilience.skills.occupations import occupation_data
    from career_resilience.skills.titles import listed_search_key

    titles = occupation_data().titles
    keys = [listed_search_key(title).split() for _, title, _ in titles]
    holding: dict[str, list[int]] = {}
    for number, words in enumerate(keys):
        for word in set(words):
            holding.setdefault(word, []).append(number)
    official = frozenset(n for n, (_, _, kind) in enumerate(titles) if kind == "onet")
    codes = [code for code, _, _ in titles]
    own_words = {codes[n]: keys[n] for n in official}
    return WordIndex(sorted(holding), holding, keys, official, codes, own_words)


def word_matches(typed: str, words: list[str], near: bool = True) -> dict[str, float]:
    """The ``words`` (sorted) that ``typed`` is, starts, or (``near``) nearly is, with
    how well."""
    found: dict[str, float] = {}
    for word in words[bisect_left(words, typed) :]:
        if not word.startswith(typed):
            break
        # A plural is the same word ("nurse" finds Registered Nurses as a whole word).
        found[word] = WHOLE if word in (typed, f"{typed}s") else START
    if near and len(typed) >= NEAR_MIN_CHARS and not found:
        # Near misses of a whole word, or of the start of a longer one ("nursn" typed
        # on the way to "nursing" with a slip). In C: the vocabulary is ~20k words.
        # Only for a word that starts none: one that does was typed as meant, and its
        # near misses are other words ("groom" had listed four occupations for their
        # title "Groover" under Animal Caretakers' "Groomer").
        misses = _near(typed, words, [words, [word[: len(typed) + 1] for word in words]])
        if not misses:
            # Nothing else: the starts as long as the word ("recepc" a letter off
            # "recept...", which found nothing); always, they put "Animal Caretakers"
            # first for "farmr".
            misses = _near(typed, words, [[word[: len(typed)] for word in words]])
        for word in misses:
            found.setdefault(word, NEAR)
    return found


def _near(typed: str, words: list[str], pools: list[list[str]]) -> list[str]:
    """The ``words`` whose entry in one of the ``pools`` (aligned with them) is a near
    miss of ``typed``."""
    from rapidfuzz import fuzz, process

    found = []
    for choices in pools:
        for _, _, number in process.extract(
            typed, choices, scorer=fuzz.ratio, score_cutoff=NEAR_RATIO, limit=None
        ):
            # A slip rarely changes the first letter ("radio" is not "audio") or
            # drops three letters ("pipelayer" is not "player").
            near = choices[number]
            if near[0] == typed[0] and abs(len(near) - len(typed)) <= NEAR_LENGTHS:
                found.append(words[number])
    return found


def rank_titles(query: str) -> list[tuple[int, float]]:
    """``(title number, score)`` of the titles every typed word matches, best first."""
    from career_resilience.skills.titles import search_key

    typed = search_key(query).split()
    if not typed:
        return []
    index = word_index()
    per_word = [word_matches(word, index.words) for word in typed]
    # Candidates: the titles holding a match of the most selective typed word.
    rarest = min(per_word, key=lambda m: sum(len(index.titles[w]) for w in m))
    candidates = {n for word in rarest for n in index.titles[word]}
    ranked = []
    for number in candidates:
        words = index.keys[number]
        scores = [max((m.get(w, 0.0) for w in words), default=0.0) for m in per_word]
        if min(scores) == 0.0:
            continue
        leads = 0.05 if words and per_word[0].get(words[0]) else 0.0
        extra = max(0, len(words) - len(typed))
        named = NAMED if _names(words, per_word, number in index.official) else 0.0
        own = index.own_words.get(index.codes[number], [])
        if all(any(m.get(w, 0.0) >= START for w in own) for m in per_word):
            named += OWN_TITLE
        ranked.append((number, sum(scores) / len(scores) + leads - 0.01 * extra + named))
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked


def _names(words: list[str], per_word: list[dict[str, float]], official: bool) -> bool:
    """Whether a title (its ``words``) is what was typed, word for word, or is an
    occupation's own O*NET title that begins with it.

    Shorter titles rank first, so "occupational health" listed Registered Nurses
    ("Occupational Health Nurse"), Preventive Medicine Physicians and Medical and Health
    Services Managers before Occupational Health and Safety Specialists, whose own
    title it begins; "police" listed Fine Artists before Police and Sheriff's Patrol
    Officers. A title that is exactly what was typed ("nurse") stays first.
    """
    begins = len(words) >= len(per_word) and all(
        found.get(word) == WHOLE for word, found in zip(words, per_word, strict=False)
    )
    return begins and (official or len(words) == len(per_word))


def search_occupations(query: str, known: Collection[str]) -> list[FoundOccupation]:
    """Occupations whose titles match ``query`` best, among the ``known`` codes.

    ``known`` is what the engine can score (a model trained on fewer occupations
    cannot take the others).
    """
    from career_resilience.skills.occupations import (
        occupation_data,
        occupation_table,
        search_titles,
    )
    from career_resilience.skills.titles import search_key

    if len(query.strip()) < MIN_CHARS:
        return []
    table = occupation_table()
    titles = occupation_data().titles
    rows = [(titles[n][0], titles[n][1]) for n, _ in rank_titles(query)]
    if len({code for code, _ in rows}) < LIMIT:
        # Fewer titles hold every word typed ("warehouse shift lead"): then the closest
        # titles as a whole, if they hold one word typed (never "Aurist" for "nurs"),
        # or are very close (words run together: "nursingaide"). A near miss of a word
        # counts only where some word typed starts no title word at all (a slip): every
        # one that does was typed as meant ("groom" is not "Groover").
        near = not all(starts_a_title_word(word) for word in search_key(query).split())
        for code, title, score in search_titles(query, LIMIT * 3):
            if score >= FUZZY_ONLY or shares_a_word(query, title, near):
                rows.append((code, title))
    found: list[FoundOccupation] = []
    seen: set[str] = set()
    for code, matched in rows:
        if code in seen or code not in known or code not in table:
            continue
        seen.add(code)
        found.append(FoundOccupation(code, table[code].title, matched, table[code].consensus_pct))
        if len(found) == LIMIT:
            break
    return found


def _words_of(text: str) -> list[str]:
    from career_resilience.skills.titles import search_key

    return sorted(set(search_key(text).split()) | set(text.casefold().split()))


def matches_words(query: str, text: str) -> bool:
    """Whether every word of ``query`` starts, is, or nearly is a word of ``text``
    (the test a kind of work passes to be listed for a search)."""
    from career_resilience.skills.titles import search_key

    words = _words_of(text)
    return all(word_matches(w, words) for w in search_key(query).split())


def shares_a_word(query: str, text: str, near: bool = True) -> bool:
    """Whether some word of ``query`` starts, is, or (``near``) nearly is a word of
    ``text``."""
    from career_resilience.skills.titles import search_key

    words = _words_of(text)
    return any(word_matches(w, words, near) for w in search_key(query).split())


def starts_a_title_word(typed: str) -> bool:
    """Whether ``typed`` (a search key word) is or starts a word of some O*NET title."""
    words = word_index().words
    at = bisect_left(words, typed)
    return at < len(words) and words[at].startswith(typed)


def warm_up() -> None:
    """Load the titles and build both search indexes (1-3 s, once per process)."""
    from career_resilience.skills.occupations import search_titles

    word_index()
    search_titles("warm up", 1)


def option_id(code: str) -> str:
    """The picker's option id for an occupation."""
    return OCCUPATION + code


def chosen_code(option: str) -> str | None:
    """The occupation code of a picker option id (None for a category)."""
    return option.removeprefix(OCCUPATION) if option.startswith(OCCUPATION) else None
