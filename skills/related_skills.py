"""Catalogue skills related to a typed skill the catalogue does not hold.

"Did you mean" offers only names that say what was typed (a near spelling, the same
words: :mod:`did_you_mean`), so a farmer's "crop rotation" is offered nothing: it is
not Crop farming spelt another way. Yet the catalogue holds Crop farming, and a coach
reading "not in the catalogue" wants to know what it does hold nearby. This module
names such skills on a line of their own, "related in the catalogue", never as a
correction (→ takes no related skill in the typed one's place).

A catalogue skill is related to what was typed when, once the person is placed:

- it is of the kind of work the person was placed in (``Skill.categories``; the
  result's likeliest, not every kind it lists): a related skill from another trade
  reads as a joke (a massage therapist's "deep tissue" is not Deep learning, a mail
  sorter's "sorting" not Produce grading and sorting); before a score, none is named;
- the word they share is one few skill names use (at most :data:`FEW_NAMES`): "training"
  or "management" relate everything to everything;
- one word typed is a word of its name ("crisis": Crisis intervention; "polishing":
  Grinding and polishing), or several typed start with its name's first word, the
  thing worked on ("crop rotation": Crop farming; "pest scouting": Pest control).
  A shared last word alone names another thing done to another object ("spot removal"
  is not Snow removal, "glass cutting" not Gem cutting);
- the work it names is near the work the person was placed in (``near``, given by the
  app: ``model.skill_work_near``): a kind of work is broad, and a shared word can carry
  another sense in it (a referee's "game management" is not Game development);
- where one skill sharing the word is the work of an occupation the result lists for
  the person (:attr:`Near.OWN`), a skill that is another occupation's work is another
  speciality of the word, not named: a private investigator's "investigations" is
  Private investigation, not Death investigation (a coroner's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from enum import IntEnum

from career_resilience.skills.did_you_mean import words
from career_resilience.skills.models import Skill
from career_resilience.skills.word_forms import same_word

#: A shared word names a related skill only if at most this many skill names use it.
FEW_NAMES = 3
#: Related skills named at most for one typed skill.
MOST = 2
#: Typed words shorter than this relate nothing ("art", "ops").
SHORTEST = 4


class Near(IntEnum):
    """How a catalogue skill stands to the work of the occupations a person is placed in
    (``model.skill_work_near``)."""

    #: Its work is far from theirs: not named.
    FAR = 0
    #: The work of another occupation, near theirs.
    OTHERS = 1
    #: No occupation's core skill, and nothing says it is far (or nothing to judge by).
    UNCLAIMED = 2
    #: The work of an occupation the result lists for them.
    OWN = 3


class RelatedSkills:
    """Finds the catalogue skills related to typed skills (the rules above)."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self._skills = list(skills)
        self._names = [tuple(words(s.name)) for s in self._skills]
        self._uses = Counter(w for name in self._names for w in set(name))

    def related(
        self, typed: str, kinds: Collection[str], near: Callable[[str], Near] | None = None
    ) -> tuple[str, ...]:
        """The names of up to :data:`MOST` catalogue skills related to ``typed`` for a
        person placed in ``kinds`` (category ids, usually one); none with no ``kinds``.
        ``near``: how a skill (by name) stands to the person's work; None: unjudged."""
        if not kinds:
            return ()
        said = words(typed)
        if not said or len(said[0]) < SHORTEST:
            return ()
        found: dict[str, Near] = {}
        for skill, name in zip(self._skills, self._names, strict=True):
            if any(c in kinds for c in skill.categories) and self._shares(said, name):
                found[skill.name] = Near.UNCLAIMED if near is None else near(skill.name)
        # Another occupation's work gives way to the person's own under the same word.
        unwanted = {Near.FAR, Near.OTHERS} if Near.OWN in found.values() else {Near.FAR}
        return tuple(name for name, how in found.items() if how not in unwanted)[:MOST]

    def _shares(self, said: list[str], name: tuple[str, ...]) -> bool:
        if len(said) == 1:
            return any(self._same(said[0], w) for w in name)
        return bool(name) and self._same(said[0], name[0])

    def _same(self, typed: str, word: str) -> bool:
        return self._uses[word] <= FEW_NAMES and (typed == word or same_word(typed, word))
