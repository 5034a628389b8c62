"""How a typed skill phrase reads before the catalogue is asked: where a list splits, the
words around a skill that do not change it, the work a repair or a machine's operation names,
a job noun another field's word claims, and the words that say which sense of a shared name
is meant. :class:`~career_resilience.skills.matching.SkillMatcher` asks these."""

from __future__ import annotations

import re
from typing import NamedTuple

from career_resilience.skills.identity import skill_key
from career_resilience.skills.job_nouns import qualified_elsewhere

_SPLIT = re.compile(r"[;\n\r\t|•·]+|,(?![^()]*\))")
# Words people put around a skill that do not change which skill it is.
QUALIFIERS = re.compile(
    r"\b(advanced|basic|beginner|intermediate|expert|strong|proficient|proficiency|"
    r"experience|experienced|knowledge|skills?|certified|certification|in|with|of|"
    r"working|hands on|hands-on|adv|excellent|good|solid|fluent)\b\.?",
    re.IGNORECASE,
)

#: A repair typed as the thing repaired ("fixing machinery", "repairing cars"): read as
#: the catalogue's "<thing> repair" name when it has one (:func:`named_work_keys`).
_REPAIR_VERB = re.compile(r"^(?:fixing|repairing|servicing|mending)\s+(.+)$", re.IGNORECASE)
#: A machine's operation typed as the work ("drawbridge operation", "operating a
#: drawbridge") where the catalogue names its operator ("drawbridge operator")
#: (:func:`named_work_keys`).
_OPERATION = re.compile(
    r"^(?:(.+?)\s+operations?|operating\s+(?:an?\s+|the\s+)?(.+?))$", re.IGNORECASE
)


def split_skills(text: str) -> list[str]:
    """Split a typed skill list on semicolons, commas (outside brackets), bullets or lines."""
    parts = (part.strip(" .-*\u200b") for part in _SPLIT.split(text))
    return [part for part in parts if part]


def named_work_keys(text: str) -> list[str]:
    """The keys of "<thing> repair" for a repair typed as a verb and its object, the
    thing also without a plural "s" ("fixing cars" is car repair), or of "<thing>
    operator" for a thing's operation ("drawbridge operation": the catalogue names
    "drawbridge operator"; the typed form had found only a did-you-mean); none
    otherwise."""
    operated = _OPERATION.match(text.strip())
    if operated:
        return [skill_key(f"{operated.group(1) or operated.group(2)} operator")]
    found = _REPAIR_VERB.match(text)
    if not found:
        return []
    thing = found.group(1).strip()
    keys = [skill_key(f"{thing} repair")]
    if thing.endswith("s") and not thing.endswith("ss"):
        keys.append(skill_key(f"{thing[:-1]} repair"))
    return keys


def head_elsewhere(words: list[str], start: int, size: int) -> bool:
    """Whether ``words[start:start + size]``, a skill's alias closing the typed phrase, is
    a job noun the words before it say is another field's ("Harbor pilot" steers ships:
    no aircraft piloting; "Census interviewer" hires no one): read as that skill, a
    harbor pilot's pivots had said their "Harbor pilot" counts as Aircraft piloting."""
    if start == 0 or start + size != len(words):
        return False
    noun = " ".join(words[start:]).casefold()
    return qualified_elsewhere(noun, [word.casefold() for word in words[:start]])


class SenseWords(NamedTuple):
    """A sense's words as the matcher's ``context`` looks for them: single words, and
    phrases with a space each side. The text looked in is whole words joined by single
    spaces, so a padded phrase is in the padded text exactly where its words follow one
    another, whole (as a ``\\b`` regular expression reads them), found without a regex
    scan of the profile per sense."""

    sid: str
    words: frozenset[str]
    phrases: tuple[str, ...]


def sense_words(sid: str, words: tuple[str, ...]) -> SenseWords:
    """One sense's words, normalised as the text they are looked for in."""
    found = {context_text(w) for w in words} - {""}
    single = frozenset(w for w in found if " " not in w)
    return SenseWords(sid, single, tuple(sorted(f" {w} " for w in found - single)))


def context_text(text: str) -> str:
    """Lower-case words joined by single spaces; hyphens dropped, so "9-1-1" reads 911."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold().replace("-", "")))
