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
  another sense in it (a referee's "game management" is not Game development).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable

from career_resilience.skills.did_you_mean import words
from career_resilience.skills.models import Skill
from career_resilience.skills.word_forms import same_word

#: A shared word names a related skill only if at most this many skill names use it.
FEW_NAMES = 3
#: Related skills named at most for one typed skill.
MOST = 2
#: Typed words shorter than this relate nothing ("art", "ops").
SHORTEST = 4


class RelatedSkills:
    """Finds the catalogue skills related to typed skills (the rules above)."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self._skills = list(skills)
        self._names = [tuple(words(s.name)) for s in self._skills]
        self._uses = Counter(w for name in self._names for w in set(name))

    def related(
        self, typed: str, kinds: Collection[str], near: Callable[[str], bool] | None = None
    ) -> tuple[str, ...]:
        """The names of up to :data:`MOST` catalogue skills related to ``typed`` for a
        person placed in ``kinds`` (category ids, usually one); none with no ``kinds``.
        ``near``: whether a skill (by name) names work near the person's; None: all do."""
        if not kinds:
            return ()
        said = words(typed)
        if not said or len(said[0]) < SHORTEST:
            return ()
        found: list[str] = []
        for skill, name in zip(self._skills, self._names, strict=True):
            if not any(c in kinds for c in skill.categories):
                continue
            if self._shares(said, name) and (near is None or near(skill.name)):
                found.append(skill.name)
                if len(found) == MOST:
                    break
        return tuple(found)

    def _shares(self, said: list[str], name: tuple[str, ...]) -> bool:
        if len(said) == 1:
            return any(self._same(said[0], w) for w in name)
        return bool(name) and self._same(said[0], name[0])

    def _same(self, typed: str, word: str) -> bool:
        return self._uses[word] <= FEW_NAMES and (typed == word or same_word(typed, word))
