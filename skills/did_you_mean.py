"""Which catalogue names a "did you mean" may offer for a skill nobody catalogued.

:meth:`~career_resilience.skills.matching.SkillMatcher.suggest` ranks candidates by
character trigrams and difflib, which can offer names that merely share letter runs
or a common word: "CAD systems" got HRIS administration (alias "HCM systems") and CRM
administration. A candidate is kept only when it names something the person typed:

- every word typed is a word of its name or aliases, starts one, or is a slip of one
  ("Exel" -> Excel, "customer servise" -> Customer service, "knife skils" -> Cooking's
  "knife skills"); or
- its whole name, words run together, is a slip of what was typed.

A name sharing only some of the words typed is another skill, not what was meant: a
"did you mean" offers a near spelling or the same words, so none is offered. Sharing
one word few skills use was enough before: "customer orders" was offered Returns
processing ("customer returns"), Customer service and Marketing automation for their
"customer", "student support" Bus driving ("student transport"), "continuous miner"
CI/CD and "gait training" Learning and development; "pre-trip inspection" and
"walkaround inspection" get no kind of inspection either.

One word typed alone that a candidate holds only after another word, a kind of it,
is not offered: "scaling" is not Forestry (alias "log scaling"), "register" not
Enterprise risk management ("risk register"), "cutting" not Gem cutting and setting.
A word of the catalogue, or one with "-ing" or "-ed" added, is spelt as meant and is
never a slip of another word ("frying" is not "flying"; :mod:`word_forms`), only of
itself spelt another way ("prompts", "labeling"), and starts no longer word but its own
forms ("operation" is not "operational risk"; :func:`starts_as_itself`).

A slip is about one typo per six letters (optimal string alignment, so a swapped pair
"pyhton" is one), never in the first letter ("radio" is not "audio") and never in a
word of fewer than four letters (a whole name of three may have one: "jva"). Below six
letters the one slip is a dropped, added or swapped letter, never a changed one: one
letter changed in a short word most often spells another word ("till" is not "tile",
"wash" not "wasm", "perm" not "perl"), while "Exel" still gets Excel. A name of two
letters is an abbreviation, never a slip ("art" is not AR, "gps" not GP). Among the
names that say all of what was typed, only those needing the fewest letters changed
are offered, a changed letter counting as two ("payrol" gets Payroll, not Security
guarding's "patrol"). The app and the CLI show the same suggestions, since both take
them from the matcher.

Once the person is placed, a suggestion from another trade is dropped
(:func:`fit_the_work`): its kinds of work (``Skill.categories``) share none with those
the person was placed in, and it is not what was typed spelt another way. A dental
hygienist's "cleanings" is not Commercial cleaning, a painter's "commissions" not
Electrical commissioning, a tattoo artist's "linework" not Power line work, while a
cashier's "cusotmer service" is still Customer service: a word no catalogue or
dictionary holds is a typo whatever the trade, a word spelt as meant says which trade.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from career_resilience.skills.english_words import english_words
from career_resilience.skills.models import Skill
from career_resilience.skills.word_forms import is_a_form_of_a_word, same_stem, same_word

#: How well a candidate names what was typed: every word (else not at all).
NAMES_ALL = 2
#: Words shorter than this are never taken as a slip of another word.
SLIP_MIN_CHARS = 4
#: Words shorter than this may have their one slip only as a dropped, added or swapped
#: letter: six is where "one per six letters" starts to allow one on its own.
CHANGE_MIN_CHARS = 6
#: A name this short ("AR", "GP") is an abbreviation: nothing is a slip of it.
SLIP_TARGET_MIN_CHARS = 3
_WORD = re.compile(r"[\w+#]+")
#: What may follow a catalogue word in a longer word that is still a form of it.
FORM_ENDINGS = frozenset({"", "s", "es", "ing", "ed"})
#: A word this long may also be followed by "-er" ("leader"); shorter ones make others.
AGENT_MIN_CHARS = 4


def words(text: str) -> list[str]:
    """The words of ``text`` as the filter compares them (casefolded, accents dropped
    as skill keys drop them, so "sauté" is "saute"; + and # kept)."""
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(
            ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
        )
    return _WORD.findall(folded)


@functools.lru_cache(maxsize=1 << 14)
def label_words(names: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """The words of each of a skill's ``names`` (name, then aliases) and all of them,
    sorted: kept, since the same skills are compared again for every unknown skill and
    splitting their names was a fifth of a suggestion's cost."""
    labels = tuple(tuple(words(name)) for name in names)
    return labels, tuple(sorted({w for label in labels for w in label}))


def slips_allowed(length: int, shortest: int = SLIP_MIN_CHARS) -> int:
    """Typos tolerated in ``length`` letters: about one per six, none under ``shortest``."""
    return 0 if length < shortest else max(1, length // 6)


def is_slip(typed: str, word: str, shortest: int = SLIP_MIN_CHARS) -> bool:
    """Whether ``typed`` is ``word`` with a typo or two (same first letter)."""
    limit = slips_allowed(len(typed), shortest)
    if not limit or typed[:1] != word[:1] or len(word) < SLIP_TARGET_MIN_CHARS:
        return False
    # Same length and not the same letters: a letter changed, not dropped or swapped.
    if len(typed) < CHANGE_MIN_CHARS and len(typed) == len(word) and sorted(typed) != sorted(word):
        return False
    from rapidfuzz.distance import OSA  # after the cheap tests: most calls stop there

    return OSA.distance(typed, word, score_cutoff=limit) <= limit


def close_matches(word: str, possibilities: Iterable[str], n: int, cutoff: float) -> list[str]:
    """``difflib.get_close_matches(word, possibilities, n, cutoff)``, the same list, faster.

    difflib's ratio counts the characters of its matching blocks, a common subsequence,
    so it never exceeds twice the longest common subsequence over the two lengths:
    rapidfuzz's ``Indel.similarity`` (that doubled length, in C) rules most candidates
    out before difflib's Python works out its ratio for the few left. That bound is
    tighter than difflib's own quick ratios, so they are not asked, and the ratio is
    worked out once.
    """
    from rapidfuzz.distance import Indel

    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    result = []
    for x in possibilities:
        # 2.0 * matches / length, as difflib computes its ratio, with the most matches.
        if 2.0 * (Indel.similarity(x, word) // 2) / (len(x) + len(word)) < cutoff:
            continue
        matcher.set_seq1(x)
        if (ratio := matcher.ratio()) >= cutoff:
            result.append((ratio, x))
    return [x for _, x in heapq.nlargest(n, result)]


def letters_changed(typed: str, word: str) -> int:
    """How far ``typed`` is from ``word`` or its start: 0 for a start, one a letter
    dropped or added, two a letter changed or a swapped pair (Indel distance)."""
    if word.startswith(typed):
        return 0
    from rapidfuzz.distance import Indel

    return min(Indel.distance(typed, word), Indel.distance(typed, word[: len(typed)]))


def starts_as_itself(typed: str, word: str) -> bool:
    """Whether ``word`` starts with ``typed``, a word of the catalogue, as a form of it:
    the word itself, its plural ("stocks"), it with "-ing", "-ed" ("accounting") or
    "-er" ("leader"), or with a symbol ("security+").
    A longer, different word that merely starts with it is another word: "operation"
    is not "operational" (Enterprise risk management's "operational risk"), while a
    word half typed ("mainten") may still start one."""
    rest = word.removeprefix(typed)
    if rest == word:
        return False
    # A symbol after it names the word ("security+"); its last letter doubled before
    # an ending ("plan", "planning") or not ("market", "marketing"), not alone ("cdd").
    doubled = rest.removeprefix(typed[-1:])
    return (
        rest in FORM_ENDINGS
        or not rest.strip("+#")
        or doubled in ("ing", "ed")
        # One who does it ("team lead", "team leader"), not after a short word: "tow"
        # is not "tower", "sew" not "sewer".
        or (rest in ("er", "ers") and len(typed) >= AGENT_MIN_CHARS)
    )


@functools.lru_cache(maxsize=1 << 12)
def is_english(word: str) -> bool:
    """Whether ``word`` is a word of English or of a trade (``skills/english_words.csv``):
    typed as meant, so never taken for a slip of another word."""
    return word in english_words()


def matched_words(
    typed: str, vocabulary: Iterable[str], slips: bool = True, stems: bool = False
) -> list[str]:
    """The words of ``vocabulary`` that ``typed`` is, starts, or is a slip of (also of
    the start of a longer word: "handel" on the way to "handling"); with ``slips``
    false (``typed`` is a real word), only those it is, starts as a form of itself
    (:func:`starts_as_itself`), spells another way (:func:`same_word`) or, with
    ``stems``, shares its stem with (:func:`same_stem`: "journalist", Journalism)."""
    found = []
    # is_slip's own first tests, once for all words: most words fail them.
    allowed, first = slips_allowed(len(typed)) if slips else 0, typed[:1]
    for word in vocabulary:
        if (
            (word.startswith(typed) and (slips or starts_as_itself(typed, word)))
            or (
                allowed
                and word[:1] == first
                and (is_slip(typed, word) or is_slip(typed, word[: len(typed)]))
            )
            or (
                not slips
                and word[:1] == first
                and (same_word(typed, word) or (stems and same_stem(typed, word)))
            )
        ):
            found.append(word)
    return found


def _only_a_kind(matched: Iterable[str], labels: Sequence[Sequence[str]]) -> bool:
    """Whether one word typed alone, found as the ``matched`` words, is found in a skill
    only as a kind of it: after another word in each of its names (``labels``) that
    holds it. One word says no
    kind: a cashier's "register", a clerk's "returns", a hairdresser's "cutting" and a
    farmhand's "plowing" were offered Enterprise risk management ("risk register"), Tax
    preparation ("tax returns"), Shoe repair and key cutting and Snow removal ("snow
    plowing"), and a cook's "scaling" Forestry ("log scaling"). A name that starts with
    the word is kept: "returns" may be offered Returns processing, "stocking" Shelf
    stocking (alias "stocking shelves"), "logging" Forestry (alias "logging")."""
    found = set(matched)
    return not any(label and label[0] in found for label in labels)


@dataclass(frozen=True)
class SuggestionFilter:
    """The test above, with the words of the catalogue's names and aliases (built once
    per catalogue): such a word is spelt as meant, never a slip of another."""

    use: frozenset[str]

    @classmethod
    def of(cls, skills: Iterable[Skill]) -> SuggestionFilter:
        """The filter for a catalogue of ``skills``."""
        # How many skills use a word no longer counts ("one word few skills use" was
        # dropped as a reason to offer a skill): which words are used is all it reads.
        return cls(
            frozenset(w for s in skills for label in (s.name, *s.aliases) for w in words(label))
        )

    def strength(self, typed: str, names: Sequence[str]) -> tuple[int, int]:
        """How well ``names`` (a skill's name and aliases) name what was ``typed``:
        :data:`NAMES_ALL` or 0 (not at all), with the fewest letters changed to name all
        of it (:func:`letters_changed`; 0 unless :data:`NAMES_ALL`)."""
        typed_words = [w for w in words(typed) if len(w) >= 2]
        labels, vocabulary = label_words(tuple(names))
        # A catalogue word ("delivery"), or one with an ending ("frying" is "fry"), is
        # spelt as meant: never a slip of another ("deliveroo", "flying"). So is a word
        # of English: "baling" is not Baking, "pearl" not Perl, "podiatric" not
        # Paediatrics.
        catalogue = {w for w in typed_words if w in self.use or is_a_form_of_a_word(w, self.use)}
        english = {w for w in typed_words if w not in catalogue and is_english(w)}
        own = catalogue | english
        # A word of English the catalogue lacks, taken for a slip before, may still name
        # a skill by its stem ("journalist" Journalism); a catalogue word names its own
        # ("operation" is not Enterprise risk management's "operational risk").
        matched = [
            matched_words(w, vocabulary, slips=w not in own, stems=w in english)
            for w in typed_words
        ]
        if english and len(typed_words) > 1 and not all(matched):
            # Among other words that all name this skill, a word of English one slip
            # from the word left is a slip: "costumer service" is Customer service.
            again = [
                found or (matched_words(w, vocabulary) if w in english else found)
                for w, found in zip(typed_words, matched, strict=True)
            ]
            if all(again):
                matched = again
        joined = "".join(words(typed))
        # One word, a stray letter aside ("e-filing"); "9-1-1 dislatch" and "f&b
        # managemnet" say more than their one long word.
        alone = len(typed_words) == 1 and len(words(typed)) <= 2
        if alone and matched and all(matched) and _only_a_kind(matched[0], labels):
            return 0, 0
        changes = [
            # A whole name of three letters may have a slip ("jva"): the matcher only
            # offers short names of about the typed length.
            letters_changed(joined, whole)
            for whole in ("".join(label) for label in labels)
            if joined not in own and is_slip(joined, whole, shortest=3)
        ]
        if matched and all(matched):
            changes.append(
                sum(
                    min(letters_changed(typed_word, word) for word in found)
                    for typed_word, found in zip(typed_words, matched, strict=True)
                )
            )
        if changes:
            return NAMES_ALL, min(changes)
        return 0, 0

    def keep(self, typed: str, candidates: Iterable[Skill]) -> list[Skill]:
        """The ``candidates`` that name something in ``typed``, in their order; when
        some name all of it, only those ("pipe fittng" is Plumbing, not tyre fitting),
        and of those only the ones with the fewest letters changed ("payrol": Payroll,
        one letter dropped, not "patrol", one changed)."""
        rated = [(self.strength(typed, (s.name, *s.aliases)), s) for s in candidates]
        # Stronger first, then fewer letters changed.
        best = max(((level, -changes) for (level, changes), _ in rated), default=(0, 0))
        return [s for (level, changes), s in rated if level and (level, -changes) == best]

    def misspelt(self, typed: str, skill: Skill) -> bool:
        """Whether ``typed`` holds a word that is no word of the catalogue or of English
        and, its words run together, is one of ``skill``'s names with a typo
        (:func:`is_slip`): "cusotmer service" is Customer service in any trade, while
        "cleanings", spelt as meant, is a dental hygienist's, not Commercial cleaning
        (alias "cleaning")."""
        typed_words = words(typed)
        if all(
            w in self.use or is_a_form_of_a_word(w, self.use) or is_english(w) for w in typed_words
        ):
            return False
        joined = "".join(typed_words)
        labels, _ = label_words((skill.name, *skill.aliases))
        return any(is_slip(joined, "".join(label), shortest=3) for label in labels)

    def fit_the_work(
        self, typed: str, candidates: Iterable[Skill], kinds: Collection[str]
    ) -> list[Skill]:
        """The ``candidates`` (suggestions for ``typed``, in their order) that share a
        kind of work with ``kinds``, the categories the person was placed in, or that
        fix a typo (:meth:`misspelt`). A suggestion from another trade reads as a joke
        to the person it is offered: a dental hygienist's "cleanings" offered Commercial
        cleaning. With no ``kinds`` known, all are kept."""
        return [
            s
            for s in candidates
            if not kinds or any(c in kinds for c in s.categories) or self.misspelt(typed, s)
        ]
