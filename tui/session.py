"""What the app knows right now: the model, the skill catalogue and the last result.

One :class:`Session` lives on the app. Screens read it when they are shown and the
app bumps :attr:`Session.version` whenever the result changes, so a screen can tell
whether it is showing something stale without comparing results.
"""

from __future__ import annotations

import functools
import threading
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from career_resilience.model.engine import Engine
    from career_resilience.model.profile import Profile
    from career_resilience.model.result import Result
    from career_resilience.skills.matching import Context, SkillMatcher
    from career_resilience.skills.models import KnowledgeBase
    from career_resilience.skills.related_skills import Near
    from career_resilience.skills.title_suggestions import TitleIndex


class Held(NamedTuple):
    """A listed skill naming the same catalogue skill as one typed, and that skill's
    name ("embalming", "Funeral services" for "funeral arrangements")."""

    listed: str
    skill: str


#: The least probability that lists a kind of work among the likeliest: the app writes
#: less as "<1%", no likelier than the rest (without it a nurse's fifth "likeliest"
#: was Systems architecture at 0.0).
LIKELY_FROM = 0.01


def likeliest_kinds(result: Result) -> tuple[str, ...]:
    """The kinds of work (category ids) the model finds likeliest for ``result``'s
    profile, likeliest first: its categories, then those of the occupations matched.

    Only a result the model placed has them; a chosen one holds the choice alone.
    """
    likely = [c.id for c in result.categories if c.probability >= LIKELY_FROM]
    likely += [o.category for o in result.occupations if o.probability >= LIKELY_FROM]
    return tuple(dict.fromkeys(c for c in likely if c))


def listed_codes(result: Result) -> tuple[str, ...]:
    """The O*NET-SOC codes of the occupations ``result`` lists for the person, likeliest
    first (``wording.listed_occupations``): what "related in the catalogue" judges a
    catalogue skill near (``model.skill_work_near``)."""
    from career_resilience.wording import listed_occupations

    return tuple(
        o.onet_soc for o in listed_occupations(result.occupations, lambda o: o.probability)
    )


def unchosen(profile: Profile) -> Profile:
    """``profile`` as the model places it: without a kind of work or occupation chosen."""
    from dataclasses import replace

    return replace(profile, category=None, occupation=None)


def chose(profile: Profile) -> bool:
    """Whether the person chose the kind of work or occupation ("that's not me")."""
    return bool(profile.category or profile.occupation)


class ModelState(Enum):
    """Where the background model load stands."""

    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class Catalogue(NamedTuple):
    """The knowledge base with the indexes the profile form needs.

    Building them takes ~35 ms, so the loader threads build it, never the event loop.
    """

    kb: KnowledgeBase
    matcher: SkillMatcher
    #: Known job titles, for role suggestions: the categories' and the corpus's, then
    #: O*NET's (``skills/title_suggestions.py``).
    titles: TitleIndex
    #: The curated titles alone, in order (what :func:`all_titles` starts from).
    curated: tuple[str, ...] = ()

    @classmethod
    def build(cls, kb: KnowledgeBase, matcher: SkillMatcher | None = None) -> Catalogue:
        """Index ``kb`` (reusing ``matcher`` when the engine already has one)."""
        from career_resilience.skills.matching import SkillMatcher

        titles: dict[str, None] = {}
        for category in kb.categories.values():
            titles.update(dict.fromkeys(category.titles))
        # The training corpus also holds titles "as people type them", typos included
        # ("data anaylst"); suggest only its capitalised, deliberate-looking ones.
        for section in kb.corpus.values():
            titles.update(dict.fromkeys(t for t in section.titles if t[:1].isupper()))
        from career_resilience.skills import completion

        curated = tuple(titles)
        # O*NET's titles join them once the model is ready (:func:`all_titles`): indexing
        # them here held "model ready" back by half a second.
        matcher = matcher or SkillMatcher(kb.skills.values())
        return cls(kb, matcher, completion.title_index(curated), curated)


#: One full title index built at a time (tests start many apps in one process).
_INDEXING = threading.Lock()


def all_titles(catalogue: Catalogue) -> TitleIndex:
    """The catalogue's titles, then O*NET's 43k, indexed once per process (0.15-0.3 s
    measured, in the model loader's thread once the model is ready)."""
    with _INDEXING:
        return _all_titles(catalogue.curated)


@functools.lru_cache(maxsize=2)
def _all_titles(curated: tuple[str, ...]) -> TitleIndex:
    from career_resilience.skills import completion
    from career_resilience.skills.occupations import occupation_data

    return completion.title_index(curated, [t for _, t, _ in occupation_data().titles])


class Session:
    """Shared state of one run of the app (main thread only).

    A plain class, not a dataclass: a dataclass compiles its methods from source when
    its module is imported, 0.8 ms of CPU before the app's first frame.
    """

    def __init__(self) -> None:
        self.model_state: ModelState = ModelState.LOADING
        #: Why the model could not load, in words the user can act on.
        self.model_error = ""
        self.engine: Engine | None = None
        #: The skill catalogue for autocomplete; available before the model is.
        self.catalogue: KnowledgeBase | None = None
        #: Skill marking and completion (names and aliases).
        self.matcher: SkillMatcher | None = None
        #: The profile that produced :attr:`result`.
        self.profile: Profile | None = None
        self.result: Result | None = None
        #: A score asked for while the model was still loading; run when it arrives.
        self.pending: Profile | None = None
        self.version = 0
        #: Which person the app works for: bumped by :meth:`clear_result` (a new
        #: profile, another client), so a score asked for the previous person is never
        #: shown.
        self.person = 0
        #: Known job titles (for role suggestions), filled with the catalogue.
        self.titles: TitleIndex | list[str] = []
        #: The model's likeliest kinds of work for a profile as it placed it (the
        #: profile without a choice): kept past a pick, whose result has only the pick,
        #: so "That's not me" can list them again.
        self.ranked: tuple[Profile, tuple[str, ...]] | None = None
        #: The kinds of work each listed job title names (``skills/title_kinds.py``),
        #: for the form before a score; filled with O*NET's titles.
        self.title_kinds: Mapping[str, frozenset[str]] = {}

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Use a catalogue (built in a worker) for completion, marking and titles."""
        self.catalogue = catalogue.kb
        self.matcher = catalogue.matcher
        self.titles = catalogue.titles

    def set_result(self, profile: Profile, result: Result) -> None:
        """Record a fresh result for ``profile``."""
        self.profile = profile
        self.result = result
        self.version += 1
        if not chose(profile):
            self.ranked = (profile, likeliest_kinds(result))

    def model_ranking(self, profile: Profile) -> tuple[str, ...] | None:
        """The model's likeliest kinds of work for ``profile`` placed by the model
        (whatever was chosen), or None while they are not known."""
        if self.ranked is None or self.ranked[0] != unchosen(profile):
            return None
        return self.ranked[1]

    def set_ranking(self, profile: Profile, kinds: tuple[str, ...]) -> None:
        """Keep the model's likeliest ``kinds`` for ``profile`` (worked out apart)."""
        self.ranked = (unchosen(profile), kinds)

    def clear_result(self) -> None:
        """Forget the scored profile and its result (a new profile, another person)."""
        self.profile = None
        self.result = None
        self.pending = None
        self.ranked = None
        self.version += 1
        self.person += 1

    def kinds_of_work(self, role: str) -> frozenset[str]:
        """The kinds of work (category ids) the last result placed the person in, while
        ``role`` (the form's job title) is still the one scored; none before a score or
        once the title names another job, whose trade is not yet known."""
        from career_resilience.model.profile import clean_role

        if self.result is None or self.profile is None:
            return frozenset()
        if clean_role(role).casefold() != self.profile.role.casefold():
            return frozenset()
        return self.result.kinds_of_work

    def kinds_read(self, role: str) -> frozenset[str]:
        """The kinds of work a "did you mean" must share for ``role``: the last
        result's (:meth:`kinds_of_work`), or before a score (or once the title names
        another job) those the title names where the catalogue or O*NET lists it."""
        from career_resilience.model.profile import clean_role
        from career_resilience.skills.title_kinds import title_key

        return self.kinds_of_work(role) or self.title_kinds.get(
            title_key(clean_role(role)), frozenset()
        )

    def placed_in(self, role: str) -> frozenset[str]:
        """The kind of work (one category id) the last result placed the person in,
        while ``role`` is still the title scored (:meth:`kinds_of_work`); none before."""
        kinds = self.kinds_of_work(role)
        if not kinds or self.result is None:
            return frozenset()
        likeliest = likeliest_kinds(self.result)
        return frozenset(likeliest[:1])

    def placed_at(self, role: str) -> tuple[str, ...]:
        """The occupations (O*NET-SOC codes) the last result lists for the person,
        likeliest first (:func:`listed_codes`), while ``role`` is still the title scored
        (:meth:`placed_in`); none before."""
        if self.result is None or not self.placed_in(role):
            return ()
        return listed_codes(self.result)

    def near_work(self, codes: tuple[str, ...]) -> Callable[[str], Near] | None:
        """How a catalogue skill (by name) stands to the work of the occupations
        ``codes`` (``model.skill_work_near``), for the "related in the catalogue" line;
        None (no judging) without the model or an occupation."""
        if self.engine is None or not codes:
            return None
        return functools.partial(self.engine.skill_work.judge, codes=codes)

    def held_as(self, text: str, others: list[str], context: Context = frozenset()) -> Held | None:
        """The one of ``others`` that names the same catalogue skill as ``text`` ("CPR
        and first aid" for "first aid"), with that skill's name, or None: adding
        ``text`` then moves nothing.

        ``others`` spelled as ``text`` is not reported (the callers say "already listed"
        for those); ``context`` is the sense the profile's title and duties point to.
        """
        from career_resilience.skills.identity import skill_key

        matcher = self.matcher
        if matcher is None:
            return None
        skill = matcher.resolve(text, context)
        if skill is None:
            return None
        key = skill_key(text)
        for other in others:
            same = matcher.resolve(other, context)
            if skill_key(other) != key and same is not None and same.id == skill.id:
                return Held(other, skill.name)
        return None

    def category_label(self, category_id: str) -> str:
        """The readable label of a category id (the id itself if unknown)."""
        kb = self.catalogue
        if kb is not None and category_id in kb.categories:
            return kb.categories[category_id].label
        return category_id

    def occupation_title(self, code: str) -> str:
        """The O*NET title of an occupation code (the code itself if unknown)."""
        from career_resilience.skills.occupations import occupation_table

        occupation = occupation_table().get(code)
        return occupation.title if occupation is not None else code
