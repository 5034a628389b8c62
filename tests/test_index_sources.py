"""The papers named beside an occupation's figures are those of the indices it has.

An occupation's consensus percentile is the mean of the published indices it has; 147
of O*NET's 950 have no LM-AIOE figure (Legislators, Occupational Health and Safety
Specialists). The evidence line and the app's sources line named LM-AIOE and Felten et
al. for every result all the same.
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile
from career_resilience.tui.screens.result import occupation_parts

FOUR = (
    "GPT-4 and human β: Eloundou et al. 2024; AI applicability: Tomlinson et al. 2025; "
    "LM-AIOE: Felten, Raj, Seamans 2023; occupations: O*NET 27.0 (CC BY 4.0)"
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
    assert sources == FOUR.replace("LM-AIOE: Felten, Raj, Seamans 2023; ", "")
    assert "Felten" not in _exposure_line(chosen)


def test_an_occupation_with_all_four_names_all_four(engine) -> None:
    nurse = engine.score(Profile.create("Registered nurse", "wound care"))
    assert occupation_parts(nurse)[-1] == FOUR == wording.INDEX_SOURCES
    assert _exposure_line(nurse) == wording.exposure_evidence()
    assert "LM-AIOE" in _exposure_line(nurse) and "Felten" in _exposure_line(nurse)
