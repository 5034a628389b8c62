"""Whether a typed word is another catalogue word with an ending ("frying" is "fry").

"Did you mean" takes a word within a letter or two of a catalogue word for a slip of it
(:func:`~career_resilience.skills.did_you_mean.is_slip`). A word that is a catalogue
word with "-ing" or "-ed" added is a word of its own, spelt as meant, and a slip of
another word it is not: a line cook's "frying" was offered Aircraft piloting ("flying"),
a host's "hosting" Crane operation ("hoisting"), a farmhand's "tilling" Tiling. Only
these two endings: a plural ("pipes") names the same thing as its word, so taking it
for a slip of that word ("pipe") is right.
"""

from __future__ import annotations

import re
from collections.abc import Container

from career_resilience.skills.english_words import english_words

#: Endings that make a word of another kind from a word: "fry" -> "frying".
ENDINGS = ("ing", "ed")
#: A stem shorter than this is not taken as a word ("ted", "sing" are words of their own).
MIN_STEM = 3
_VOWELS = frozenset("aeiou")


def doubles_its_last_letter(stem: str) -> bool:
    """Whether English doubles ``stem``'s last letter before "-ing" or "-ed": a short
    vowel between consonants ("plan" -> "planning", "stop" -> "stopped"), so that
    "planing" is not a form of "plan" and "lesson planing" is still a slip."""
    return (
        len(stem) >= 3
        and stem[-1] not in _VOWELS
        and stem[-1] not in "wxy"
        and stem[-2] in _VOWELS
        and stem[-3] not in _VOWELS
    )


def is_a_form_of_a_word(typed: str, known: Container[str]) -> bool:
    """Whether ``typed`` is one of the ``known`` words with "-ing" or "-ed" added,
    spelt as English spells it: "frying" (fry), "hosting" (host), "tilling" (till),
    "planning" (plan), not "planing" (plan doubles its n)."""
    for ending in ENDINGS:
        stem = typed.removesuffix(ending)
        if stem == typed or len(stem) < MIN_STEM:
            continue
        if stem in known and not doubles_its_last_letter(stem):
            return True
        single = stem[:-1]  # "planning" -> "plann" -> "plan"
        if stem[-1] == stem[-2] and single in known and doubles_its_last_letter(single):
            return True
    return False


def _canonical(word: str) -> str:
    """British and American spellings made one: "optimize" and "optimise", "color"
    and "colour"."""
    return word.replace("iz", "is").replace("our", "or")


def _one_doubled_letter_less(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with its "l" doubled as British spelling
    doubles it after a word of two syllables or more ("labelling", "travelled"), not
    another word ("tilling" is not "tiling")."""
    for i in range(1, len(longer)):
        if longer[i - 1 : i + 1] == "ll" and longer[:i] + longer[i + 1 :] == shorter:
            return len(re.findall("[aeiouy]+", longer[: i - 1])) >= 2
    return False


def same_word(typed: str, word: str) -> bool:
    """Whether ``typed`` and ``word`` are one word spelt another way: singular and
    plural ("prompts", "prompt"), British and American ("labeling", "labelling";
    "optimize", "optimise"). A catalogue word typed is taken for such a variant of
    another, never for a slip of it."""
    a, b = _canonical(typed), _canonical(word)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if long_ in (short + "s", short + "es"):
        return True
    return len(long_) == len(short) + 1 and _one_doubled_letter_less(long_, short)


#: Letters two words share from their start to be one stem with other endings.
STEM_MIN = 8
#: The longest ending either word has after the stem they share.
ENDING_MAX = 4
#: What a whole word may gain and still name its own work: its plural and verb forms,
#: the one who does it and the craft ("research", "researchers"; "musicianship").
#: Other endings make another word: "progress", "progressive"; "personal",
#: "personality"; "industrial", "industrialise"; "numerical", "numerically".
OWN_ENDINGS = frozenset(
    {
        "s",
        "es",
        "ies",
        "ied",
        "ed",
        "ing",
        "er",
        "ers",
        "or",
        "ors",
        "ist",
        "ists",
        "ian",
        "ians",
        "ship",
    }
)
#: The same after a silent "e": "mortgage", "mortgaged", "purchasers".
AFTER_E = frozenset({"d", "r", "rs"})
#: Endings that make a verb of making something so of a word ("hospital-ise").
MADE_INTO = tuple(
    stem + ending for stem in ("is", "iz") for ending in ("e", "es", "ed", "ing", "ation")
)


def same_stem(typed: str, word: str) -> bool:
    """Whether ``typed`` and ``word`` are one stem with other endings, as a person names
    a field by its doer or its adjective: "journalist" (Journalism), "cryptographic"
    (Cryptography), "communicator" (Communication): their first eight letters or more
    alike, at most four after. Or the doer of the work and the work ("fisher",
    "fishing"; "baker", "baking"), or a silent "e" dropped before "-ing" ("package",
    "packaging"). Not two words that merely start alike: "corporal" and "corporate"
    share seven letters, "tablet" and "tableau" five. Nor a word derived from the
    other with another meaning: the whole word (or a word both start with) with an
    ending other than its forms, its doer or its craft (:data:`OWN_ENDINGS`:
    "progressive" is not Clinical documentation's "progress notes"), a verb of making
    something so ("hospitalise" is not Hospitality service), or an adverb
    ("numerically" is not NumPy's "numerical python", "beautifully" not Web
    scraping's "beautifulsoup")."""
    for ending in ("e", "er", "or"):
        if typed.endswith(ending) and word == typed[: -len(ending)] + "ing":
            return True
    shared = 0
    for a, b in zip(typed, word, strict=False):
        if a != b:
            break
        shared += 1
    if shared < STEM_MIN or max(len(typed), len(word)) - shared > ENDING_MAX:
        return False
    # An adverb says how something is done, never which skill: its "-ly" is past the
    # stem it shares ("numerical-ly", "analytic-ally" beside "analytic-s").
    if typed[shared:].endswith("ly"):
        return False
    # A verb made of a word by "-ise" or "-ize" means making something so, another
    # thing: "hospitalise" is not Hospitality service, "personalise" not Personal care.
    for ending in MADE_INTO:
        if typed.endswith(ending) and typed[: -len(ending)] in english_words():
            return False
    # When the stem they share is a word, the catalogue word itself ("progress") or
    # another ("exchange" of "exchanges" and "exchangeable"), what was typed may add to
    # it only its own endings ("inventor-ies" is still Inventory's plural). A shorter
    # word inside the stem is not asked: "fabric" of "fabricat-es", "fabricat-ion".
    if shared == len(word) or typed[:shared] in english_words():
        rest = typed[shared:]
        return rest in OWN_ENDINGS or (typed[shared - 1] == "e" and rest in AFTER_E)
    return True


#: Plurals that name something their singular does not, kept as typed by
#: :func:`singular` and the feature stemmer: "Securities Analyst" (listed under
#: financial analysts) had read "security analyst" (information security analysts 88%);
#: customs are no custom work ("Custom Sewers"), arms no arm, futures no future.
OWN_PLURALS = frozenset({"securities", "customs", "arms", "futures"})


def singular(word: str) -> str:
    """A plural noun's singular, roughly, as titles and duty lines are read: "offices"
    -> "office", "batteries" -> "battery", "dishes" -> "dish", "boxes" -> "box";
    words of three letters or fewer and those ending "ss", "us" or "is" ("glass",
    "bus", "analysis") stay. One rule for the title index, the typed title's runs, a
    duty line's object and an occupation title's head, so each finds the others'."""
    if (
        len(word) <= 3
        or not word.endswith("s")
        or word.endswith(("ss", "us", "is"))
        or word in OWN_PLURALS
    ):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "xes", "sses")):
        return word[:-2]
    return word[:-1]
