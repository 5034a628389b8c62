"""Which SOC major groups list the titles holding a word (``title_supervisor``): found by
searching one text of every listed title, the very counts of testing each title."""

from __future__ import annotations

import collections

from career_resilience.model.title_supervisor import _WORD, _word_groups
from career_resilience.skills.listed_titles import listed_rows


def _every_title(word: str) -> collections.Counter[str]:
    return collections.Counter(
        code[:2] for code, title in listed_rows() if word in title and word in _WORD.findall(title)
    )


def test_word_groups_are_those_of_testing_every_listed_title() -> None:
    last = _WORD.findall(listed_rows()[-1][1])[-1]  # a word of the last title listed
    words = ["custodial", "ward", "crew", "food", "kitchen", "steward", "of", "a", last]
    words += ["", "zzzq", "nurse's", "first-line"]  # none, never a word, across a hyphen
    for word in words:
        found = _word_groups.__wrapped__(word)
        assert found == _every_title(word), word
        assert list(found.items()) == list(_every_title(word).items()), word
    # "ward" is hospital work in most titles holding it (not the letters of "steward").
    assert _word_groups("ward").most_common(1)[0][0] in {"29", "31"}
