"""One skill identity: the same rule for matching, progress and the app's screens."""

from __future__ import annotations

import pytest

from career_resilience.skills.identity import has_identity, skill_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("MS-Excel", "ms excel"),
        ("Microsoft  Excel", "microsoft excel"),
        ("Résumé screening", "resume screening"),
        ("R&D", "R and D"),
        ("ＳＱＬ", "SQL"),  # full-width letters, as some keyboards type them
        ("Node.js", "nodejs"),
    ],
)
def test_spellings_of_one_skill_share_a_key(a: str, b: str) -> None:
    assert skill_key(a) == skill_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("C", "C#"), ("C", "C++"), ("C#", "C++"), ("F#", "F"), ("Go", "Golang")],
)
def test_different_skills_keep_different_keys(a: str, b: str) -> None:
    assert skill_key(a) != skill_key(b)


def test_non_latin_scripts_keep_their_letters() -> None:
    # Dropping every non-ASCII letter would make these two one (empty) skill.
    assert skill_key("データ分析") != skill_key("機械学習")
    assert skill_key("Анализ данных") == skill_key("анализ  данных")


def test_a_name_without_letters_still_has_its_own_identity() -> None:
    assert skill_key("🙂") != skill_key("🚀")
    assert not has_identity("🙂") and has_identity("C#")


def test_ascii_names_key_as_through_the_unicode_steps() -> None:
    import unicodedata

    from career_resilience.skills.identity import skill_key

    def unicode_key(text: str) -> str:
        folded = unicodedata.normalize("NFKC", text).casefold().replace("&", "and")
        plain = unicodedata.normalize("NFKD", folded)
        key = "".join(ch for ch in plain if ch.isalnum() or ch in "+#")
        return key or " ".join(folded.split())

    every_ascii = [chr(i) for i in range(128)]
    names = every_ascii + [a + b for a in every_ascii for b in "aZ9 +#&-."]
    names += ["MS-Excel", "C++", "R&D", "  ", "#", "Node.js", "A/B testing", "\t\n"]
    assert [skill_key(n) for n in names] == [unicode_key(n) for n in names]
