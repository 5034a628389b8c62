"""Which "did you mean" suggestions the app shows for a skill it does not know.

The catalogue's suggestions come from character trigrams (skills/matching.suggest),
which can offer names that merely share letter runs or a common word: "CAD systems"
got HRIS administration (alias "HCM systems") and CRM administration. A suggestion is
shown only when it names something the person typed:

- every word typed is a word of its name or aliases, starts one, or nearly is one
  ("Exel" -> Excel, "customer servise" -> Customer service); or
- one word typed matches one of its distinctive words, a word few skills use ("prompt
  writing" -> Prompt engineering), not a common one ("systems", "management"); or
- its whole name nearly is what was typed, starting with the same letter.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from career_resilience.skills.matching import SkillMatcher

#: rapidfuzz ratio from which a whole name counts as what was typed.
WHOLE_NAME_RATIO = 85
#: A word in the names of at most this many skills tells them apart ("cad": 1,
#: "patient": 7); "systems" (23) or "management" (106) does not.
DISTINCTIVE = 10
_WORD = re.compile(r"[\w+#]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@functools.lru_cache(maxsize=4)
def word_use(matcher: SkillMatcher) -> Counter[str]:
    """How many skills use each word in their name or aliases."""
    skills = {skill.id: skill for skill in matcher.keys.values()}.values()
    use: Counter[str] = Counter()
    for skill in skills:
        use.update({w for label in (skill.name, *skill.aliases) for w in _words(label)})
    return use


def names_what_was_typed(typed: str, names: list[str], use: Counter[str]) -> bool:
    """Whether ``names`` (a skill's name and aliases) name something in ``typed``."""
    from rapidfuzz import fuzz

    from career_resilience.tui.occupation_search import word_matches

    typed_words = [w for w in _words(typed) if len(w) >= 2]
    words = sorted({w for name in names for w in _words(name)})
    matched = [word_matches(w, words) for w in typed_words]
    if matched and all(matched):
        return True
    if any(use[word] <= DISTINCTIVE for found in matched for word in found):
        return True
    joined = "".join(_words(typed))
    return any(
        # Same first letter: "cadsystems" is 80% "hcmsystems", but no slip of it.
        whole[:1] == joined[:1] and fuzz.ratio(joined, whole) >= WHOLE_NAME_RATIO
        for whole in ("".join(_words(n)) for n in names)
    )


def plausible(matcher: SkillMatcher, typed: str, suggestions: Iterable[str]) -> tuple[str, ...]:
    """The ``suggestions`` (catalogue names) that name something in ``typed``."""
    use = word_use(matcher)
    kept = []
    for name in suggestions:
        skill = matcher.resolve(name)
        names = [name, *(skill.aliases if skill is not None else ())]
        if names_what_was_typed(typed, names, use):
            kept.append(name)
    return tuple(kept)
