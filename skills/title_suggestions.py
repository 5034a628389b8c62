"""Known job titles indexed by every word start, for suggestions while a title is typed.

The profile's title box offered only the ~1,900 titles of the categories and the
training corpus: "Crane", "Florist" or "Bailiff" got no suggestion, and "Compliance o"
only "Data compliance officer", which a compliance officer then picked and was placed
by. O*NET's 43,000 titles now follow them (the curated ones are the common ways people
name their work, so they come first). Scanning them all took 15-120 ms a key on the
event loop; here a prefix is found by binary search over the titles' word starts, and
O*NET's are searched only when the curated titles starting with it do not fill the list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from career_resilience.skills.title_near import NearWords

#: (title number, offset in its folded text) of a word start.
Start = tuple[int, int]


@dataclass(frozen=True)
class TitleSet:
    """Titles with each word start, sorted by the folded text from there on (the titles
    with a word starting with a prefix are then a run), and the core forms of the few
    titles with seniority words of their own ("Senior accountant": "accountant")."""

    titles: tuple[str, ...]
    folded: tuple[str, ...]
    starts: tuple[Start, ...]
    cores: dict[int, str]
    core_folded: dict[int, str]
    core_starts: tuple[Start, ...]

    @classmethod
    def build(cls, titles: Sequence[str], core: Callable[[str], str]) -> TitleSet:
        """Index ``titles``; ``core`` gives a title's core form."""
        folded = tuple(_fold(t) for t in titles)
        # Only a title whose first word could be a seniority word has a core form of
        # its own: working it out for all 44k titles took 0.3 s.
        firsts = {f.split(" ", 1)[0] for f in folded}
        could = {w for w in firsts if core(f"{w} x") != f"{w} x"}
        cores = {
            n: c
            for n, t in enumerate(titles)
            if folded[n].split(" ", 1)[0] in could and (c := core(t)) != t
        }
        core_folded = {n: _fold(c) for n, c in cores.items()}
        numbers = tuple(core_folded)
        core_starts = _word_starts(tuple(core_folded.values()))
        return cls(
            tuple(titles),
            folded,
            _word_starts(folded),
            cores,
            core_folded,
            tuple((numbers[i], offset) for i, offset in core_starts),
        )

    def matching(self, needle: str, core: bool = False) -> tuple[list[str], list[str]]:
        """Titles (or, with ``core``, their core forms) starting with ``needle`` (folded,
        single-spaced), and those with a later word that does; shortest first."""
        starts, inside = _run(self.starts, self.folded, needle)
        texts = self.titles
        if core:
            # A title with a core form of its own is matched by that form instead.
            starts -= self.cores.keys()
            inside -= self.cores.keys()
            more_starts, more_inside = _run(self.core_starts, self.core_folded, needle)
            starts |= more_starts
            inside |= more_inside - starts

        def ordered(numbers: set[int]) -> list[str]:
            shown = {n: self.cores[n] if core and n in self.cores else texts[n] for n in numbers}
            return [shown[n] for n in sorted(numbers, key=lambda n: (len(shown[n]), n))]

        return ordered(starts), ordered(inside)


@dataclass(frozen=True)
class TitleIndex:
    """The curated titles, and O*NET's (those not among them, case aside) after them,
    with the words of both for respelling a slip."""

    curated: TitleSet
    more: TitleSet
    near: NearWords

    @classmethod
    def build(
        cls, curated: Iterable[str], more: Iterable[str], core: Callable[[str], str]
    ) -> TitleIndex:
        """Index both; ``core`` gives a title's core form."""
        first = _unique(curated, {})
        rest = _unique(more, {t.casefold(): t for t in first})
        ours, onets = TitleSet.build(first, core), TitleSet.build(rest, core)
        return cls(ours, onets, NearWords.build(ours.folded + onets.folded))

    def matching(self, needle: str, limit: int, core: bool = False) -> tuple[list[str], list[str]]:
        """Titles starting with ``needle``, then those with a later word that does;
        curated first in each. O*NET's are not looked at when ``limit`` curated titles
        start with it: none of them would be shown."""
        starts, inside = self.curated.matching(needle, core)
        if len(starts) >= limit:
            return starts, inside
        more_starts, more_inside = self.more.matching(needle, core)
        return starts + more_starts, inside + more_inside


def _unique(titles: Iterable[str], seen: Mapping[str, str]) -> list[str]:
    """``titles`` without repeats (case aside) or any already ``seen`` (by casefold)."""
    kept: dict[str, str] = {}
    for title in titles:
        if title.casefold() not in seen:
            kept.setdefault(title.casefold(), title)
    return list(kept.values())


def _run(
    starts: tuple[Start, ...], folded: Sequence[str] | Mapping[int, str], needle: str
) -> tuple[set[int], set[int]]:
    """The numbers of the texts starting with ``needle``, and of those with a later
    word that does (not also starting with it)."""

    def key(entry: Start) -> str:
        return folded[entry[0]][entry[1] :]

    first = bisect_left(starts, needle, key=key)
    at_start: set[int] = set()
    later: set[int] = set()
    for entry in starts[first:]:
        if not key(entry).startswith(needle):
            break
        (later if entry[1] else at_start).add(entry[0])
    return at_start, later - at_start


def _fold(title: str) -> str:
    """A title as a typed prefix is compared with it: case folded, single spaces."""
    return " ".join(title.casefold().split())


def _word_starts(folded: tuple[str, ...]) -> tuple[Start, ...]:
    """Every word start of every text, sorted by the folded text from there on."""
    keys: list[str] = []
    refs: list[Start] = []
    for number, text in enumerate(folded):
        offset = 0
        for word in text.split(" "):
            keys.append(text[offset:])
            refs.append((number, offset))
            offset += len(word) + 1
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return tuple(refs[i] for i in order)
