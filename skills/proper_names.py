"""Which skill names keep their capitals inside a sentence: products and other proper names.

A learning plan reads a skill's name mid-sentence ("A piece of policing work checked by
someone who does it for a living."), so it lower-cases the name; but a product is written
as its maker writes it, and a plan had read "a piece of jira work". The catalogue holds
no product flag, so two facts tell, without a second name for any skill:

- a name whose later words start with a capital, other than an acronym's ("Microsoft
  Excel", "Google BigQuery", "Lean Six Sigma", "EU AI Act"), is written as a proper name
  already ("Generative AI tools" and "Solar PV installation" are not);
- a one-word name is a product where O*NET's technology list (shipped with the app)
  names it whole ("Python", "Tableau", "Docker"), or after its maker's word ("Atlassian
  JIRA", "StataCorp Stata") and it is no English word: "TimePlus Payroll" and "Qpalm
  Acupuncture" are products, but payroll and acupuncture are work.
"""

from __future__ import annotations

import functools
import re

from career_resilience.skills.english_words import english_words
from career_resilience.skills.occupations import OCCUPATIONS_DIR

#: O*NET's technology products, one a row: code, product, kind, hot.
TECHNOLOGY_FILE = OCCUPATIONS_DIR / "technology_skills.csv"


def proper_name(name: str) -> bool:
    """Whether a skill's display ``name`` keeps its capitals mid-sentence (see the module
    docstring)."""
    words = name.split()
    if len(words) > 1:
        return any(_title_word(word) for word in words[1:])
    return bool(words) and words[0][:1].isupper() and _onet_product(words[0])


def _title_word(word: str) -> bool:
    """A word written with a capital first that is not an acronym ("LLMs", "KPIs", "AI")."""
    letters = [c for c in word.removesuffix("s") if c.isalpha()]
    return word[:1].isupper() and not all(c.isupper() for c in letters)


def _onet_product(word: str) -> bool:
    """Whether O*NET names a product ``word``, whole or after its maker's word (then only
    a word that is no English word: see the module docstring)."""
    whole, after_maker = _products()
    key = word.casefold()
    if key in whole:
        return True
    return key in after_maker and not _english(key)


def _english(word: str) -> bool:
    """Whether a word, or a part of it between hyphens ("e-discovery"), is English."""
    words = english_words()
    return any(part in words for part in re.findall(r"[a-z]+", word))


#: A product's name in a row of the technology list (the second field, maybe quoted).
_PRODUCT = re.compile(r'^[^,\n]*,"?([^,"\n]+)"?,', re.MULTILINE)


@functools.cache
def _products() -> tuple[frozenset[str], frozenset[str]]:
    """O*NET's one-word product names, and the one-word names its two-word products give
    after their maker's word ("Atlassian JIRA": "jira"), case-folded; read once on first
    need (the shipped list, 1.2 MB: about 20 ms). Empty where no data is shipped."""
    try:
        text = TECHNOLOGY_FILE.read_text(encoding="utf-8")
    except OSError:
        return frozenset(), frozenset()
    names = {m.casefold() for m in _PRODUCT.findall(text)}
    whole = frozenset(n for n in names if " " not in n)
    pairs = (n.split(" ") for n in names)
    return whole, frozenset(p[1] for p in pairs if len(p) == 2)
