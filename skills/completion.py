"""Candidates for completion as someone types: job titles and skills.

Pure functions over the catalogue, so the app's drop-downs and any other front end
offer the same suggestions.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from career_resilience.skills.matching import SkillMatcher
    from career_resilience.skills.title_suggestions import TitleIndex

LIMIT = 6


class Suggestion(NamedTuple):
    """A completion: ``value`` goes into the input, ``display`` is what the list shows."""

    value: str
    display: str = ""

    @property
    def label(self) -> str:
        """What to show."""
        return self.display or self.value


#: A leading word of a title, its full stop and the space after it ("Sr. ").
_LEADING_WORD = re.compile(r"\s*([^\W_]+)\.?\s+")


def _seniority_prefix(text: str) -> int:
    """Where a title's leading seniority words ("Sr. ", "Senior lead ") end; 0 if none.

    Only words followed by a space count: "Lead" alone may still become "Lead cook",
    and "Staff" may become "Staffing coordinator".
    """
    from career_resilience.skills.titles import seniority_words

    seniority, end = seniority_words(), 0
    while (word := _LEADING_WORD.match(text, end)) and word.group(1).casefold() in seniority:
        end = word.end()
    return end


@functools.lru_cache(maxsize=16_384)
def _core(title: str) -> str:
    """A known title without its own seniority words ("Senior accountant": "accountant")."""
    return title[_seniority_prefix(title) :]


def title_index(curated: Sequence[str], more: Sequence[str] = ()) -> TitleIndex:
    """The titles to suggest: ``curated`` first, then ``more`` (O*NET's), indexed."""
    from career_resilience.skills.title_suggestions import TitleIndex

    return TitleIndex.build(curated, more, _core.__wrapped__)


def titles(known: Sequence[str] | TitleIndex, text: str, limit: int = LIMIT) -> list[str]:
    """Known titles for what was typed: those starting with it first, then word matches
    (in each, the ``known`` index's curated titles first, then the shortest).

    People put their seniority first ("Sr. Acc"), which few known titles do: after the
    plain matches come the known titles matching the rest ("Acc"), offered with the
    seniority words as typed ("Sr. Accountant"); the matcher reads those words anyway.
    When that leaves room, the titles of the typed text with its slips respelt follow
    ("Lifegard": Lifeguard).
    """
    if not text.strip():
        return []
    index = title_index(known) if isinstance(known, Sequence) else known
    found = _titles(index, text, limit)
    if len(_unique(found)) < limit:
        # A slip ("Lifegard") starts no title word: the titles of its near spellings
        # follow whatever the typed words found.
        # Each spelling's best first ("Electrican": electrician's, then electrical's).
        each = [_unique(_titles(index, respelt, limit)) for respelt in _respelt(index, text)]
        found += [t for row in itertools.zip_longest(*each) for t in row if t is not None]
    return _unique(found)[:limit]


def _titles(index: TitleIndex, text: str, limit: int) -> list[str]:
    """The titles matching ``text`` as typed, then by its words after a seniority."""
    needle = " ".join(text.casefold().split())
    starts, inside = index.matching(needle, limit)
    # The title typed whole first: "Nurse" came fifth, after four curated "Nurse ..."
    found = sorted(starts, key=lambda t: " ".join(t.casefold().split()) != needle) + inside
    cut = _seniority_prefix(text)
    rest = " ".join(text[cut:].casefold().split())
    if cut and rest and len(found) < limit:
        prefix = " ".join(text[:cut].split()) + " "
        starts, inside = index.matching(rest, limit, core=True)
        found += [prefix + t for t in starts + inside]
    return found


def _unique(found: list[str]) -> list[str]:
    """One of each title whatever its case, the first kept."""
    unique: dict[str, str] = {}
    for title in found:
        unique.setdefault(title.casefold(), title)
    return list(unique.values())


def _respelt(index: TitleIndex, text: str) -> list[str]:
    """``text`` with its slips respelt (``skills/title_near.py``): each slip's nearest
    spelling, then the last slip's next nearest; none when nothing was respelt.

    A word before a space is whole; the last one may be unfinished ("Recepc").
    """
    words = text.split()
    finished = text[-1:].isspace()
    options = [
        index.near.spellings(w, finished or n < len(words) - 1) or [w] for n, w in enumerate(words)
    ]
    slips = [n for n, (w, o) in enumerate(zip(words, options, strict=True)) if o != [w]]
    if not slips:
        return []
    last = slips[-1]
    return [
        " ".join(o[0] if n != last else spelling for n, o in enumerate(options))
        for spelling in options[last]
    ]


#: A typed skill this long that starts no catalogue name is offered the catalogue's
#: "did you mean" while typing.
TYPO_FROM = 4


def skills(
    matcher: SkillMatcher | None,
    text: str,
    limit: int = LIMIT,
    kinds: Collection[str] = frozenset(),
) -> list[Suggestion]:
    """Catalogue skills for the last skill typed ("SQL; Ex" completes "Ex"); a skill
    offered for one of its aliases shows that alias too.

    When nothing starts with what was typed, the skills the catalogue would suggest for
    it ("customer sevice": Customer service): the list offered nothing once a typo was
    typed, and the "did you mean" came only after Enter had listed the typo, to be
    removed and typed again. Once the person is placed (``kinds``: the kinds of work of
    the result), only those that fit the work, as the listed skill's "did you mean".
    """
    if matcher is None:
        return []
    last = text.replace(",", ";").split(";")[-1].strip()
    if not last:
        return []
    found = [
        Suggestion(name, name if label == name else f"{name}  ({label})")
        for name, label in matcher.complete_labelled(last, limit)
    ]
    if found or len(last) < TYPO_FROM:
        return found
    match = matcher.match(last)
    if match.skill is not None:
        return []
    offered = match.suggestions
    if offered and kinds:
        offered = matcher.fit_the_work(last, offered, kinds)
    return [Suggestion(name, f"{name}  (did you mean?)") for name in offered[:limit]]


def categories(
    entries: Sequence[tuple[str, str, str]], query: str, limit: int = 50
) -> list[tuple[str, float]]:
    """Fuzzy search over kinds of work: ``(id, score 0-100)``, best first.

    ``entries`` are ``(id, label, words)`` where ``words`` holds what else names the kind
    of work (its description and the job titles in it), so "nurse" finds "Nursing and
    care" and "acountant" (a typo) still finds accounting. An empty query lists all.
    """
    needle = " ".join(query.casefold().split())
    if not needle:
        return [(cid, 100.0) for cid, _, _ in entries][:limit]
    from rapidfuzz import fuzz

    scored = []
    for cid, label, words in entries:
        # The label counts most; any one title matching well is enough.
        best = max(
            fuzz.WRatio(needle, label.casefold()),
            0.9 * fuzz.partial_ratio(needle, words.casefold()),
        )
        if best >= 60:
            scored.append((cid, float(best)))
    scored.sort(key=lambda item: -item[1])
    return scored[:limit]
