"""How the words around a skill's name in a typed phrase decide whether it names it.

"pos systems" names POS (a kind word after it), "pain management" names no People
management (the head of a longer phrase, with what it is of before it), "weekly
reporting" is still reporting (a how-often word). ``matching.SkillMatcher`` reads typed
skills with these rules.
"""

from __future__ import annotations

__all__ = [
    "KIND_WORDS",
    "LINK_WORDS",
    "MIN_SHORT_NAME",
    "OFTEN_WORDS",
    "PERSON_ENDINGS",
    "says_what_of",
    "short_name_in",
]

#: Inside a phrase, names of two or three letters are found only as whole words ("pos"
#: is never found in "position"); one letter ("R", "C") never is.
MIN_SHORT_NAME = 2
#: Words that say what kind of thing a skill is, not which one: "pos systems", "cad
#: software", "sap user" name POS, CAD and SAP whatever their case.
KIND_WORDS = frozenset(
    {
        "system", "systems", "software", "tool", "tools", "terminal", "terminals",
        "platform", "platforms", "program", "programs", "programming", "application",
        "applications", "app", "apps", "suite", "package", "packages", "equipment",
        "machine", "machines", "user", "operation", "operations", "work", "certificate",
        "certification", "certified", "licence", "license", "licensed",
    }
)  # fmt: skip
#: Words that join a phrase without saying what it is about ("programming for kids").
LINK_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&"}
)
#: Words that say how often, not what: "weekly reporting" is still routine reporting.
OFTEN_WORDS = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "annual", "yearly", "routine", "regular"}
)
_SAYS_NOTHING = KIND_WORDS | LINK_WORDS | OFTEN_WORDS
#: Endings of English agent nouns: a loose word naming the person ("leader", "editor")
#: keeps its skill as a phrase's head, as a job title does ("shift leader" leads).
PERSON_ENDINGS = ("er", "or", "ist", "ian")


def short_name_in(words: list[str], start: int, size: int, text: str) -> bool:
    """Whether a two- or three-letter name at ``words[start:start+size]`` names a skill
    inside the phrase ``words``.

    Lower case, such a name is often a word of its own ("go live", "bus routes", "art
    history"), so it counts only beside kind words ("pos systems"). Typed in capitals
    inside a phrase that is not all capitals, it is an acronym: "POS systems", "CAD
    drawings", "HR reporting" (while "CAN BUS", all capitals, says nothing about buses).
    """
    part = words[start : start + size]
    rest = words[:start] + words[start + size :]
    if rest and all(w.casefold().strip(".-") in KIND_WORDS for w in rest):
        return True
    acronym = all(w.isupper() for w in part)
    return acronym and not text.isupper()


def says_what_of(words: list[str], start: int) -> bool:
    """Whether ``words[start]`` is the head of its phrase and the words before it, or
    after a link word, say what it is of: "pain management", "programming for kids".

    A loose one-word alias ("management") typed alone may still mean its skill; as the
    head of a longer phrase it names another kind of the same work (the catalogue files
    over a hundred "<something> management" skills), not the one whose alias it is.
    Followed straight by its object it keeps its sense ("cleaning rooms", "teaching
    STEM"), and so does a word naming the person ("shift leader", :data:`PERSON_ENDINGS`).
    Kind, link and how-often words say nothing of what it is about ("management
    work", "weekly reporting").
    """

    def content(part: list[str]) -> bool:
        return any(w.casefold().strip(".-") not in _SAYS_NOTHING for w in part)

    if words[start].casefold().endswith(PERSON_ENDINGS):
        return False
    after = words[start + 1 :]
    if after and after[0].casefold() not in LINK_WORDS:
        return False
    return content(words[:start]) or content(after)
