"""The match's logits with some of a profile's items left out, without matching again.

Each item's part of each occupation's logit is known (``driver_shares``): a skill's or a
duty line's is one row, taken out of the logits when the item is; the title's is not
linear in its units (the combiner weighs the best title cosine and its square), so each
set of the title's units held gets its own correction. A short title read in the
profile's context ("Driver" with "drive a school bus" read as "School Bus Driver",
``title_context``) is read again without the items that made it so.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from career_resilience.model.driver_category_split import AiShare, CategorySplit
from career_resilience.model.item_shapley import members
from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.title_context import read_in_context
from career_resilience.model.title_specialty import Heard

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = range(3)
#: The end of the columns the skills and duties fill (technology, tasks, duty words).
_SKILLS_END = 7


class TitleReads:
    """How the title's part of each logit changes when it is read with only some of
    the skills and duty lines (None: not at all), remembered per set of items left out.

    A short title is read in the profile's context ("Driver" with "drive a school bus"
    as "School Bus Driver"; "Engineer" with Java as a software engineer,
    ``title_context``): a variant holding the title but not the items that decided the
    read reads it without them. Read for real: the title with no item and without one
    item; for other variants, only the items whose leaving out alone changes the read
    are taken to change it together (every set read for real cost a title look-up per
    variant; reading each one-item variant too moved no driver by more than a point).
    A title read as typed is read as typed in every variant. A variant that every title
    rule reads alike (``title_context.read_in_context``'s ``heard``) reads the title as
    the whole profile does, and is not read again.

    Items are numbered as the drivers name them: the named skills, then the named duty
    lines (skills past those named are held in every variant).
    """

    def __init__(
        self,
        tables: MatchTables,
        row: tuple[str, Sequence[str], Sequence[str]],
        f: np.ndarray,
        w: np.ndarray,
        named: tuple[int, int],
        as_typed: bool | None,
        heard: Heard | None = None,
    ) -> None:
        """``heard``: what the title rules heard of the items as the profile's own read
        made ``f`` from ``row`` (``Engine.read_chunk``); None: read again here."""
        self._tables, self._row, self._f, self._w = tables, row, f, w
        self._skills, lines = named
        self._items = self._skills + lines
        self._kept: dict[frozenset[int], np.ndarray | None] = {}
        self.active = False  # whether any variant may read the title otherwise
        self._deciding: frozenset[int] = frozenset()  # leaving one out changes the read
        if as_typed or not row[0] or not (row[1] or row[2]):
            return  # read as typed, or no title to read again (``work_texts``)
        best, official = title_channel(tables, title_texts(tables, row[0]))
        # The skills' and duties' columns as matched come along: in an exact tie they
        # say which holder the person is (``title_specialty.behind_in_ties``), read
        # with every item in each variant.
        plain = self._plain = np.array(f[None, :, :_SKILLS_END], np.float32)
        plain[0, :, _MAX], plain[0, :, _OFFICIAL] = best.max(axis=0), official.max(axis=0)
        plain[0, :, _MAX_SQ] = plain[0, :, _MAX] ** 2
        if np.array_equal(plain[0, :, :3], f[:, :3]):
            return  # the title was read as typed
        self.active = True
        self._now = f[:, :3] @ w[:3]
        # Read once with every item, keeping what the title rules heard of them: a
        # variant that every rule hears alike reads as the whole profile. The
        # profile's own read was that read (the same texts from the same title
        # columns; the rules change no other column): its title columns are f's.
        self._heard: Heard = [] if heard is None else heard
        self._whole = None if heard is not None else self._read_for_real(frozenset(), self._heard)
        self._deciding = frozenset(
            k for k in range(self._items) if self._read(frozenset((k,))) is not None
        )

    def change(self, left_out: frozenset[int]) -> np.ndarray | None:
        """The change of the title's part of each logit with the items ``left_out``."""
        if not self.active:
            return None
        if len(left_out) <= 1 or len(left_out) == self._items:
            return self._read(left_out)
        return self._read(left_out & self._deciding)

    def _read(self, left_out: frozenset[int]) -> np.ndarray | None:
        if not left_out:
            return None
        if left_out not in self._kept:
            if self._heard_alike(left_out):
                self._kept[left_out] = self._whole
            else:
                self._kept[left_out] = self._read_for_real(left_out)
        return self._kept[left_out]

    def _texts(self, left_out: frozenset[int]) -> tuple[str, str, str]:
        """The profile's title, skills and duty lines without the items ``left_out``."""
        role, every, duties = self._row
        named = self._skills
        skills = [s for k, s in enumerate(every) if k >= named or k not in left_out]
        lines = [d for k, d in enumerate(duties) if k + named not in left_out]
        return role, "; ".join(skills), "\n".join(lines)

    def _heard_alike(self, left_out: frozenset[int]) -> bool:
        """Whether the variant leaving out ``left_out`` reads the title as the whole
        profile does, by what the title rules heard of the items: it holds skills and
        duty lines as the profile does (the rules ask whether there are any, apart from
        what they say), and every rule's check passes."""
        _, skills, lines = self._texts(left_out)
        _, all_skills, all_lines = self._texts(frozenset())
        if bool(skills) != bool(all_skills) or bool(lines) != bool(all_lines):
            return False
        return all(alike(skills, lines) for alike in self._heard)

    def _read_for_real(
        self, left_out: frozenset[int], heard: Heard | None = None
    ) -> np.ndarray | None:
        """The change of the title's part of each logit, read without ``left_out``."""
        g = self._plain.copy()
        read_in_context(self._tables, [self._texts(left_out)], g, heard)
        same = np.array_equal(g[0, :, :3], self._f[:, :3])
        return None if same else g[0, :, :3] @ self._w[:3] - self._now


class Rows(NamedTuple):
    """Variants of the profile: their softmax numerators, and what each leaves out."""

    weights: np.ndarray  # (variants, occupations) float32: exp of the logits, shifted alike
    dropped: np.ndarray  # per variant, the duty lines left out (bit k: line k)
    full: int  # the variant holding every item
    without: list[int]  # per item, the variant holding every item but it
    ai: AiShare | None  # per variant, the AI-era share and figure (None: none has any)


class Variants:
    """The profile with only some of its items held: the title's players (each title
    unit, or the whole title as one), then the items: one row of ``parts`` per skill
    and duty line (the duty lines from item ``skills`` on).

    A variant's logits are the logits as matched less the parts of the items it leaves
    out, so its softmax numerators are a product: exp(logits with nothing held) times
    exp(part) for each item held. The 2^p coalitions then cost one exp per item and
    one multiplication per coalition, where an exp per coalition cost 60% of a score's
    drivers. Every logit is shifted by the largest as matched; when nothing held lies
    further than :data:`FAR` below it (float32's exp underflows at -87), the products
    hold every figure a softmax needs; else each variant's logits are summed and
    shifted on their own.
    """

    def __init__(
        self,
        z: np.ndarray,
        title: tuple[np.ndarray, np.ndarray, np.ndarray] | None,
        parts: np.ndarray,
        skills: int,
        w: np.ndarray,
        reads: TitleReads,
        category: CategorySplit,
        listed: bool = False,
    ) -> None:
        """``z``: the logits as matched; ``title``: each title player's share of the
        best and of the official title cosine, and the title's whole part of each logit
        (None: no title); ``parts``: (items, occupations), each item's part;
        ``category``: the category model's logits split between the title's players
        and the items (``driver_category``): each one's part of the match's category
        column joins its part of the logits; ``listed``: the title is one O*NET lists
        (``grounded.title_listed``), so a variant holding all of it has no AI-era share,
        as the score has none."""
        self._category = category
        self._listed = listed and title is not None
        self.units = u = 0 if title is None else len(title[0])
        column = category.column_parts()
        parts = parts + column[u:]
        self._title_column = column[:u]
        if title is not None:
            title = (title[0], title[1], title[2] + np.add.reduce(column[:u], axis=0))
        self._z = z - np.maximum.reduce(z)
        self._parts, self._skills, self._w, self._reads = parts, skills, w, reads
        self._title = title
        self._bare = self._z - np.add.reduce(parts, axis=0)  # every item left out
        self._none = self._bare if title is None else self._bare - title[2]  # no title
        self._product = bool(np.minimum.reduce(self._none) > -FAR)
        self._exp_parts = np.exp(parts) if self._product else parts

    def alone(self) -> tuple[np.ndarray, AiShare | None]:
        """Softmax numerators of the profile as typed, then of nothing typed (no title,
        no item), then of each item alone; and their AI-era shares."""
        n = len(self._parts)
        out = np.empty((2 + n, len(self._z)), np.float32)
        out[0], out[1] = self._z, self._none
        if self._product:
            np.exp(out[:2], out=out[:2])
            np.multiply(out[1], self._exp_parts, out=out[2:])
        else:
            np.add(out[1], self._parts, out=out[2:])
            _exp_each(out)
        category = self._category
        if not category.ai:
            return out, None
        logits = np.empty((2 + n, len(category.full)))
        logits[0], logits[1] = category.full, category.none
        np.add(category.none, category.parts[self.units :], out=logits[2:])
        ai = category.ai_share(logits)
        if self._listed:  # the profile as typed holds its listed title
            ai.q[0] = 0.0
        return out, ai

    def game(self, chosen: list[int]) -> Rows:
        """Every coalition of the players (the title's, then the items ``chosen``, then
        the other items as one player, when there are any), coalition ``k`` in row ``k``
        (bit ``j``: player ``j`` held; ``members``); then the profile without each
        other item. The other items play together: held in every coalition, what they
        say alike with the players went to no one (a profile of a title, four skills and
        three lines kept 36.8 of its 37.6 points in the last line)."""
        u, n = self.units, len(self._parts)
        others = [k for k in range(n) if k not in chosen]
        p = u + len(chosen) + bool(others)
        size = 1 << p
        out = np.empty((size + len(others), len(self._z)), np.float32)
        # Coalitions k < 2^u vary the title alone, every item player left out; each
        # item player j then doubles them: rows 2^j..2^(j+1) are rows 0..2^j with its
        # part held (no matrix product: OpenBLAS hands one this size to its threads,
        # whose wake-up on a busy machine cost milliseconds a score).
        cuts = (1 << u) - 1
        out[cuts] = self._bare
        if u:
            np.add(out[cuts], self._title_cuts(), out=out[:cuts])
        parts = [self._exp_parts[k] for k in chosen]
        if others:
            np.subtract(self._z, self._parts[others], out=out[size:])
            group = np.add.reduce(self._parts[others], axis=0)
            parts.append(np.exp(group) if self._product else group)
        if self._product:
            np.exp(out[: cuts + 1], out=out[: cuts + 1])
            if others:
                np.exp(out[size:], out=out[size:])
        hold = np.multiply if self._product else np.add
        for j, part in enumerate(parts):
            at = 1 << (u + j)
            hold(out[:at], part, out=out[at : 2 * at])
        if self._reads.active:
            self._read_again(out, _absent(p, u), chosen, others)
        ai = None
        if self._category.ai:
            ai = self._category.ai_share(self._category_logits(chosen, others))
            if self._listed:  # every variant holding the whole listed title: none
                whole = (1 << u) - 1
                held = (np.arange(len(ai.q)) & whole) == whole
                held[size:] = True  # the profile without one other item holds it
                ai.q[held] = 0.0
        if not self._product:
            _exp_each(out)
        full = size - 1
        without = [0] * n
        for j, k in enumerate(chosen):
            without[k] = full - (1 << (u + j))
        for j, k in enumerate(others):
            without[k] = size + j
        line = [1 << (k - self._skills) if k >= self._skills else 0 for k in range(n)]
        lines = [line[k] for k in chosen]
        if others:  # the group leaves out every line of its own (the bits are distinct)
            lines.append(sum(line[k] for k in others))
        dropped = np.empty(len(out), np.int64)
        dropped[:size] = _dropped(u, tuple(lines))
        dropped[size:] = [line[k] for k in others]
        return Rows(out, dropped, full, without, ai)

    def _category_logits(self, chosen: list[int], others: list[int]) -> np.ndarray:
        """The category logits of the variants of :meth:`game`, in its rows: the
        profile's less the parts of the items each leaves out."""
        full, cat = self._category.full, self._category.parts
        u = self.units
        played = cat[[*range(u), *(u + k for k in chosen)]]
        if others:  # the other items, as one player
            played = np.concatenate([played, np.add.reduce(cat[[u + k for k in others]])[None]])
        size = 1 << len(played)
        logits = np.empty((size + len(others), len(full)))
        logits[0] = full - np.add.reduce(played, axis=0)
        for j, part in enumerate(played):  # rows 2^j..2^(j+1): rows 0..2^j, j held
            np.add(logits[: 1 << j], part, out=logits[1 << j : 2 << j])
        np.subtract(full, cat[[u + k for k in others]], out=logits[size:])
        return logits

    def _read_again(
        self, out: np.ndarray, absent: np.ndarray, chosen: list[int], others: list[int]
    ) -> None:
        """Move each variant holding the whole title by how its part changes when read
        without the items the variant leaves out (only items that decided the read)."""
        u = self.units
        whole = np.arange(len(absent)) & ((1 << u) - 1) == (1 << u) - 1
        # The last column is the other items' group, when there is one.
        members_of = [(k,) for k in chosen] + ([tuple(others)] if others else [])
        rows = [
            (r, frozenset(k for j, ks in enumerate(members_of) if absent[r, j] for k in ks))
            for r in np.flatnonzero(whole).tolist()
        ]
        rows += [(len(absent) + j, frozenset((k,))) for j, k in enumerate(others)]
        factors: dict[frozenset[int], np.ndarray | None] = {}
        for r, left_out in rows:
            if left_out not in factors:
                change = self._reads.change(left_out)
                if change is not None and self._product:
                    change = np.exp(change)
                factors[left_out] = change
            factor = factors[left_out]
            if factor is not None:
                (np.multiply if self._product else np.add)(out[r], factor, out=out[r])

    def _title_cuts(self) -> np.ndarray:
        """(2^u - 1, occupations): per set of title units short of the whole title (by
        bitmask), what the logits lose when only those units are held."""
        assert self._title is not None
        best, official, whole = self._title
        if self.units == 1:  # no title at all: the title's whole part is lost
            return -whole[None]
        held = _held(self.units)
        b = held @ best  # each set's title features: the sums of its units' shares
        w = self._w
        kept = b * (w[_MAX] + b * w[_MAX_SQ]) + (held @ official) * w[_OFFICIAL]
        return kept + held @ self._title_column - whole


@cache
def _absent(p: int, u: int) -> np.ndarray:
    """(2^p, p - u) int64: 1 where coalition ``k`` leaves out item player ``j``."""
    out = (~members(p)[:, u:]).astype(np.int64)
    out.flags.writeable = False
    return out


#: How far below the largest logit as matched a logit may lie for the variants' softmax
#: numerators to be worked out as products (float32's exp underflows below -87).
FAR = 60.0


def _exp_each(logits: np.ndarray) -> None:
    """exp of each row of ``logits``, each shifted by its own largest, in place."""
    logits -= np.maximum.reduce(logits, axis=1, keepdims=True)
    np.exp(logits, out=logits)


@cache
def _held(u: int) -> np.ndarray:
    """(2^u - 1, u) float32: which of ``u`` title units each set short of all holds."""
    out = members(u)[:-1].astype(np.float32)
    out.flags.writeable = False  # shared by every score
    return out


@lru_cache(maxsize=1024)
def _dropped(u: int, lines: tuple[int, ...]) -> np.ndarray:
    """Per coalition of ``u`` title players and item players whose duty-line bits are
    ``lines`` (0: a skill), the duty lines it leaves out."""
    out = _absent(u + len(lines), u) @ np.array(lines, np.int64)
    out.flags.writeable = False
    return out
