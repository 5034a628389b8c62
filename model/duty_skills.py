"""The catalogue skills a person names in their own duty lines.

"Chart in Epic" says the nurse uses electronic health records: the pivots count such a
skill as held (never as a gap), while the scores leave it alone. Only whole names are
read, so the work a line describes is never mistaken for a product that shares a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from career_resilience.model.profile import duty_lines
from career_resilience.skills.identity import has_identity, skill_key
from career_resilience.skills.matching import SkillMatch, SkillMatcher

#: The longest skill name, in words, looked for inside a duty line.
MAX_DUTY_NAME_WORDS = 5


def skills_in_duties(matcher: SkillMatcher, duties: str) -> tuple[SkillMatch, ...]:
    """The catalogue skills named in ``duties`` ("chart in Epic": electronic health
    records), each held firmly: each line's skills (:func:`skills_in_line`) merged in line
    order, a skill named on two lines kept from the first."""
    return merged_in_order(skills_in_line(matcher, line) for line in duty_lines(duties))


def merged_in_order(per_line: Iterable[tuple[SkillMatch, ...]]) -> tuple[SkillMatch, ...]:
    """Each line's skills, in line order, a skill kept from the first line naming it.

    Lines are read independently, so a batch can cache each line (a workforce's duty
    templates repeat line by line, rarely as a whole text) and merge here.
    """
    found: dict[str, SkillMatch] = {}
    for matches in per_line:
        for m in matches:
            if m.skill is not None:  # always found: a line's skills are only found ones
                found.setdefault(m.skill.id, m)
    return tuple(found.values())


def skills_in_line(matcher: SkillMatcher, line: str) -> tuple[SkillMatch, ...]:
    """The catalogue skills named in one duty line, in the order they are taken.

    Only whole runs of words that are a skill's name or alias, longest first and not
    overlapping, of four letters or more (a two-letter "IT" or "AI" inside a sentence is
    too easily something else), a single word only when written or placed as a name
    (:func:`_named`); never a part of a word, never a loose alias, no "did you mean".
    """
    found: dict[str, SkillMatch] = {}
    known = matcher.keys
    words = re.findall(r"[\w+#.-]+", line)
    # A run's key is its words' keys joined (the key drops spaces and punctuation): one
    # key per word, grown a word at a time, keeps a fresh line cheap (a score reads every
    # duty line once).
    keys = [skill_key(w) if has_identity(w) else "" for w in words]
    runs = []
    for start in range(len(words)):
        key = ""
        for size in range(1, min(len(words) - start, MAX_DUTY_NAME_WORDS) + 1):
            key += keys[start + size - 1]
            if len(key) >= 4 and key in known:
                runs.append((size, start))
    used = [False] * len(words)
    # A line that hands documents around ("collect pay stubs, bank statements and tax
    # returns") names what it handles, not work done: only a named tool counts there.
    handled = bool(words) and words[0].casefold() in HANDLING_VERBS
    for size, start in sorted(runs, key=lambda r: (-r[0], r[1])):
        if any(used[start : start + size]) or ((size == 1 or handled) and not _named(words, start)):
            continue
        m = matcher.match(" ".join(words[start : start + size]))
        if m.skill is None or m.loose:
            continue
        used[start : start + size] = [True] * size
        found.setdefault(m.skill.id, m)
    return tuple(found.values())


def _named(words: list[str], i: int) -> bool:
    """Whether one word of a duty line reads as a name ("chart in Epic", "deploy to
    Kubernetes"): a capital not at the line's start, or, typed in lower case, the word
    right after a preposition one works in or with a tool by ("chart in epic", "run
    reports in excel", "take payments with square"). Lower-case everyday words a
    catalogue name shares ("control airflow", "load at the docks", "cook food") are the
    work, not the product or the skill."""
    return i > 0 and (words[i][:1].isupper() or words[i - 1].casefold() in TOOL_PREPOSITIONS)


#: Words after which a duty line names what the work is done in or with.
TOOL_PREPOSITIONS = frozenset({"in", "on", "into", "using", "with", "via"})


def _forms(*verbs: str) -> frozenset[str]:
    """Each verb as a duty line may begin with it: "collect", "collects", "collecting"."""
    out = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        out |= {verb, verb + "s", stem + "ing"}
    return frozenset(out)


#: Verbs by which a duty line names documents or goods handed around, not work done on
#: them: a loan processor who collects borrowers' tax returns does no tax preparation,
#: a clerk who copies medical records keeps no health records system.
HANDLING_VERBS = _forms(
    "collect", "gather", "receive", "obtain", "request", "scan", "sort", "deliver",
    "send", "forward", "mail", "fetch", "bring", "distribute", "hand", "pick",
) | {"copy", "copies", "copying", "carry", "carries", "carrying", "pass", "passes"}  # fmt: skip
