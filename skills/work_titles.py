"""The work a typed skill names, as a job title O*NET lists ("gardening": "gardener").

A person whose title says only their situation ("Retired", "Job seeker") is placed by
their skills (``model/title_situation.py``). Most skills name a tool or a topic, but
some plainly name a kind of work: "gardening" is what a gardener does, "woodwork" a
woodworker, "childcare" a childcare worker, "cleaning" a cleaner. O*NET's technology
and task lists rarely hold such words (its tasks say "plant", "prune", "mow"), so read
only against those lists "Retired" with gardening and woodwork had been placed nowhere:
landscaping supervisors and farmers at 0%.

So a skill whose practitioner's name, made by English's usual endings, is a title O*NET
lists names that work: the last word of the skill takes the ending ("dog grooming": "dog
groomer"), the words before it stay. Only a title O*NET lists, exactly as its words
read, counts: "budgeting" makes no listed "budgeter" and names no work. Whether the
catalogue's reading of the skill agrees with the listed title's work is the model's to
check (``model/skill_work.py``): "charting" makes a listed "charter", "dispensing" a
"dispensing operator", neither of them a nurse's or a pharmacist's work.
"""

from __future__ import annotations

import functools

from career_resilience.skills.situations import WORD

#: Endings that turn a word naming work into its practitioner, as (the word's ending,
#: what replaces it), tried in turn on the skill's last word. Why each: "gardening"
#: gardener, "driving" driver (the "e" the "-ing" dropped), "cooking" cook, "nursing"
#: nurse, "decorating" decorator, "accounting" accountant; "carpentry" carpenter,
#: "joinery" joiner, "midwifery" midwife, "masonry" mason, "photography" photographer,
#: "therapy" therapist; "statistics" statistician, "economics" economist, "physics"
#: physicist; "translation" translator, "installation" installer, "supervision"
#: supervisor; "research" researcher, "woodwork" woodworker.
ENDINGS: tuple[tuple[str, str], ...] = (
    ("ing", "er"),
    ("ing", "e"),
    ("ing", ""),
    ("ating", "ator"),
    ("ing", "ant"),
    ("ery", "er"),
    ("ery", "e"),
    ("ry", "er"),
    ("ry", ""),
    ("y", "er"),
    ("y", "ist"),
    ("ics", "ician"),
    ("ics", "ist"),
    ("ics", "icist"),
    ("tion", "tor"),
    ("ation", "er"),
    ("sion", "sor"),
    ("", "er"),
)
#: Words that name the people doing a kind of work after it ("childcare worker",
#: "forklift operator", "bus driver"): a skill naming the thing worked on or with.
HEADS = ("worker", "operator", "driver")
#: A word shorter than this takes no ending ("art", "law" name fields, not practitioners).
MIN_WORD = 4


def practitioner_forms(skill: str) -> list[str]:
    """The titles a skill could name as its practitioner's, lower case, most likely
    first: the skill itself ("cashier"), its last word with each ending
    (:data:`ENDINGS`), and the skill with each of :data:`HEADS` after it."""
    words = [w.casefold() for w in WORD.findall(skill)]
    if not words or not all(w.isalpha() for w in words):
        return []
    before, last = words[:-1], words[-1]
    forms = [last]
    if len(last) >= MIN_WORD:
        for ending, practitioner in ENDINGS:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                stem = last[: len(last) - len(ending)]
                # A doubled last letter stays doubled ("planning": "planner", never
                # the machine's "planer").
                forms.append(stem + practitioner)
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    forms += [f"{singular} {head}" for head in HEADS]
    out = [" ".join([*before, form]) for form in forms]
    return list(dict.fromkeys(out))


def named_work(skill: str) -> tuple[str, ...]:
    """The titles O*NET lists that ``skill`` names as its practitioner's, lower case
    ("gardening": ("gardener",)); empty when it names none."""
    return _named_work(" ".join(WORD.findall(skill.casefold())))


@functools.lru_cache(maxsize=4096)
def _named_work(skill: str) -> tuple[str, ...]:
    """:func:`named_work` of a skill as its lower-case words, remembered (a batch
    repeats its skills)."""
    listed = _listers()
    return tuple(form for form in practitioner_forms(skill) if form in listed)


def listers(title: str) -> frozenset[str]:
    """The O*NET-SOC codes of the occupations listing ``title`` (lower case words, as
    :func:`named_work` gives it); empty for a title O*NET does not list."""
    return _listers().get(title, frozenset())


@functools.cache
def _listers() -> dict[str, frozenset[str]]:
    """Every title O*NET lists, as its lower-case words joined by one space, and the
    occupations listing it."""
    from career_resilience.skills.listed_titles import listed_rows

    out: dict[str, set[str]] = {}
    for code, title in listed_rows():
        out.setdefault(" ".join(WORD.findall(title)), set()).add(code)
    return {title: frozenset(codes) for title, codes in out.items()}
