"""Scores grounded in published occupation research: match, figures, sources, outlook."""

from __future__ import annotations

import pytest

from career_resilience import wording
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.skills.occupations import occupation_table

DONE_MEANS = [
    ("911 dispatcher", "CAD; radio; multi-line phones", "answer 911 calls\nsend units", "43-5031"),
    ("hotel concierge", "Opera PMS; guest relations", "book restaurants for guests", "39-6012"),
    ("CNC programmer (Mastercam)", "Mastercam; G-code", "write programs for the mills", "51-9162"),
    ("Staff software engineer", "Java; system design; Kubernetes", "design services", "15-1252"),
    ("RN - med/surg", "patient assessment; IV therapy; Epic", "care for 5 patients", "29-1141"),
    ("AP clerk", "Excel; SAP; invoice processing", "enter vendor invoices", "43-3"),
]


@pytest.mark.parametrize(("role", "skills", "duties", "code"), DONE_MEANS)
def test_people_see_the_occupation_they_recognise(engine, role, skills, duties, code) -> None:
    result = engine.score(Profile.create(role, skills, duties))
    first = result.occupations[0]
    assert first.onet_soc.startswith(code)
    published = occupation_table()[first.onet_soc]
    assert first.consensus_pct == pytest.approx(published.consensus_pct)
    assert first.indices["gpt4_beta"] == published.gpt4_beta
    # The papers of the indices it has (Software Developers have no LM-AIOE figure).
    papers = {wording.INDEX_PAPERS[k] for k, v in first.indices.items() if v is not None}
    assert any(e.startswith("Exposure:") and all(p in e for p in papers) for e in result.evidence)


def test_the_pupils_a_duty_names_say_which_school(engine) -> None:
    # "3rd graders" was read as no grade at all, and the teacher placed in special
    # education; a grade names the school in a duty as it does in a title.
    result = engine.score(
        Profile.create("Teacher", "lesson planning", "teach 3rd graders reading and math")
    )
    assert result.occupations[0].onet_soc.startswith("25-2021")


def test_typed_skills_of_these_trades_are_recognised(engine) -> None:
    result = engine.score(Profile.create("AP clerk", "3-way match; Mastercam; Opera PMS"))
    assert result.unrecognised_skills == ()


def test_exposure_is_the_match_weighted_research_percentile(engine) -> None:
    result = engine.score(Profile.create("hotel concierge"))
    assert result.occupations[0].probability > 0.8
    assert result.exposure == pytest.approx(result.occupations[0].consensus_pct, abs=6)
    assert result.interval[0] <= result.exposure <= result.interval[1]
    assert result.interval_level == pytest.approx(0.8)


@pytest.mark.parametrize(
    "variant", ["Sr. accountant", "accountant II", "Lead Accountant", "acountant", "ACCOUNTANT"]
)
def test_seniority_and_typos_do_not_move_the_match(engine, variant: str) -> None:
    base = engine.score(Profile.create("Accountant")).occupations[0].onet_soc
    assert engine.score(Profile.create(variant)).occupations[0].onet_soc == base


def test_outlook_quotes_the_bls_projection(engine) -> None:
    result = engine.score(Profile.create("Chief executive officer"))
    assert result.occupations[0].onet_soc == "11-1011.00"
    assert result.outlook == "shrinking"
    # The wording module's real minus sign, as the pivot detail and the reports show it.
    assert "BLS projects −8% for Chief Executives, 2022-32" in result.outlook_basis


@pytest.mark.parametrize(
    ("code", "published", "shown", "word"),
    [
        ("45-4023.00", -1.6, "−2%", "shrinking"),  # Log Graders and Scalers
        ("11-3013.00", 4.6, "+5%", "growing"),  # Facilities Managers
    ],
)
def test_the_outlook_word_follows_the_figure_as_shown(engine, code, published, shown, word):
    # "BLS projects −2% ..." had stood under "Outlook stable" (−1.6 published, while the
    # README says shrinking from −2%): the word is read from the whole figure people see.
    assert occupation_table()[code].bls_change_pct == pytest.approx(published)
    result = engine.score(Profile.create("Worker", occupation=code))
    assert f"BLS projects {shown} for" in result.outlook_basis
    assert result.outlook == word


def test_the_outlook_names_the_occupation_as_the_match_line_does(engine) -> None:
    """O*NET inverts some titles ("Bus Drivers, School"); lower-cased inside a sentence,
    "BLS projects +1% for bus drivers, school, 2022-32" read as a list. The outlook
    names the occupation exactly as the evidence's match line does."""
    result = engine.score(Profile.create("School bus driver"))
    top = result.occupations[0]
    assert top.title == "Bus Drivers, School"
    assert f"for {top.title}, 2022-32" in result.outlook_basis
    assert f"{top.onet_soc} {top.title} (" in result.evidence[0]


def test_a_chosen_occupation_uses_its_published_figures(engine) -> None:
    result = engine.score(Profile.create("Analyst", occupation="29-1141.00"))
    assert result.occupation_chosen
    assert [o.onet_soc for o in result.occupations] == ["29-1141.00"]
    assert result.exposure == pytest.approx(occupation_table()["29-1141.00"].consensus_pct)
    assert result.top_category.id == "nursing_care"


def test_an_unknown_occupation_code_is_refused(engine) -> None:
    with pytest.raises(ProfileError, match="occupation"):
        engine.score(Profile.create("Analyst", occupation="99-9999.99"))
    with pytest.raises(ProfileError, match="O\\*NET-SOC"):
        Profile.create("Analyst", occupation="nurse")


def test_software_engineers_are_not_basic_coding(engine) -> None:
    result = engine.score(Profile.create("Staff software engineer", "Java; system design"))
    assert result.top_category.id == "software_engineering"


def test_ai_era_work_is_framed_by_the_classifier_with_anchor_figures(engine) -> None:
    result = engine.score(
        Profile.create("AI orchestration engineer", "LLM APIs; RAG; prompt engineering; agents")
    )
    assert result.top_category.id == "ai_orchestration"
    assert any("nearest O*NET occupations" in e for e in result.evidence)


def test_drivers_name_the_words_and_lines_that_move_the_score(engine) -> None:
    result = engine.score(
        Profile.create("911 dispatcher", "radio", "answer emergency calls\nkeep the unit log")
    )
    names = [d.feature for d in result.drivers]
    assert 'title "911 dispatcher"' in names  # a job name O*NET lists: one driver
    assert any(n.startswith("duty ") for n in names)


def test_a_long_duty_driver_is_cut_at_a_word_never_mid_word(engine) -> None:
    long_line = "coordinate the dispatching of police units by radio across three counties at night"
    result = engine.score(
        Profile.create("911 dispatcher", "radio", f"answer emergency calls\n{long_line}")
    )
    long_drivers = [d.feature for d in result.drivers if d.feature.startswith('duty "coord')]
    assert long_drivers, [d.feature for d in result.drivers]
    shown = long_drivers[0].removeprefix('duty "').removesuffix('"')
    assert shown.endswith("…") and len(shown) <= 48
    kept = shown.removesuffix("…")
    assert long_line.startswith(kept)
    assert long_line[len(kept)] == " "  # the next character of the line starts a new word
