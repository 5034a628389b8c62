"""The category model's reading of a profile, split between its items for the drivers.

The category classifier reads all the words together and says what kind of work they
are: its probabilities set the match's ``category_agrees`` column and the AI-era share
``q`` (``grounded``). A driver variant (the profile with only some of its items) kept
the whole profile's reading, so what the classifier read moved no item's points and
landed in the drivers' last line ("AI orchestration engineer": +45 of +45 there).

The classifier is linear before its softmax: a profile's logits are its intercept plus
one product per TF-IDF entry (``category_rows``). Each entry belongs to the items whose
own words hold it (a title unit, a skill with its catalogue name, a duty line), shared
equally when several do and between the field's items when none alone does (a word
pair across two skills). A variant's logits are then the profile's less the parts of the
items it leaves out, exactly, before the softmax (each field keeps the whole profile's
normalisation). With nothing held they are the intercept: the profile with nothing
typed, so the items' Shapley values add up to the score's move from there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from career_resilience.model.category_agree import agree_layout
from career_resilience.model.category_rows import CategoryRows
from career_resilience.model.driver_category_split import CategorySplit
from career_resilience.model.examples import skills_field
from career_resilience.model.features import normalise
from career_resilience.model.occupation_match import CATEGORY

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine
    from career_resilience.skills.matching import SkillMatch

#: The category model's fields (``category_rows``): the title, skills and duties.
ROLE, SKILLS, DUTIES = range(3)


class CategoryFrame(NamedTuple):
    """What a variant's category reading needs, per engine: the classifier's field
    products, and how its probabilities reach the match and the AI-era share."""

    rows: CategoryRows
    parts: dict[int, list[Any]]  # each field's vectorizers (``fast_features._Part``)
    intercept: np.ndarray  # (categories,) float64
    framing: np.ndarray  # the categories framing some occupation (their indices)
    # (categories, 4): framing, every, AI-era, AI-era figure (``driver_category_split``)
    sums: np.ndarray
    ai: np.ndarray  # (categories,) 1.0 for AI-era categories
    # (occupations,) each occupation's column of the category split: its category, or
    # for one agreeing with two kinds of work (``category_agree``) a column after them
    frame: np.ndarray
    either: np.ndarray  # (pairs, 2): the two categories of each column after them
    weight: float  # the combiner's weight of ``category_agrees`` over the temperature
    # Profiles' splits by (field texts, their items).
    kept: dict[tuple[tuple[str, ...], tuple[FieldItems, ...]], tuple[np.ndarray, np.ndarray]]
    # Each piece's words and the columns they give, by (field, piece) (:func:`_piece`).
    pieces: dict[tuple[int, str], tuple[list[str], list[int]]]


_FRAMES: dict[int, tuple[Engine, CategoryFrame]] = {}


def frame_of(engine: Engine) -> CategoryFrame:
    """The engine's :class:`CategoryFrame`, made on first use (kept with the engine)."""
    kept = _FRAMES.get(id(engine))
    if kept is None or kept[0] is not engine:
        g, mt = engine.ground, engine.match_tables
        category = np.asarray(g.category)
        if not ((category == 0) | (category == 1)).all() or (category.sum(axis=1) != 1).any():
            raise ValueError("each occupation must be framed in exactly one category")
        frame, either = agree_layout(np.asarray(g.agree))
        mask = np.asarray(g.anchor_mask, np.float64)
        parts: dict[int, list[Any]] = {}
        for part in engine.tables.featurizer.parts:
            parts.setdefault(part.field, []).append(part)
        made = CategoryFrame(
            engine.tables.few,
            parts,
            np.asarray(engine.tables.intercept, np.float64),
            np.flatnonzero(category.any(axis=0)),
            np.stack(
                [category.any(axis=0), np.ones(len(mask)), mask, mask * g.anchor_figure], axis=1
            ).astype(np.float64),
            (mask > 0).astype(np.float64),
            frame,
            either,
            float(mt.weights[CATEGORY] / mt.temperature),
            {},
            {},
        )
        if len(_FRAMES) > 4:  # engines rebuilt (tests)
            _FRAMES.clear()
        kept = _FRAMES[id(engine)] = (engine, made)
    return kept[1]


class FieldItems(NamedTuple):
    """A field's items as the field text holds them: its pieces in order (a skill's
    catalogue name comes after every typed skill) and the item each piece is of."""

    pieces: tuple[str, ...]
    owners: tuple[int, ...]
    size: int  # items

    @classmethod
    def plain(cls, items: Sequence[str]) -> FieldItems:
        """Items that are one piece each, in the field's order."""
        return cls(tuple(items), tuple(range(len(items))), len(items))


#: Each field's entries of one profile: its columns (ascending) and their products with
#: the classifier's weights (``CategoryRows.entries``).
Found = list[tuple[np.ndarray, np.ndarray]]


def split_entries(
    frame: CategoryFrame,
    texts: tuple[str, ...],
    items: tuple[FieldItems, ...],
    found: Found | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The profile's category logits, and (items, categories) each item's part of them:
    ``texts`` the fields as the score read them, ``items[f]`` field ``f``'s items (an
    empty field's entries are held by every variant, so in no part). An entry is
    shared equally between the items of its field whose own words hold it, or between
    all of them when none alone does (a word pair across two skills). ``found``: the
    fields' entries when already known (a batch's chunk, ``driver_category_batch``).
    Remembered per profile (the what-if scores the same title and duties again and
    again)."""
    key = (texts, items)
    kept = frame.kept.get(key)
    if kept is not None:
        return kept
    if found is None:
        found = [frame.rows.entries(f, text) for f, text in enumerate(texts)]
    cols = np.concatenate([c for c, _ in found])  # ascending: the fields' columns follow
    products = np.concatenate([p for _, p in found])
    full = frame.intercept + np.add.reduce(products, axis=0, dtype=np.float64)
    held = np.zeros((sum(x.size for x in items), len(cols)), np.float32)
    words: list[int] = []
    owner: list[int] = []
    shared = []  # (rows, columns) of each field with several items
    row = col = 0
    for f, field_items in enumerate(items):
        rows, span = slice(row, row + field_items.size), slice(col, col + len(found[f][0]))
        if field_items.size == 1:  # the one item holds every entry of its field
            held[rows, span] = 1.0
        elif field_items.size:
            shared.append((rows, span))
            _owned_columns(frame, f, texts[f], field_items, row, words, owner)
        row, col = rows.stop, span.stop
    # A field with no entries at all owns none ("1.5" as a title: its units "1" and "5"
    # are words of the title part, the whole no entry of it; looking them up among no
    # columns crashed the score).
    if words and len(cols):
        own = np.array(words, np.int64)
        at = np.minimum(np.searchsorted(cols, own), len(cols) - 1)
        hit = cols[at] == own
        held[np.array(owner)[hit], at[hit]] = 1.0
    for rows, span in shared:  # held by none alone: shared by all the field's items
        block = held[rows, span]
        block[:, ~np.logical_or.reduce(block, axis=0)] = 1.0
    held /= np.maximum(np.add.reduce(held, axis=0), 1.0)
    out = full, (held @ products).astype(np.float64)
    if len(frame.kept) >= KEPT:
        frame.kept.clear()
    frame.kept[key] = out
    return out


def _owned_columns(
    frame: CategoryFrame,
    field: int,
    text: str,
    items: FieldItems,
    first: int,
    words: list[int],
    owner: list[int],
) -> None:
    """Append the columns each item's own words give in its field to ``words``, and
    the item of each (numbered from ``first``) to ``owner``: each piece's own columns
    (remembered per piece: people type the same skills, lines and title words), and a
    word pair across two pieces of one item (a skill and its catalogue name) when the
    field's words are the pieces' words in order (``normalise`` of a field is its
    pieces' words in order, ``fast_features``); when they do not line up, each piece on
    its own."""
    pieces = [_piece(frame, field, piece) for piece in items.pieces]
    tokens = normalise(text).split()
    if len(tokens) == sum(len(t) for t, _ in pieces):
        if tokens != [token for t, _ in pieces for token in t]:
            # The same count of other words (never seen): read the field's own words.
            whose = [first + i for (t, _), i in zip(pieces, items.owners, strict=True) for _ in t]
            _owned_by_words(frame, field, tokens, whose, words, owner)
            return
        last = ("", -1)  # the previous piece's last word, and its item
        for (piece_tokens, _), i in zip(pieces, items.owners, strict=True):
            if not piece_tokens:
                continue
            if last[1] == i:  # a word pair across two pieces of one item
                pair = f"{last[0]} {piece_tokens[0]}"
                for part in frame.parts[field]:
                    j = None if part.char else part.vocab.get(pair)
                    if j is not None:
                        words.append(j + part.offset)
                        owner.append(first + i)
            last = (piece_tokens[-1], i)
    for (_, found), i in zip(pieces, items.owners, strict=True):
        words += found
        owner += [first + i] * len(found)


#: Pieces remembered per frame (a word list and a few columns each), cleared when full.
KEPT_PIECES = 20_000


def _piece(frame: CategoryFrame, field: int, piece: str) -> tuple[list[str], list[int]]:
    """A piece's normalised words and the columns they give in its field's vectorizers
    (each word's character n-grams, its words and the pairs inside it), remembered."""
    key = (field, piece)
    found = frame.pieces.get(key)
    if found is None:
        if len(frame.pieces) >= KEPT_PIECES:
            frame.pieces.clear()
        norm = normalise(piece)
        columns = [c for part in frame.parts[field] for c in part.columns(norm)]
        found = frame.pieces[key] = (norm.split(), columns)
    return found


def _owned_by_words(
    frame: CategoryFrame,
    field: int,
    tokens: list[str],
    whose: list[int],
    words: list[int],
    owner: list[int],
) -> None:
    """:func:`_owned_columns` from the field's own words, ``whose[k]`` the item of word
    ``k``: a word pair is an item's when both words are."""
    for part in frame.parts[field]:
        if part.char:  # character n-grams never cross a word
            for token, i in zip(tokens, whose, strict=True):
                found = part.columns(token)
                words += found
                owner += [i] * len(found)
            continue
        vocab, offset = part.vocab, part.offset
        for token, i in zip(tokens, whose, strict=True):
            j = vocab.get(token)
            if j is not None:
                words.append(j + offset)
                owner.append(i)
        for k in range(len(tokens) - 1):
            if whose[k] == whose[k + 1]:
                j = vocab.get(f"{tokens[k]} {tokens[k + 1]}")
                if j is not None:
                    words.append(j + offset)
                    owner.append(whose[k])


#: Profiles' splits remembered (each a few KB), cleared when full.
KEPT = 4096


class CategoryReading:
    """The category model's reading of one profile (as the score read it), to be split
    between the items the drivers credit."""

    def __init__(
        self,
        frame: CategoryFrame,
        role: str,
        skills: Sequence[str],
        matches: Sequence[SkillMatch],
        duties: str,
        mend: Callable[[str], str] = str,
    ) -> None:
        # ``mend``: the title as the category model reads it (``Engine.category_title``),
        # the whole and each of the title's players alike, so a mended word's entries are
        # the typed word's to hold.
        self.mend = mend
        self.frame, self.role, self.skills, self.duties = frame, mend(role), list(skills), duties
        #: The fields' entries, when a batch worked them out for its whole chunk.
        self.found: Found | None = None
        # One match per typed skill, in order (``Engine.read_skills``).
        resolved = dict(zip(self.skills, (m.skill for m in matches), strict=True))
        # The skills field as the score read it: each typed skill, then catalogue names.
        self.field = skills_field(self.skills, resolved.__getitem__)
        typed = [k for k, s in enumerate(self.skills) if s.strip()]
        named = [k for k in typed if _other_name(self.skills[k], resolved[self.skills[k]])]
        self._named = FieldItems(
            tuple(
                [self.skills[k] for k in typed]
                + [_other_name(self.skills[k], resolved[self.skills[k]]) for k in named]
            ),
            (*typed, *named),
            len(self.skills),
        )

    @property
    def texts(self) -> tuple[str, str, str]:
        """The category model's fields as the score read them: title, skills, duties."""
        return (self.role, self.field, self.duties)

    def parts(
        self, title: Sequence[str], skills: int, lines: Sequence[str], named: int
    ) -> CategorySplit:
        """The category model's reading split between the title's players ``title``
        (each a text; none: every variant holds the title's entries), then the first
        ``skills`` skills and the first ``named`` of the duty ``lines`` (every line of
        the duties, ``profile.duty_lines``; the items after those named are held by
        every variant, as ``grounded_drivers`` holds them)."""
        items = (
            FieldItems.plain([self.mend(t) for t in title]),
            self._named,
            FieldItems.plain(lines),
        )
        full, parts = split_entries(self.frame, self.texts, items, self.found)
        n = len(title) + len(self.skills)
        keep = [*range(len(title) + skills), *range(n, n + named)]
        return CategorySplit(self.frame, full, parts[keep])


def _other_name(text: str, skill: object) -> str:
    """A skill's catalogue name where it is not what was typed ("" otherwise), as the
    skills field adds it (``examples.skills_field``)."""
    name = getattr(skill, "name", None)
    return "" if name is None or name.casefold() == text.casefold() else str(name)
