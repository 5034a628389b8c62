"""Job-title suggestions as a person types, seniority first ("Sr. Acc", issue 11)."""

from __future__ import annotations

from career_resilience.skills import completion

KNOWN = ["Accountant", "Senior accountant", "Account executive", "Staff nurse",
         "Staffing coordinator", "Lead cook", "Data analyst", "accountant"]  # fmt: skip


def test_seniority_typed_first_still_finds_the_titles_and_keeps_what_was_typed() -> None:
    assert completion.titles(KNOWN, "Sr. Acc") == [
        "Sr. Accountant", "Sr. Account executive",
    ]  # fmt: skip
    # A known title's own seniority word is not doubled ("Sr. Senior accountant").
    assert completion.titles(KNOWN, "Senior  lead acc") == [
        "Senior lead Accountant",
        "Senior lead Account executive",
    ]
    assert completion.titles(KNOWN, "jr data") == ["jr Data analyst"]


def test_plain_matches_come_first_and_a_lone_seniority_word_is_a_title_start() -> None:
    assert completion.titles(KNOWN, "acc") == [
        "Accountant",
        "Account executive",
        "Senior accountant",
    ]
    assert completion.titles(KNOWN, "Staff") == ["Staff nurse", "Staffing coordinator"]
    assert completion.titles(KNOWN, "Lead") == ["Lead cook"]
    assert completion.titles(KNOWN, "Staff nu") == ["Staff nurse"]
    assert completion.titles(KNOWN, "Sr. ") == [] and completion.titles(KNOWN, " ") == []
    assert completion.titles(KNOWN, "Sr. zzz") == []


def test_the_shipped_titles_answer_the_issue_example() -> None:
    from career_resilience.skills.loader import shipped_knowledge_base
    from career_resilience.tui.session import Catalogue

    known = Catalogue.build(shipped_knowledge_base()).titles
    found = completion.titles(known, "Sr. Acc")
    assert found[0] == "Sr. Accountant" and len(found) == completion.LIMIT
    assert all(title.startswith("Sr. Acc") for title in found)
