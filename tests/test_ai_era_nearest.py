"""AI-era work lists its nearest O*NET occupations as such, never as "your occupation?".

A prompt engineer, a model evaluator, an AI engineer are placed in AI-era kinds of work
O*NET 2019 has no occupation for; their figures come from the nearest O*NET occupations
(Software Developers and Data Scientists 50% each). The CLI and the app headed that list
"which of these is your occupation? (not sure; --occupation CODE picks one)" and the
evidence said "matched to Software Developers", inviting a pick that drops the AI-era
placement. The result now says so (``occupations_nearest``) and every surface heads the
list "nearest O*NET occupations", each with its share of the figures.

Choosing stays the person's word: ``--occupation`` (or an occupation in the app's
picker) gives that occupation's own figures; choosing the AI-era kind of work keeps its
nearest occupations.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from career_resilience import wording
from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result
from career_resilience.reports.content import result_report
from career_resilience.reports.markdown import render_markdown

AI_ERA = ["Prompt engineer", "AI engineer", "Model evaluator"]
MATCHED = ["Nurse", "Plumber", "Data analyst"]


@pytest.fixture(scope="module")
def scored(engine) -> dict[str, Result]:
    roles = AI_ERA + MATCHED
    profiles = [Profile.create(r) for r in roles]
    profiles.append(Profile.create("Prompt engineer", occupation="15-1252.00"))
    profiles.append(Profile.create("Prompt engineer", category="ai_orchestration"))
    results = engine.score_many(profiles, 0)
    return dict(zip([*roles, "chose occupation", "chose kind"], results, strict=True))


def test_the_result_says_which_lists_are_ai_era_works_nearest_occupations(scored) -> None:
    for role in AI_ERA:
        assert scored[role].occupations_nearest, role
        assert scored[role].to_dict()["occupations_nearest"] is True
    for role in MATCHED:
        assert not scored[role].occupations_nearest, role


def test_ai_era_evidence_names_the_nearest_occupation_not_a_match(scored) -> None:
    for role in AI_ERA:
        first = scored[role].evidence[0]
        assert "matched to" not in first, role
        assert "nearest is" in first and "of the figures" in first, role
    assert "matched to" in scored["Plumber"].evidence[0]


def test_the_command_line_never_asks_ai_era_work_which_occupation_it_is(scored) -> None:
    for role in AI_ERA:
        text = render_text(scored[role], role)
        assert "which of these is your occupation" not in text, role
        assert "--occupation CODE picks one" not in text, role
        assert "nearest O*NET occupations" in text and "% of the figures)" in text, role
        said = " ".join(text.split())  # the sentence wraps
        assert "From the O*NET tasks of the nearest occupations listed" in said, role
    # Work O*NET lists is asked as before when the match is unsure.
    assert "which of these is your occupation?" in render_text(scored["Nurse"], "Nurse")


def test_the_apps_result_heads_the_list_the_same_way(scored) -> None:
    from career_resilience.tui.screens.result import ResultScreen
    from career_resilience.tui.widgets.occupation_text import OccupationText

    box, text = SimpleNamespace(display=False, border_title="?"), OccupationText()
    screen = SimpleNamespace(query_one=lambda sel, *_: box if sel == "#occupation-box" else text)
    ResultScreen._show_occupations(screen, scored["Prompt engineer"])  # type: ignore[arg-type]
    assert box.display and box.border_title == "Nearest occupations in published research"
    assert text.heading.startswith("Nearest O*NET occupations")
    assert all("% of the figures)" in line for _, line in text.lines)
    ResultScreen._show_occupations(screen, scored["Nurse"])  # type: ignore[arg-type]
    assert text.heading.startswith("Which of these is your occupation?")
    assert box.border_title == "Your occupation in published research"


def test_reports_title_the_section_nearest_and_say_why(scored) -> None:
    result = scored["Model evaluator"].to_dict()
    text = render_markdown(result_report({"role": "Model evaluator"}, result))
    assert "## Nearest O\\*NET occupations" in text and "## Occupations matched" not in text
    assert "of the figures" in text and "of the match" not in text
    plain = render_markdown(result_report({"role": "Plumber"}, scored["Plumber"].to_dict()))
    assert "## Occupations matched" in plain and "of the figures" not in plain


def test_choosing_an_occupation_gives_its_own_figures_and_the_kind_keeps_the_nearest(
    scored,
) -> None:
    own = scored["chose occupation"]
    assert own.occupation_chosen and not own.occupations_nearest
    assert own.occupations[0].onet_soc == "15-1252.00"
    assert own.exposure == pytest.approx(own.occupations[0].consensus_pct, abs=0.05)
    assert "occupation (chosen by you):" in render_text(own, "Prompt engineer")
    kind = scored["chose kind"]
    assert kind.category_chosen and kind.occupations_nearest
    assert kind.exposure == pytest.approx(scored["Prompt engineer"].exposure, abs=1.0)


def test_saved_results_keep_the_flag_and_older_ones_read_as_matched(scored) -> None:
    saved = scored["AI engineer"].to_dict()
    assert Result.from_dict(saved).occupations_nearest
    del saved["occupations_nearest"]
    assert not Result.from_dict(saved).occupations_nearest


def test_the_heading_words() -> None:
    heading = wording.occupation_heading(0.3, False, nearest=True)
    assert "which of these" not in heading and "--occupation" not in heading
    assert wording.occupation_heading(0.3, True, nearest=True) == "occupation (chosen by you):"
    line = wording.occupation_line("15-1252.00", "Software Developers", 0.5, 95, nearest=True)
    assert "(50% of the figures)" in line


def test_an_unsure_ai_era_placement_names_the_kind_of_work_not_a_nearest_occupation(
    engine,
) -> None:
    # Data annotator (before the 11:27 retrain made it 98% sure; Machine learning engineer
    # until it was read as the title O*NET lists; Machine learning researcher since):
    # Model evaluation 38%, its nearest Data Scientists 29% of the figures.
    # The note said "best guess: Data Scientists, 29% sure ... confirm your occupation".
    result = engine.score(Profile.create("Machine learning researcher"))
    assert result.occupations_nearest
    placed = result.categories[0]
    assert f"best guess: {placed.label}, {wording.percent(placed.probability)} sure" in (
        result.pivot_note
    )
    assert "confirm your kind of work" in result.pivot_note
    assert result.occupations[0].title not in result.pivot_note


def test_the_kind_of_a_chosen_occupation_is_not_said_to_be_chosen(scored) -> None:
    """The person chose an occupation, not its kind of work: the kind reads "from your
    pick" on the command line and in a report; a chosen kind still reads "chosen by you"."""
    own = scored["chose occupation"]
    text = render_text(own, "Prompt engineer")
    placed = next(line for line in text.splitlines() if "placed in:" in line)
    assert placed.endswith(f"({wording.KIND_OF_YOUR_PICK})"), placed
    report = render_markdown(result_report({"role": "Prompt engineer"}, own.to_dict()))
    kinds = next(line for line in report.splitlines() if line.startswith("Closest kinds"))
    assert wording.KIND_OF_YOUR_PICK in kinds and wording.CHOSEN_BY_YOU not in kinds, kinds
    kind = render_text(scored["chose kind"], "Prompt engineer")
    assert f"({wording.CHOSEN_BY_YOU})" in next(
        line for line in kind.splitlines() if "placed in:" in line
    )
