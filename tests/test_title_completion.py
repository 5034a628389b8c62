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


def test_onets_titles_follow_the_curated_ones_and_a_title_typed_whole_comes_first() -> None:
    index = completion.title_index(KNOWN, ["Crane Operator", "Crane Oiler", "Accountants",
                                           "Nurse", "accountant", "Senior Auditor"])  # fmt: skip
    assert completion.titles(index, "Crane") == ["Crane Oiler", "Crane Operator"]
    # Curated first ("accountant" is one, so O*NET's copy is not offered twice).
    assert completion.titles(index, "acc") == [
        "Accountant", "Account executive", "Accountants", "Senior accountant",
    ]  # fmt: skip
    assert completion.titles(index, "Staff nurse")[0] == "Staff nurse"
    assert completion.titles(index, "nurse") == ["Nurse", "Staff nurse"]
    assert completion.titles(index, "Sr. aud") == ["Sr. Auditor"]  # its own "Senior" dropped


def test_the_shipped_titles_offer_common_jobs_outside_the_corpus() -> None:
    from career_resilience.skills.loader import shipped_knowledge_base
    from career_resilience.tui.session import Catalogue, all_titles

    known = all_titles(Catalogue.build(shipped_knowledge_base()))
    assert completion.titles(known, "Flori")[0] == "Florist"
    assert completion.titles(known, "Crane op")[0] == "Crane Operator"
    assert completion.titles(known, "Compliance o")[0] == "Compliance Officer"
    assert completion.titles(known, "Bailiff")[0] == "Bailiff"


SLIPS = ["Plumber", "Plumber helper", "Cashier", "Head cashier", "Porter", "Portrait painter",
         "Farmer", "Farmhand", "Electrician", "Electrical engineer", "Reception clerk",
         "Receptionist", "Solderer", "Speed runner", "Claims adjuster"]  # fmt: skip


def test_a_slip_in_a_title_still_gets_the_titles_it_nearly_spells() -> None:
    # One slip ended the suggestions: the box offered only titles starting with it.
    assert completion.titles(SLIPS, "Plumer") == ["Plumber", "Plumber helper"]
    assert completion.titles(SLIPS, "Cahsier") == ["Cashier", "Head cashier"]  # letters swapped
    # A word being typed may be unfinished: compared with word starts of its length.
    assert completion.titles(SLIPS, "Recepc") == ["Receptionist", "Reception clerk"]
    # Equally near, a letter dropped is likelier than one changed; both are offered.
    assert completion.titles(SLIPS, "Electrican")[:2] == ["Electrician", "Electrical engineer"]
    # Before another word, a word is whole; seniority typed first is kept.
    assert completion.titles(SLIPS, "Haed cashier") == ["Head cashier"]
    assert completion.titles(SLIPS, "Sr. Plumbr") == ["Sr. Plumber", "Sr. Plumber helper"]


def test_titles_starting_with_what_was_typed_come_before_near_spellings() -> None:
    assert completion.titles(SLIPS, "Portr") == ["Portrait painter", "Porter"]
    assert completion.titles(SLIPS, "Farm") == ["Farmer", "Farmhand"]
    # Too short to be read as a slip, or nothing near: nothing made up.
    assert completion.titles(SLIPS, "Pom") == [] and completion.titles(SLIPS, "Zzzzzz") == []
    assert completion.titles(SLIPS, "Xashier") == []  # a slip rarely changes the first letter
    # A real word is meant as typed (no soldier is a solderer), capitals are an acronym;
    # a real word spelt another way than the title's is still its title.
    assert completion.titles(SLIPS, "Soldier") == [] and completion.titles(SLIPS, "SPED") == []
    assert completion.titles(SLIPS, "Claims adjustor") == ["Claims adjuster"]


def test_the_shipped_titles_mend_common_slips() -> None:
    from career_resilience.skills.loader import shipped_knowledge_base
    from career_resilience.tui.session import Catalogue, all_titles

    known = all_titles(Catalogue.build(shipped_knowledge_base()))
    for typed, meant in [("Lifegard", "Lifeguard"), ("Recepcionist", "Receptionist"),
                         ("Electrican", "Electrician"), ("Embalmr", "Embalmer"),
                         ("Lockmsith", "Locksmith"), ("Dishwaser", "Dishwasher"),
                         ("Sr acountant", "Sr Accountant"),
                         ("Machinest", "Machinist"), ("Dietition", "Dietitian")]:  # fmt: skip
        assert completion.titles(known, typed)[0] == meant, typed
