"""The papers named beside an occupation's figures are those of the indices it has.

An occupation's consensus percentile is the mean of the published indices it has; 147
of O*NET's 950 have no LM-AIOE figure (Legislators, Occupational Health and Safety
Specialists). The evidence line and the app's sources line named LM-AIOE and Felten et
al. for every result all the same.
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile
from career_resilience.tui.screens.result import occupation_parts
from career_resilience.tui.widgets.occupation_text import OccupationText

FOUR = (
    "Research percentile from GPT-4 and human β (Eloundou et al. 2024), AI applicability "
    "(Tomlinson et al. 2025) and LM-AIOE (Felten, Raj, Seamans 2023); occupations: O*NET 27.0 "
    "(CC BY 4.0)"
)


def _exposure_line(result) -> str:
    (line,) = (e for e in result.evidence if e.startswith("Exposure:"))
    return line


def test_an_occupation_without_lm_aioe_is_not_sourced_to_it(engine) -> None:
    legislator = engine.score(Profile.create("Legislator"))
    assert legislator.occupations[0].indices["lm_aioe"] is None
    line = _exposure_line(legislator)
    assert "LM-AIOE" not in line and "Felten" not in line
    assert line.startswith("Exposure: consensus percentile of GPT-4 β, human β and AI applic")
    # The app's box: a chosen occupation is the only one shown, and its line the only one.
    chosen = engine.score(Profile.create("Sous chef", occupation="19-5011.00"))
    *_, figures, sources = occupation_parts(chosen)
    assert "LM-AIOE" not in figures
    assert sources == (
        "Research percentile from GPT-4 and human β (Eloundou et al. 2024) and AI "
        "applicability (Tomlinson et al. 2025); occupations: O*NET 27.0 (CC BY 4.0)"
    )
    assert "Felten" not in _exposure_line(chosen)


def test_an_occupation_with_all_four_names_all_four(engine) -> None:
    nurse = engine.score(Profile.create("Registered nurse", "wound care"))
    assert occupation_parts(nurse)[-1] == FOUR == wording.INDEX_SOURCES
    assert _exposure_line(nurse) == wording.exposure_evidence()
    assert "LM-AIOE" in _exposure_line(nurse) and "Felten" in _exposure_line(nurse)


def test_the_first_occupations_figures_sit_under_it_not_under_the_list(engine) -> None:
    # A home care worker's box listed Home Health Aides, Personal Care Aides and
    # Healthcare Social Workers, then "GPT-4 β 0.08 · human β 0.04" (Home Health Aides'
    # alone) above "GPT-4 and human β: Eloundou et al. 2024; AI applicability: Tomlinson
    # ...; LM-AIOE: ...": it read as if all four indices were shown, for all three.
    result = engine.score(Profile.create("Home care worker", "personal care; meal preparation"))
    _, lines, figures, sources = occupation_parts(result)
    first, second = result.occupations[:2]
    assert len(lines) >= 2 and first.indices["msft_applicability"] is None
    assert figures == wording.index_line(first.indices) == "GPT-4 β 0.08 · human β 0.04"
    box = OccupationText()
    box.show("Matched occupation:", lines, figures, sources)
    shown = box.render_for(76).plain.splitlines()
    assert shown[1].startswith(f"{first.onet_soc}  {first.title}")
    assert shown[2] == "  " + figures
    assert shown[3].startswith(f"{second.onet_soc}  {second.title}")
    # The sources say what they are the papers of: the percentiles of all three.
    assert sources.startswith("Research percentiles from GPT-4 and human β (Eloundou")
    assert "AI applicability (Tomlinson et al. 2025)" in sources
    # The command line puts them in the same place.
    text = render_text(result, "Home care worker").splitlines()
    at = next(n for n, line in enumerate(text) if first.title in line)
    assert text[at + 1] == "      " + figures
    assert second.title in text[at + 2]


def test_a_moves_citation_names_the_papers_of_the_indices_it_has(engine) -> None:
    # Every move into an O*NET occupation cited all three papers: a web developer's
    # moves into Software Developers or Information Security Engineers (no LM-AIOE
    # figure) cited Felten et al. all the same.
    from career_resilience.skills.occupations import occupation_data

    occupations = occupation_data().occupations
    result = engine.score(Profile.create("Web developer", ["JavaScript"]))
    related = [p for p in result.pivots if p.kind == "related"]
    assert any(occupations[p.onet_soc].lm_aioe is None for p in related)
    for move in related:
        has_lm_aioe = occupations[move.onet_soc].lm_aioe is not None
        assert ("Felten" in move.citation) == has_lm_aioe, move.citation
        assert "Eloundou et al. 2024" in move.citation
        assert ("BLS" in move.citation) == (move.bls_change_pct is not None)
    # With every index and a projection, the citation reads as it always has.
    assert wording.related_citation(wording.ALL_INDICES, True) == (
        "O*NET 27.0 related occupations and job zones; exposure: consensus of Eloundou et al. "
        "2024, Tomlinson et al. 2025 and Felten et al. 2023; BLS Employment Projections 2022-32"
    )
