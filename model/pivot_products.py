"""What a person typed, read against the software O*NET lists for an occupation.

A typed skill names a product when its words appear whole, in order, inside the
product's name ("NetSuite" holds "NetSuite ERP"), or when it is the acronym the name
spells out ("POS" holds "Point of sale POS software"). Both sides are prepared once
as word tuples, so matching is tuple comparison.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_WORDS = re.compile(r"[\w+#]+")
#: Words that never identify a product on their own.
_GENERIC_WORDS = frozenset(
    {
        "software",
        "system",
        "systems",
        "management",
        "data",
        "database",
        "online",
        "web",
        "tools",
        "tool",
        "the",
        "and",
        "of",
        "for",
        "microsoft",
        "office",
        "suite",
        "program",
        "programs",
        "application",
        "applications",
    }
)

#: The same words, for a caller that reads names by their specific words.
GENERIC_WORDS = _GENERIC_WORDS

Typed = tuple[tuple[str, tuple[str, ...]], ...]
#: A product's name, its words, and how many of them a typed skill must name.
Product = tuple[str, tuple[str, ...], int]


#: Typed skill lists prepared lately: one score reads the same list three times (its
#: candidates' products, the kinds of tools it already uses, how to stay current).
_PREPARED: dict[tuple[str, ...], Typed] = {}
_PREPARED_LIMIT = 4_096


def prepare_typed(typed: Iterable[str]) -> Typed:
    """The person's skills as word tuples, generic words alone left out (kept a while)."""
    key = tuple(typed)
    found = _PREPARED.get(key)
    if found is None:
        if len(_PREPARED) >= _PREPARED_LIMIT:
            _PREPARED.clear()
        found = _PREPARED[key] = _prepare(key)
    return found


def _prepare(typed: tuple[str, ...]) -> Typed:
    out = []
    for text in typed:
        words = tuple(_WORDS.findall(text.casefold()))
        if words and not set(words) <= _GENERIC_WORDS:
            out.append((text, words))
    return tuple(out)


def product_words(product: str) -> Product:
    """A product name as words, with how many of them a typed skill must name (cached
    by callers).

    A brand ("Epic Systems", "NetSuite ERP") is named by half of its specific words; a
    kind of software O*NET names in plain words ("Fund accounting software": every word
    after the first in lower case, or an acronym) only by all of them, so "accounting"
    (an accountant's own skill) does not claim fund accounting, nor "billing" medical
    billing software.
    """
    words = tuple(_WORDS.findall(product.casefold()))
    specific = sum(1 for w in words if w not in _GENERIC_WORDS)
    return product, words, specific if _plain_kind(product) else (specific + 1) // 2


def names_work(entry: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a typed skill is, as typed, the catalogue's name of a kind of work done
    without software ("child care", "accounts payable"): it names that work, not the kind
    of software a product named with its words is filed under (a daycare worker's "child
    care" had named "MAGGEY Child Care Management Software", and so enterprise resource
    planning software)."""
    return "".join(entry[1]) in work_names()


def says_work(entry: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a typed skill is the catalogue's name or one of its aliases of work done
    without software (:func:`work_names`): a pastor's "counseling" (psychotherapy), a
    cook's "menu planning" (kitchen management), a clerk's "inventory". Doing the work
    is no evidence of the software O*NET names after it: "you already use Counseling
    software (you wrote “counseling”)". An acronym the kind's name spells out still
    names it ("POS", "CAD": :func:`tech_held` reads those apart)."""
    return "".join(entry[1]) in work_names(aliases=True)


@functools.cache
def work_names(aliases: bool = False) -> frozenset[str]:
    """The catalogue's names (and, with ``aliases``, its aliases) of skills of work that
    is neither a product nor in software, data or AI work, as letters and digits only
    ("childcare", "accountspayable")."""
    from career_resilience.skills.loader import shipped_knowledge_base

    return frozenset(
        _SPACED.sub("", text.casefold())
        for skill in shipped_knowledge_base().skills.values()
        if not skill.product
        and _TECH.isdisjoint(skill.categories)
        # Work its name says is done in software ("Computer-aided dispatch", "Electronic
        # health records"): a dispatcher's "CAD" uses computer aided dispatch software.
        and _IN_SOFTWARE.isdisjoint(_WORDS.findall(skill.name.casefold()))
        for text in (skill.name, *(skill.aliases if aliases else ()))
    )


def _plain_part(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether a typed skill's ``words`` name only part of a brand's ``name`` and only by
    words of the catalogue's names of kinds of work (:func:`work_words`): the plain words
    a maker put beside its own name, not the brand (a machinist's "CNC", computer
    numerical control machining, had been "you already use CNC Mastercam")."""
    typed = set(words) - _GENERIC_WORDS
    # (A word with a digit is a product's own designation: a drafter's "Civil 3D".)
    plain = all(w.isalpha() for w in typed) and typed <= work_words()
    return plain and typed < set(name) - _GENERIC_WORDS


@functools.cache
def work_words() -> frozenset[str]:
    """The words of the catalogue's names of skills of work done without software
    (:func:`work_names`' skills, by name only: aliases hold brands, "ADP", "Pro Tools")."""
    from career_resilience.skills.loader import shipped_knowledge_base

    return frozenset(
        w
        for skill in shipped_knowledge_base().skills.values()
        if not skill.product
        and _TECH.isdisjoint(skill.categories)
        and _IN_SOFTWARE.isdisjoint(_WORDS.findall(skill.name.casefold()))
        for w in _WORDS.findall(skill.name.casefold())
    )


#: Words of a skill's name that say its work is done in software.
_IN_SOFTWARE = frozenset({"computer", "software", "digital", "electronic", "online", "system"})


#: Categories of software, data and AI work: their skills are worked in software ("AWS",
#: "System design"), which a product may well be.
_TECH = frozenset(
    {
        "basic_coding", "software_engineering", "data_analysis", "data_engineering",
        "data_governance", "platform_engineering", "it_support", "systems_architecture",
        "workflow_integration", "ai_orchestration", "ai_cost_management",
        "model_evaluation", "oversight_ops", "qa_monitoring", "security_compliance",
        "design_visual",
    }
)  # fmt: skip


_SPACED = re.compile(r"[\W_]+")


def reads_as_kind(product: str) -> bool:
    """Whether a product name describes a kind of software rather than a brand
    (:func:`_plain_kind`: "HVAC tools software", not "Autodesk AutoCAD")."""
    return _plain_kind(product)


def _plain_kind(product: str) -> bool:
    """Whether a product name describes a kind of software rather than a brand: every
    word after the first in lower case, or the acronym of the words before it ("Point
    of sale POS software"; "NetSuite ERP" and "Epic HER" are brands)."""
    words = product.split()
    if len(words) < 2:
        return False
    for i, word in enumerate(words[1:], 1):
        if word.islower() or not word[0].isalpha():
            continue
        n = len(word)
        if not (word.isupper() and i >= n):
            return False
        if "".join(w[0] for w in words[i - n : i]).casefold() != word.casefold():
            return False
    return True


def tech_held(typed: Typed, products: Iterable[Product]) -> dict[str, str]:
    """Products the person names, mapped to the words they typed for each.

    A typed skill counts when its words appear whole, in order, inside the product's
    name and make up at least half of a brand's specific words, all of a plain kind's
    (:func:`product_words`: "NetSuite" holds "NetSuite ERP", "Epic" holds "Epic
    Systems"; "accounting" does not hold "Fund accounting software", "radio" not "Radio
    frequency identification RFID devices", nor "SAP" "SAP Crystal Reports"), or when it is the
    acronym the name spells out, alone or with generic words ("POS" holds "Point of sale
    POS software", "CAD software" "Computer aided dispatch CAD software": the name says
    what the letters stand for); a bare generic word ("software") never does.
    """
    held: dict[str, str] = {}
    for product, name, needed in products:
        for text, words in typed:
            k = len(words)
            if words[0] not in name:
                continue
            if (
                k >= needed
                and any(name[i : i + k] == words for i in range(len(name) - k + 1))
                # The work typed names no kind of software named after it: an AP clerk's
                # "GAAP" (financial reporting) had been "you already use Financial
                # reporting software", a nanny's "child care" enterprise resource
                # planning software (``says_work``), nor, by the catalogue's name for it,
                # a brand whose plain words name it (social work, "Social Work Software
                # ClientTouch"; case management, "Athena Software Penelope Case
                # Management"; property management, a hotel's "Optima Property
                # Management System"). Letters a kind's name spells out still name it
                # ("CAD" to a dispatcher).
                and not (
                    says_work((text, words)) if _plain_kind(product) else names_work((text, words))
                )
                # Nor a brand by its plain words alone: "inventory" is no use of "Aljex
                # Inventory", a home inspector's "building systems" none of "Autodesk
                # Building Systems" (:func:`_plain_part`); "Maya" still names "Autodesk
                # Maya", "Pro Tools" "Avid Technology Pro Tools".
                and (_plain_kind(product) or not _plain_part(words, name))
            ):
                held[product] = text
                break
            # "POS" or "CAD software": the acronym alone, or with only generic words.
            if _spelled_out(words[0], name) and all(w in _GENERIC_WORDS for w in words[1:]):
                held[product] = text
                break
    return held


def _spelled_out(acronym: str, name: tuple[str, ...]) -> bool:
    """Whether ``name`` has ``acronym`` right after the words whose initials it is."""
    n = len(acronym)
    if n < 2 or not acronym.isalpha():
        return False
    return any(
        word == acronym and i >= n and "".join(w[0] for w in name[i - n : i]) == acronym
        for i, word in enumerate(name)
    )
