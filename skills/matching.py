"""Turning what people type ("k8s; MS Excel; adv. SQL") into catalogue skills.

Matching is by :func:`~career_resilience.skills.identity.skill_key` (case, accents and
punctuation ignored, ``+`` and ``#`` kept), so "MS-Excel", "ms excel" and "MSExcel" are
one key while "C", "C#" and "C++" differ.
Anything that does not match is kept and reported with "did you mean" suggestions;
nothing a person typed is ever dropped silently.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from career_resilience.sanitise import MAX_SKILL_CHARS
from career_resilience.skills.did_you_mean import SuggestionFilter, close_matches
from career_resilience.skills.identity import skill_key
from career_resilience.skills.models import Skill
from career_resilience.skills.phrase_words import MIN_SHORT_NAME, says_what_of, short_name_in
from career_resilience.skills.related_skills import Near, RelatedSkills
from career_resilience.skills.trigram_index import TrigramIndex
from career_resilience.skills.typed_skill_text import (
    QUALIFIERS,
    context_text,
    head_elsewhere,
    named_work_keys,
    sense_words,
)

#: Aliases that name a different product than the skill they are filed under: counted
#: for the model's category, never as holding the skill ("NetSuite" is its own ERP).
DISTINCT_ALIASES = frozenset({"netsuite"})
#: A one-word alias that this many other skills also use is a loose match: it may mean
#: any of them ("scheduling" is calendars, shifts, production or patients).
AMBIGUOUS_OTHERS = 2
#: Typed keys shorter than this get suggestions only among names of about their length.
SHORT_KEY = 5


def _loose_keys(skills: list[Skill]) -> frozenset[str]:
    """Alias keys that do not pin down their skill (see :class:`SkillMatch`)."""
    users: dict[str, set[str]] = {}
    for skill in skills:
        for label in (skill.name, *skill.aliases):
            for word in label.casefold().split():
                users.setdefault(skill_key(word), set()).add(skill.id)
    loose = set(DISTINCT_ALIASES)
    for skill in skills:
        for alias in skill.aliases:
            key = skill_key(alias)
            one_word = " " not in alias.strip() and key != skill_key(skill.name)
            if one_word and len(users.get(key, set()) - {skill.id}) >= AMBIGUOUS_OTHERS:
                loose.add(key)
    return frozenset(loose)


def _typo_of_short(key: str, candidate: str) -> bool:
    """Whether ``candidate`` could be what a short typed ``key`` misspelt."""
    gap = abs(len(candidate) - len(key))
    return gap == 0 or (gap == 1 and candidate[:1] == key[:1])


@dataclass(frozen=True)
class SkillMatch:
    """What one typed skill resolved to: a catalogue skill, or suggestions.

    ``loose`` is True when the skill was reached through an alias that may mean
    something else (an ambiguous word or a different product): good enough to place
    the work, not to say the person holds that exact skill.
    """

    text: str
    skill: Skill | None
    suggestions: tuple[str, ...] = ()
    loose: bool = False


#: What a profile says about which sense of a shared name is meant: the ids of the
#: skills whose ``sense_words`` it mentions (usually none).
Context = frozenset[str]
NO_CONTEXT: Context = frozenset()


class SkillMatcher:
    """An index from every name and alias key to its skill."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self._by_key: dict[str, Skill] = {}
        # (key, 0 for the name or 1 for an alias, label, name), sorted: a prefix's
        # completions are one contiguous run, found by bisection.
        entries: list[tuple[str, int, str, str]] = []
        skills_seen = list(skills)
        for skill in skills_seen:
            for rank, label in enumerate((skill.name, *skill.aliases)):
                key = skill_key(label)
                if key:
                    self._by_key[key] = skill
                    entries.append((key, min(rank, 1), label, skill.name))
        entries.sort()
        self._entries = entries
        self._entry_keys = [entry[0] for entry in entries]
        # Built on the first unknown skill: most scores never need it, and a cold
        # start should not pay for indexing 70k trigrams.
        self._trigrams: TrigramIndex | None = None
        self._resolved: dict[tuple[str, Context], Skill | None] = {}
        self._titles: dict[tuple[str, Context], Skill | None] = {}
        self._loose = _loose_keys(skills_seen)
        self._skills = skills_seen
        # A name with another sense ("CAD"): the skills it may mean instead, and the
        # words that say a profile means one of them.
        self._senses: dict[str, list[Skill]] = {}
        self._sense_words = [sense_words(s.id, s.sense_words) for s in skills_seen if s.senses]
        # The senses by each of their single words and by the first word of each phrase
        # (a phrase is in a text only where its first word is): ``context`` looks up the
        # text's words instead of testing each of ~25 senses (3% of a batch row).
        self._sense_by_word: dict[str, list[str]] = {}
        self._sense_phrases: dict[str, list[tuple[str, str]]] = {}
        for sense in self._sense_words:
            for word in sense.words:
                self._sense_by_word.setdefault(word, []).append(sense.sid)
            for phrase in sense.phrases:
                first = phrase.split()[0]
                self._sense_phrases.setdefault(first, []).append((sense.sid, phrase))
        for skill in skills_seen:
            for name in skill.senses:
                self._senses.setdefault(skill_key(name), []).append(skill)
        self._filter: SuggestionFilter | None = None
        self._related: RelatedSkills | None = None

    @property
    def keys(self) -> Mapping[str, Skill]:
        """Every key the matcher knows, mapped to its skill."""
        return self._by_key

    def lookup(self, text: str) -> Skill | None:
        """The skill ``text`` names exactly (by key), or None."""
        return self._by_key.get(skill_key(text))

    def context(self, *texts: str) -> Context:
        """Which senses of shared names a profile's title, duties and skills point to.

        Empty for almost every profile; "911 dispatcher" gives computer-aided dispatch,
        so that "CAD" in their skills is not read as drafting.
        """
        if not self._sense_words:
            return NO_CONTEXT
        text = context_text(" ".join(texts))
        words, padded = set(text.split()), f" {text} "
        found: set[str] = set()
        for word in words:
            found.update(self._sense_by_word.get(word, ()))
            for sid, phrase in self._sense_phrases.get(word, ()):
                if phrase in padded:
                    found.add(sid)
        return frozenset(found)

    def _get(self, key: str, context: Context) -> Skill | None:
        """The skill of a key, in the sense the context asks for when it has another.

        A name no skill owns can still have senses ("cutting": hairdressing to a
        hairdresser): it is read only where the context names one of them.
        """
        skill = self._by_key.get(key)
        if context:
            for sense in self._senses.get(key, ()):
                if sense.id in context:
                    return sense
        return skill

    def resolve(
        self, text: str, context: Context = NO_CONTEXT, *, title: bool = False
    ) -> Skill | None:
        """The skill a typed text names, tolerating "advanced", "experience in" (cached);
        a name with several senses in the one ``context`` points to.

        A job ``title``'s last word is the person, and the words before it which kind
        ("Sushi chef" cooks): a loose word there keeps its skill (:func:`_says_what_of`
        is for skills and duties)."""
        text = text.strip()[:MAX_SKILL_CHARS]
        cache = self._titles if title else self._resolved
        if (text, context) in cache:
            return cache[text, context]
        skill = self._get(skill_key(text), context)
        if skill is None:
            stripped = QUALIFIERS.sub(" ", text)
            skill = self._get(skill_key(stripped), context) if skill_key(stripped) else None
        if skill is None:
            skill = next(filter(None, (self._get(k, context) for k in named_work_keys(text))), None)
        if skill is None:
            skill = self._longest_part(text, context, heads=not title)
        if len(cache) > 100_000:
            cache.clear()
        cache[text, context] = skill
        return skill

    def match(self, text: str, context: Context = NO_CONTEXT, *, title: bool = False) -> SkillMatch:
        """Resolve one typed skill (or a job ``title``, :meth:`resolve`); when nothing
        matches, add "did you mean" suggestions."""
        text = text.strip()[:MAX_SKILL_CHARS]
        skill = self.resolve(text, context, title=title)
        if skill is not None:
            return SkillMatch(text, skill, loose=skill_key(text) in self._loose)
        return SkillMatch(text, None, self.suggest(text))

    def _longest_part(self, text: str, context: Context, heads: bool = True) -> Skill | None:
        """The skill named by the longest run of words inside ``text`` ("SQL reporting").

        A name of two or three letters counts only when no longer one is there, and only
        as a whole word typed as an acronym or beside words that only say what kind of
        thing it is (:func:`_short_name_in`). A name only a context gives a skill counts
        in that context ("precision cutting" to a hairdresser). With ``heads``, a loose
        one-word alias that heads a phrase saying what it is of counts not
        (:func:`_says_what_of`). A job noun closing the phrase counts not where the
        words before it name another field ("Harbor pilot", "court reporter":
        :func:`head_elsewhere`).
        """
        words = re.findall(r"[\w+#.-]+", text)
        # Once a loose head is passed over ("research" in "AI research"), the phrase is
        # about other work: no other loose word in it names a skill either.
        passed_over = False
        # Short names only when no longer one is there: "AI safety research" is that
        # research, not AI.
        for short in (False, True):
            for size in range(len(words) - 1, 0, -1):
                for start in range(len(words) - size + 1):
                    key = skill_key(" ".join(words[start : start + size]))
                    known = key in self._by_key or (context and key in self._senses)
                    if not known or (len(key) < 4) != short:
                        continue
                    if head_elsewhere(words, start, size):
                        continue
                    loose = heads and size == 1 and key in self._loose
                    if loose and (passed_over or says_what_of(words, start)):
                        passed_over = True
                        continue
                    if not short or (
                        len(key) >= MIN_SHORT_NAME and short_name_in(words, start, size, text)
                    ):
                        return self._get(key, context)
        return None

    @property
    def _trigram_index(self) -> TrigramIndex:
        """ "Did you mean" first shortlists keys sharing character trigrams (an inverted
        index), then ranks the shortlist with difflib: a difflib scan of every key
        costs milliseconds per unknown skill."""
        if self._trigrams is None:
            self._trigrams = TrigramIndex(self._by_key)
        return self._trigrams

    @property
    def _did_you_mean(self) -> SuggestionFilter:
        """How many skills use each word, counted on the first unknown skill."""
        if self._filter is None:
            self._filter = SuggestionFilter.of(self._skills)
        return self._filter

    def prepare_suggestions(self) -> None:
        """Build now what the first skill that matches nothing builds for "did you mean"
        (the trigram index, the suggestion filter, rapidfuzz's distances): some 60 ms a
        person otherwise waits for on that score."""
        from rapidfuzz.distance import OSA, Indel  # noqa: F401  (imported, kept loaded)

        _ = self._trigram_index, self._did_you_mean

    def suggest(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """Close catalogue names for a typed skill that matched nothing, only those
        that name something typed (:mod:`career_resilience.skills.did_you_mean`)."""
        key = skill_key(text)
        if not key:
            return ()
        # Counter counts in C; the posting lists of common trigrams are long. Ties on the
        # count are broken by name: otherwise the shortlist cut at 25 (and the
        # suggestions) followed the hash seed and whether the catalogue came from YAML
        # or its compiled copy, and changed from run to run.
        shortlist = self._trigram_index.most_shared(key)
        if len(key) < SHORT_KEY:
            # A short name inside a longer one ("pex" in "apex") is another word, not a
            # typo: short keys are offered names of their own length, or one letter
            # longer or shorter with the same first letter ("jva" for "java").
            shortlist = [c for c in shortlist if _typo_of_short(key, c)]
        close = close_matches(key, shortlist, n=limit * 3, cutoff=0.75)
        ranked = list({self._by_key[found].id: self._by_key[found] for found in close}.values())
        # difflib ranks by shared letters; only names that say what was typed are
        # offered ("CAD systems" is not HRIS administration, alias "HCM systems").
        return tuple(skill.name for skill in self._did_you_mean.keep(text, ranked)[:limit])

    def related(
        self, text: str, kinds: Collection[str], near: Callable[[str], Near] | None = None
    ) -> tuple[str, ...]:
        """Catalogue skills related to ``text``, an unknown skill with no "did you mean",
        for a person placed in ``kinds`` whose work the skills are ``near``
        (:mod:`career_resilience.skills.related_skills`; its index is built on first use)."""
        if self._related is None:
            self._related = RelatedSkills(self._skills)
        return self._related.related(text, kinds, near)

    def fit_the_work(
        self, text: str, suggestions: Iterable[str], kinds: Collection[str]
    ) -> tuple[str, ...]:
        """The ``suggestions`` for ``text`` that fit the work the person was placed in
        (``kinds``, category ids), or fix a typo
        (:meth:`~career_resilience.skills.did_you_mean.SuggestionFilter.fit_the_work`)."""
        found = (self._by_key.get(skill_key(name)) for name in suggestions)
        candidates = [s for s in found if s is not None]
        return tuple(s.name for s in self._did_you_mean.fit_the_work(text, candidates, kinds))

    def complete(self, prefix: str, limit: int = 8) -> list[str]:
        """Catalogue names whose name or alias starts with ``prefix`` (for autocomplete)."""
        return [name for name, _ in self.complete_labelled(prefix, limit)]

    def complete_labelled(self, prefix: str, limit: int = 8) -> list[tuple[str, str]]:
        """``(name, label typed-to)`` for skills whose name or an alias starts with
        ``prefix``: names before aliases, shorter names first. The label says why a
        skill was offered ("sq" offers Cashier because of its alias "Square POS")."""
        key = skill_key(prefix)
        if not key:
            return []
        hits: list[tuple[int, int, str, str]] = []
        for k, is_alias, label, name in self._entries[bisect_left(self._entry_keys, key) :]:
            if not k.startswith(key):
                break
            hits.append((is_alias, len(name), label, name))
        hits.sort()
        found: dict[str, str] = {}
        for _, _, label, name in hits:
            found.setdefault(name, label)
            if len(found) >= limit:
                break
        return list(found.items())
