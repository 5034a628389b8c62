"""The worker a duty line names by its verb and object ("clean offices": an office cleaner).

A duty line is written as a verb and what it is done to ("clean offices at night", "wash
cars", "cut meat"). ``title_qualify`` reads the words of a line as the qualifier of a
listed title ending with the typed one, so with a bare "Worker" the object alone had
named the kind: "clean offices at night" read "Office Worker" (office clerks, 95%),
though the line says the person cleans. O*NET lists many workers by their verb's agent
noun after its object ("Office Cleaner" under janitors, "Car Washer" under vehicle
cleaners, "Meat Cutter" under butchers): such a title, when listed, names the work the
line does, verb and object together.
"""

from __future__ import annotations

import functools

from career_resilience.model.title_index import listed
from career_resilience.skills.word_forms import singular

#: Words that open or close a duty line's object rather than name it: articles,
#: possessives and prepositions ("clean offices at night": the object is "offices").
_NOT_OBJECT = frozenset(
    {
        "a", "an", "the", "some", "all", "any", "each", "every", "new", "their", "them",
        "our", "my", "his", "her", "its", "your", "at", "in", "on", "for", "to", "of",
        "and", "or", "with", "from", "into", "onto", "by", "as", "per", "up", "out", "off",
        "over", "under", "around", "after", "before", "during",
    }
)  # fmt: skip
#: Object words read, from the end of the object: "solar panels" is two.
MAX_OBJECT_WORDS = 3


@functools.lru_cache(maxsize=4096)
def duty_work_titles(words: tuple[str, ...], head: str) -> tuple[tuple[str, int], ...]:
    """Listed titles of two words or more that a duty line's normalised ``words`` name as
    its object and its verb's agent noun ("clean offices at night": "office cleaner"),
    each with how many object words it holds, the most words first; none when the agent
    noun is the typed title's head (``head``: a driver's "drive the school bus" is the
    qualifier's reading, "school bus driver") or the line is a single word."""
    if len(words) < 2:
        return ()
    agents = [a for a in agent_nouns(words[0]) if a != head]
    out: list[tuple[str, int]] = []
    for obj in _objects(words[1:]) if agents else ():
        for start in range(max(0, len(obj) - MAX_OBJECT_WORDS), len(obj)):
            for agent in agents:
                title = " ".join([*obj[start:], agent])
                if listed(title):
                    out.append((title, len(obj) - start))
    return tuple(sorted(out, key=lambda found: -found[1]))


def object_words(words: tuple[str, ...]) -> frozenset[str]:
    """A duty line's verb and its object's words, each also singular: what a worker the
    line names by them reads of the line ("repair furnaces and air conditioners":
    repair, furnace, furnaces, air, conditioner, conditioners)."""
    out = {words[0]} if words else set()
    for obj in _objects(words[1:]):
        out.update(obj)
        out.update(singular(w) for w in obj)
    return frozenset(out)


def _objects(words: tuple[str, ...]) -> list[list[str]]:
    """The object after the verb, up to its first preposition, as its conjuncts, each
    with its last noun singular ("furnaces and air conditioners at homes": [furnace],
    [air, conditioner])."""
    out: list[list[str]] = [[]]
    for word in words:
        if word in ("and", "or", ","):
            if out[-1]:
                out.append([])
            continue
        if word in _NOT_OBJECT:
            if any(out):
                break
            continue
        out[-1].append(word)
    for obj in out:
        if obj:
            obj[-1] = singular(obj[-1])
    return [obj for obj in out if obj]


def agent_nouns(verb: str) -> tuple[str, ...]:
    """The agent nouns English forms of a verb: "clean" cleaner, "drive" driver, "mop"
    mopper, "operate" operator, "inspect" inspector (forms O*NET's titles use; a form
    no title lists is simply never found)."""
    if len(verb) < 3 or not verb.isalpha():
        return ()
    forms = []
    if verb.endswith("e"):
        forms.append(verb + "r")
        if verb.endswith("ate"):
            forms.append(verb[:-1] + "or")
    else:
        forms.append(verb + "er")
        if verb.endswith("ct"):
            forms.append(verb + "or")
        if verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms.append(verb + verb[-1] + "er")  # mop, mopper
    return tuple(forms)


#: Prepositions whose phrase says where or for whom the work is done, and so may name
#: the kind ("work nights in the ICU": an "ICU Nurse"; "for the doctor": a "Doctor
#: Assistant"); other prepositions ("against the print", "with a brush") name what the
#: work uses or is measured by.
SETTING = frozenset({"in", "at", "for", "on", "to", "inside", "within", "aboard"})
#: Words that end a preposition's phrase.
_PREPOSITIONS = SETTING | frozenset(
    {"against", "with", "using", "from", "into", "onto", "by", "of", "per", "over",
     "under", "around", "after", "before", "during", "about", "through", "via", "like"}
)  # fmt: skip


def duty_reading(title: str, head: str, words: list[str]) -> str:
    """How a duty line (its normalised ``words``) holds ``title``'s qualifier: "said"
    when in the verb's object ("drive the school bus": "School Bus Driver"), "loose"
    when only as the line's first word, its verb, or in a phrase of where or for whom
    (``SETTING``), and "" when elsewhere, which names no title: "check parts against the
    print" had read "Machine operator" as a "Print Machine Operator" (photographic
    process workers 77%), though the print is what the parts are checked against."""
    qualifier = title.split()[: -len(head.split())]
    if not words or qualifier == [words[0]]:
        return "loose"
    if (object_words(tuple(words)) - {words[0]}).issuperset(qualifier):
        return "said"
    setting: set[str] = set()
    inside = False
    for word in words[1:]:
        if word in _PREPOSITIONS:
            inside = word in SETTING
        elif inside:
            setting.update((word, singular(word)))
    return "loose" if setting.issuperset(qualifier) else ""
