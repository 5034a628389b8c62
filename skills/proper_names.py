"""Which skill names keep their capitals inside a sentence: products and other proper names.

A learning plan reads a skill's name mid-sentence ("A piece of policing work checked by
someone who does it for a living."), so it lower-cases the name; but a product is written
as its maker writes it, and a plan had read "a piece of jira work", "kubernetes work".
Two facts of the catalogue tell, without a second name for any skill:

- a skill marked ``product: true`` (software or a tool: Jira, Kubernetes, Java, Figma,
  Snowflake) is its maker's name, whether or not it is also an English word;
- a name whose later words start with a capital, other than an acronym's ("Microsoft
  Excel", "Google BigQuery", "Lean Six Sigma", "EU AI Act"), is written as a proper name
  already ("Generative AI tools" and "Solar PV installation" are not).

Other one-word names are work, read lower case: payroll, bookkeeping, welding.
"""

from __future__ import annotations

import functools


def proper_name(name: str) -> bool:
    """Whether a skill's display ``name`` keeps its capitals mid-sentence (see the module
    docstring)."""
    words = name.split()
    if len(words) > 1 and any(_title_word(word) for word in words[1:]):
        return True
    return name in _products()


def _title_word(word: str) -> bool:
    """A word written with a capital first that is not an acronym ("LLMs", "KPIs", "AI")."""
    letters = [c for c in word.removesuffix("s") if c.isalpha()]
    return word[:1].isupper() and not all(c.isupper() for c in letters)


@functools.cache
def _products() -> frozenset[str]:
    """The display names of the shipped catalogue's products (read once, on first need)."""
    from career_resilience.skills.loader import shipped_knowledge_base

    return frozenset(s.name for s in shipped_knowledge_base().skills.values() if s.product)
