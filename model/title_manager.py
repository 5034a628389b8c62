"""A manager of named work O*NET lists no manager title for: the managers of that work.

"Vineyard manager" is listed nowhere, and its one named word read O*NET's "Vineyard
Tender" (farmworkers, 97%), though the person manages the vineyard. When the words in
front of "manager" name one SOC major group's hands-on work (its titles hold each of them more
than any other group's do, as ``title_supervisor.names_their_work`` reads), the title
is read as listed by the manager occupation (SOC 11) whose own "... Manager" titles
hold the most words naming that group's work ("Farm Manager", "Crop Manager", "Ranch
Manager": farmers, ranchers and other agricultural managers). A word most of whose
titles are no one group's ("dairy": science, farming and processing) names none, and
the managers "All Other" are no reading. ``title_context`` calls it on the features.

Work is named by SOC minor group inside its major group: "dog" and "daycare" are
personal service words as the gambling managers' "casino" and "slot" are, and had read
a "Dog daycare owner" as a gambling manager (66%); animal care (39-2) and childcare
(39-9) are not gambling (39-3), and no manager's titles name animal care.

A word naming no one group's work, whose "<word> Manager" O*NET lists under several
major groups ("Shop Manager": entertainment and recreation, retail and mechanics'
supervisors; "Store", "Office", "Operations"), says where or how, not what: when the
other words name service work (food, cleaning and grounds, personal care) they are
read without it. "Pizza shop owner" is a food service manager (entertainment and
recreation supervisors had come first, 28%). A store named by goods made, repaired or
moved ("liquor", "bike") stays O*NET's retail listing: it sells them.
"""

from __future__ import annotations

import collections
import functools
import re

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.model.title_index import listed
from career_resilience.model.title_supervisor import NO_WORK, join
from career_resilience.skills.listed_titles import listed_rows

# Feature column of ``occupation_match.FEATURES``.
_MAX = 0
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: The SOC major group of managers.
MANAGERS = "11"
#: The SOC major groups of hands-on work (service, farming, construction, repair,
#: production and transport): the groups whose workers and managers O*NET lists apart.
#: An office, sales or business word ("bookkeeper office manager", "PPC manager") names
#: work its own managers do.
HANDS_ON = frozenset({"35", "37", "39", "45", "47", "49", "51", "53"})
#: How much of a SOC code names its minor group ("39-2", animal care and service workers;
#: "39-3", entertainment attendants, gambling among them).
MINOR = 4
#: SOC major groups whose work is a service done where the business is (food, building
#: and grounds, personal care): a shop of such work is run by that work's managers.
#: A shop or store named by goods made, repaired or moved ("liquor", "bike", "gift")
#: sells them, as O*NET's "Shop Manager" and "Store Manager" listings under retail say.
SERVICE = frozenset({"35", "37", "39"})
#: The managers "All Other": their titles are every kind of work's.
ALL_OTHER = "11-9199"
#: Words of a manager title that name no work ("General Manager", "Senior Manager").
_NO_WORK = NO_WORK | {"manager", "of", "and", "the", "for", "&", "chief", "deputy", "head"}


def read_as_manager(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """Read an unlisted "<work> manager" as listed by the managers of that work (see
    the module); the features ``f`` changed in place."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] != "manager" or (f[:, _MAX] >= EXACT).any():
        return
    work = [w for w in words[:-1] if w not in _NO_WORK]
    # A supervisor O*NET lists for the work is ``title_supervisor.read_as_supervisor``'s.
    if not work or listed(" ".join([*words[:-1], "supervisor"])):
        return
    groups = set.intersection(*(set(_named_groups(w)) for w in _business(work)))
    held = {k: sum(named[g] for g in groups) for k, named in _managers(tables.codes)}
    most = max(held.values(), default=0)
    if groups and most:
        join(f, tuple(k for k, n in held.items() if n == most))


def _business(work: list[str]) -> list[str]:
    """The words of the work with a premises word left out ("shop" of "Pizza shop
    manager") when the others name service work (``SERVICE``) done there.

    A premises word makes with "manager" a title O*NET lists under several SOC major
    groups ("Shop Manager": entertainment and recreation, retail and mechanics'
    supervisors): it names no work, and had outvoted the word naming the business
    ("Pizza shop owner": entertainment and recreation supervisors 28%)."""
    kept = [w for w in work if not _premises(w)]
    if not kept or len(kept) == len(work):
        return work
    named = set.intersection(*(set(_named_groups(w)) for w in kept))
    return kept if any(m[:2] in SERVICE for m in named) else work


def _premises(word: str) -> bool:
    """Whether a word names no one group's work and "<word> manager" is a title O*NET
    lists under occupations of several SOC major groups ("Shop Manager", "Store
    Manager"; not "Kitchen Manager": "kitchen" names food preparation)."""
    return word in _premises_words() and not _named_groups(word)


@functools.cache
def _premises_words() -> frozenset[str]:
    """The words ``w`` of O*NET's listed "<w> Manager" titles listed under several SOC
    major groups (one pass over the listed titles ``_word_counts`` reads too)."""
    groups: dict[str, set[str]] = collections.defaultdict(set)
    for code, title in listed_rows():
        words = _WORD.findall(title)
        if len(words) == 2 and words[1] == "manager":
            groups[words[0]].add(code[:2])
    return frozenset(w for w, found in groups.items() if len(found) > 1)


def prepare_managers(codes: tuple[str, ...]) -> None:
    """Build the tables :func:`read_as_manager` reads (one scan of O*NET's listed
    titles, ~0.35 s) now: ``Engine.prepare_workers`` calls it in the app's loader
    thread and before a batch forks."""
    _managers(codes)
    _premises_words()


@functools.cache
def _word_counts() -> dict[str, collections.Counter[str]]:
    """For each word of O*NET's listed titles, how many titles holding it each SOC major
    group lists (one scan of the listed titles, built on first use)."""
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for code, title in listed_rows():
        for word in set(_WORD.findall(title)):
            table[word][code[:MINOR]] += 1
    return dict(table)


@functools.lru_cache(maxsize=4096)
def _named_groups(word: str) -> tuple[str, ...]:
    """The SOC major group of hands-on work (``HANDS_ON``) whose work ``word`` names:
    the group listing more than half the titles holding it."""
    counts = _word_counts().get(word)
    if not counts:
        return ()
    major: collections.Counter[str] = collections.Counter()
    for minor, n in counts.items():
        major[minor[:2]] += n
    most = max(major.values())
    # Most of the titles holding the word are the group's, or the word names no work.
    if most * 2 <= sum(major.values()):
        return ()
    top = [g for g, n in major.items() if n == most and g in HANDS_ON]
    # Within the group, the minor groups holding most of them: "dog" names animal care
    # (39-2), not the gambling attendants (39-3) whose "casino" words are the group's too.
    inside = {m: n for m, n in counts.items() if m[:2] in top}
    best = max(inside.values(), default=0)
    return tuple(m for m, n in inside.items() if n == best)


@functools.lru_cache(maxsize=4)
def _managers(codes: tuple[str, ...]) -> tuple[tuple[int, collections.Counter[str]], ...]:
    """The manager occupations (column numbers), each with how many words of its listed
    "... Manager" titles name each SOC major group's work: the managers of a group's
    work are those with the most such words ("farm", "crop", "ranch", "dairy farm" for
    farming)."""
    index = {code: k for k, code in enumerate(codes)}
    named: dict[int, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen: set[tuple[int, str]] = set()
    for code, title in listed_rows():
        if not code.startswith(MANAGERS + "-") or code.startswith(ALL_OTHER) or code not in index:
            continue
        words = _WORD.findall(title)
        if len(words) < 2 or words[-1] != "manager":
            continue
        k = index[code]
        for word in words[:-1]:
            if word not in _NO_WORK and (k, word) not in seen:
                seen.add((k, word))
                named[k].update(_named_groups(word))
    return tuple(sorted(named.items()))
