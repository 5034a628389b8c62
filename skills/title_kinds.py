"""The kinds of work a typed job title names, known before any score.

Before a score the profile form offered every "did you mean" the catalogue had, from any
trade: a fisherman's "nets" was offered .NET, a surgeon's "pre-op" Cooking, a roofer's
"gutter repair" Musical instrument repair, a meat packer's "line work" Power line work
(36 of the 91 suggestions the walked people saw before a score went once they were
placed). A title the catalogue or O*NET lists says its kind of work already: the
categories' own titles and the training corpus's name their category, and each of
O*NET's 55k titles its occupation's (``occupation_categories.yaml``). A title listed
under several occupations names all their kinds; one nobody lists names none, and every
suggestion is offered as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from career_resilience.skills.models import KnowledgeBase


def title_key(title: str) -> str:
    """How a typed title is looked up: case and spacing ignored."""
    return " ".join(title.casefold().split())


def title_kinds(kb: KnowledgeBase) -> Mapping[str, frozenset[str]]:
    """Every listed title (:func:`title_key`) with the category ids it names (built
    once per knowledge base, in the model loader's thread)."""
    built = _BUILT.get(kb.digest)
    if built is None:
        built = _BUILT[kb.digest] = _title_kinds(kb)
    return built


#: Built per knowledge base (by its digest: tests start many apps on one).
_BUILT: dict[str, Mapping[str, frozenset[str]]] = {}


def _title_kinds(kb: KnowledgeBase) -> Mapping[str, frozenset[str]]:
    from career_resilience.skills.occupation_frame import shipped_frame
    from career_resilience.skills.occupations import occupation_data

    found: dict[str, set[str]] = {}
    for category in kb.categories.values():
        for title in category.titles:
            found.setdefault(title_key(title), set()).add(category.id)
    for section in kb.corpus.values():
        for title in section.titles:
            found.setdefault(title_key(title), set()).add(section.category)
    category_of = shipped_frame().category_of
    for code, title, _ in occupation_data().titles:
        if kind := category_of.get(code):
            found.setdefault(title_key(title), set()).add(kind)
    return {title: frozenset(kinds) for title, kinds in found.items()}
