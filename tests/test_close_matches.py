"""'Did you mean' ranks candidates as difflib does, whatever shortcut finds them.

``close_matches`` skips difflib's Python ratio for candidates whose longest common
subsequence already rules them out; the list it returns must be difflib's, in the same
order, for every typed key the matcher shortlists.
"""

from __future__ import annotations

import difflib
import random

import pytest

from career_resilience.skills.did_you_mean import close_matches
from career_resilience.skills.identity import skill_key
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    """The shipped catalogue's matcher, built once for the module."""
    return SkillMatcher(shipped_knowledge_base().skills.values())


def test_close_matches_are_difflibs_for_typed_slips_and_unknown_skills(matcher) -> None:
    keys = sorted(matcher.keys)
    rng = random.Random(5)
    typed = ["exel", "pyhton", "k8", "cashhandeling", "pipefittng", "madeupskill", "a", "zz"]
    for key in rng.sample(keys, 300):  # slips of catalogue keys: a letter dropped or swapped
        i = rng.randrange(len(key))
        typed.append(key[:i] + key[i + 1 :] if rng.random() < 0.5 else key[::-1])
    checked = 0
    for text in typed:
        key = skill_key(text)
        for cutoff in (0.6, 0.75):
            shortlist = matcher._trigram_index.most_shared(key) if key else []
            for candidates in (shortlist, keys[:400]):
                want = difflib.get_close_matches(key, candidates, n=9, cutoff=cutoff)
                assert close_matches(key, candidates, 9, cutoff) == want, (text, cutoff)
                checked += bool(want)
    assert checked > 100  # most of these have close names: the lists are not all empty


def test_the_shortlist_is_the_keys_sharing_most_trigrams_ties_by_key(matcher) -> None:
    """ "Did you mean" looks only at the SHORTLIST keys sharing the most trigrams with what
    was typed, ties broken by the key itself (so the suggestions never follow the hash
    seed): the same list a plain count and sort of every key gives."""
    from collections import Counter

    from career_resilience.skills.trigram_index import SHORTLIST
    from career_resilience.skills.trigram_index import trigrams as _trigrams

    keys = sorted(matcher.keys)
    grams = {key: _trigrams(key) for key in keys}
    rng = random.Random(11)
    typed = ["madeupskill", "exel", "sql", "a", "zz", "kubernetesoperator"]
    typed += [key[: len(key) // 2] + "x" + key[len(key) // 2 :] for key in rng.sample(keys, 60)]
    for text in typed:
        typed_grams = _trigrams(text)  # once, not once per key
        shared = Counter({key: len(grams[key] & typed_grams) for key in keys})
        plain = sorted((key for key, n in shared.items() if n), key=lambda k: (-shared[k], k))
        assert matcher._trigram_index.most_shared(text) == plain[:SHORTLIST], text
