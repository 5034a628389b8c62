"""A typed title word with letters left out is read as the title word it shortens, and a
shorthand phrase with a slip in it is still the phrase."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.skills.title_near import NearWords
from career_resilience.skills.title_speller import TitleSpeller


def test_a_letter_left_out_beats_a_wrong_letter() -> None:
    # "patrol" is commoner in titles and one wrong letter away; "payroll" one left out.
    speller = TitleSpeller({"payroll": 4.0, "patrol": 2.0, "technical": 1.0, "mechanical": 3.0})
    assert speller.mend("payrol") == "payroll"
    assert speller.mend("mechnical") == "mechanical"


def test_vowels_left_out_are_put_back() -> None:
    # "mangr" is one wrong letter from "manga", two vowels short of "manager"; of the
    # words it shortens, the commonest in titles.
    speller = TitleSpeller({"manager": 1.0, "manga": 6.0, "manger": 9.0})
    assert speller.mend("mangr") == "manager"
    # Two vowels at most: "bookkeeper" is four letters more than "bkpr".
    speller = TitleSpeller({"bookkeeper": 2.0})
    assert speller.mend("bkpr") == "bkpr"


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("Sr payrol specialist", "43-3051.00"),  # had been police patrol officers, 12%
        ("Sr mechnical engr", "17-2141.00"),  # engineers, all other 63%
        ("Admin assitant", "43-6014.00"),  # executive secretaries 43%
        ("Elec enginer", "17-2071.00"),  # electricians 63%
        ("Dept mangr", "41-1011.00"),  # fine artists 12%
    ],
)
def test_titles_with_a_slip_and_a_shorthand_reach_their_work(engine, role, code) -> None:
    first = engine.score(Profile.create(role, "", "")).occupations[0]
    assert first.onet_soc == code


@pytest.mark.parametrize(
    ("slipped", "clean"), [("Testr", "Tester"), ("Investgator", "Investigator")]
)
def test_a_slipped_title_is_framed_as_the_title_it_spells(engine, slipped, clean) -> None:
    # The matcher mended the slip, the category model read it as typed: "Testr" was
    # placed with production inspectors (65%, framed manufacturing), "Tester" with
    # software testers (QA and monitoring).
    typed, meant = (engine.score(Profile.create(t, "", "")) for t in (slipped, clean))
    assert typed.categories[0].id == meant.categories[0].id
    assert typed.occupations[0].onet_soc == meant.occupations[0].onet_soc


def test_a_word_the_category_model_learnt_is_not_mended_for_it(engine) -> None:
    # The speller would read "teamer" as "steamer"; the category model learnt "red
    # teamer" from its own corpus and reads it as typed.
    assert engine.category_title("Red teamer") == "Red teamer"
    assert engine.category_title("Testr") == "tester"


def test_the_title_box_offers_first_what_the_matcher_reads() -> None:
    # The box ranked near spellings by its own rules (fewest edits first): "Mangr"
    # offered "manger" and "manga" (one edit) while the score read "manager" (two
    # vowels left out); "Dispatchr" offered "dispatch" first. One speller reads both.
    titles = ["manager", "store manager", "office manager", "manger", "manga artist"]
    near = NearWords.build([*titles, "dispatch clerk", "dispatch", "dispatcher"])
    assert near.spellings("mangr", finished=True)[0] == "manager"
    assert near.spellings("dispatchr", finished=True)[0] == "dispatcher"
    # The matcher, over its own words, reads the same.
    idf = {"manager": 1.0, "manger": 3.0, "manga": 3.0, "dispatch": 1.5, "dispatcher": 2.0}
    speller = TitleSpeller(idf)
    assert speller.word("mangr") == "manager" and speller.word("dispatchr") == "dispatcher"


def test_letters_put_back_are_found_among_the_words_of_the_same_first_letter(engine) -> None:
    """The shipped speller's search for a word with letters left out looks only at the
    title words sharing its first letter (one alphabetical block): the same word as
    testing every candidate, for slips of words across the alphabet."""
    from career_resilience.skills.title_speller import (
        DROPPED_VOWELS,
        VOWELS,
        _missing_letters,
    )

    speller = TitleSpeller.from_part(
        next(p for p in engine.match_tables.title_features.parts if not p.char)
    )
    idf = speller._idf

    def every_candidate(word: str) -> str | None:
        found = []
        for hit in speller._candidates(len(word) + 1, DROPPED_VOWELS - 1):
            extra = len(hit) - len(word)
            if extra < 1 or hit[0] != word[0]:
                continue
            missing = _missing_letters(word, hit)
            if missing is not None and (extra == 1 or set(missing) <= VOWELS):
                found.append((idf[hit], extra, hit))
        return min(found)[2] if found else None

    words = sorted(w for w in idf if len(w) >= 6 and w.isalpha())[::97]
    slips = {w[:k] + w[k + 1 :] for w in words for k in (1, len(w) // 2, len(w) - 1)}
    slips |= {"".join(c for c in w if c not in VOWELS or c == w[0]) for w in words}
    assert len({s[0] for s in slips}) >= 20
    read = [(s, speller._dropped(s)) for s in sorted(slips) if s]
    assert sum(r is not None for _, r in read) > len(read) // 2
    assert read == [(s, every_candidate(s)) for s, _ in read]
