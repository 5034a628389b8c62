"""Markdown reports: the app's export of an unsaved result and the coach's session report."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from coach_support import sample_profile, sample_result, with_gaps

from career_resilience.records import Store, save_assessment
from career_resilience.reports import (
    render_result_html,
    render_result_markdown,
    render_session_html,
    render_session_markdown,
)
from career_resilience.wording import NOT_A_GUARANTEE, NOT_A_PREDICTION_ALONE, band_meaning
from career_resilience.wording import NOT_A_PREDICTION as EXPOSURE_DISCLAIMER


def test_a_low_score_is_cautioned_as_no_promise_rather_than_no_prediction() -> None:
    # A very low score with a mix to match: the analyst's own mix (AI touches most of its
    # tasks) would rightly swap "Little of this work" for a place among occupations.
    mix = {"substitute": 0.05, "augment": 0.15, "untouched": 0.80}
    md = render_result_markdown(
        sample_profile(), sample_result(exposure=12.0, band="very low", mix=mix)
    )
    assert band_meaning("very low") in md
    assert NOT_A_GUARANTEE in md
    assert EXPOSURE_DISCLAIMER not in md  # "highly exposed work..." would not fit a 12


def test_report_caution_fits_work_ai_could_do_alone() -> None:
    # The report's "What it does not mean" reads the mix as the app does: a court
    # reporter's 85% "AI could do it alone" is not "the work AI makes more valuable".
    mix = {"substitute": 0.85, "augment": 0.15, "untouched": 0.0}
    md = render_result_markdown(
        sample_profile(), sample_result(exposure=96.0, band="very high", mix=mix)
    )
    assert EXPOSURE_DISCLAIMER not in md
    assert NOT_A_PREDICTION_ALONE in md


def test_unsaved_result_markdown_has_the_whole_result() -> None:
    md = render_result_markdown(sample_profile(), sample_result())
    assert md.startswith("# Career resilience result\n")
    assert "## AI exposure: 78 / 100 (high)" in md
    assert "Likely between 70 and 85" in md
    assert band_meaning("high") in md
    # The sample's mix has AI doing 42% alone against 38% helping: the caution says so.
    assert NOT_A_PREDICTION_ALONE in md and EXPOSURE_DISCLAIMER not in md
    assert "**Resilience:** 54 / 100" in md and "**Outlook:** shrinking" in md
    assert "| skill Stakeholder management: AI leaves it alone | lowers it by 5.3 |" in md
    assert "| Walk regional managers through the numbers each Monday | 35 |" in md
    # A line's share is of the duties' exposure: "Share of the work" read as time spent
    # (a hospice chaplain's visits to the dying, the line AI leaves alone, read 2%).
    assert "| Duty | How AI touches it | Part of the duties' exposure |" in md
    assert "Share of the work" not in md
    assert "### 1. AI orchestration specialist" in md
    assert "**Skills to learn:** Python, Prompt engineering, Workflow automation" in md
    assert "**Learning plan (about 8.5 weeks to go):**" in md
    assert "3. Document prompts, checks and failure cases (1.5 weeks)" in md
    assert "Someone has to design, check and run the AI workflows" in md  # why
    # A step the person has already done is marked and not counted in the time to go
    # (nor given its weeks).
    assert "1. Map who uses the dashboards you already build. Evidence" in md
    assert "A one-page user map. Already done." in md
    assert "**Learning plan (about 15 weeks to go):**" in md
    assert "Qlikview 11" in md  # unrecognised skills are listed, not silently dropped
    assert "Model version: 2025.06-1." in md
    assert "arXiv:2507.07935" in md and "CC BY 4.0" in md
    # No client: no notes or progress sections.
    assert "Notes from your coach" not in md and "Progress since" not in md


def test_a_sure_figure_is_not_called_a_range() -> None:
    # A sure match to one occupation gives an interval whose ends round to one figure:
    # the report said "Likely 44: ... falls in that range", a range of one number.
    result = sample_result()
    result["interval"] = [43.6, 44.4]
    for text in (
        render_result_markdown(sample_profile(), result),
        html.unescape(render_result_html(sample_profile(), result)),
    ):
        assert "Likely 44: for about 8 in 10 people" in text
        assert "occupation rounds to it." in text and "that range" not in text
    wide = render_result_markdown(sample_profile(), sample_result())
    assert "Likely between 70 and 85: for about 8 in 10" in wide and "in that range." in wide


def test_unknown_band_and_table_text_are_handled() -> None:
    result = sample_result(band="Extreme")
    result["drivers"][0]["feature"] = "skill A|B testing"
    md = render_result_markdown(sample_profile(), result)
    assert "The 'Extreme' band groups occupations" in md
    assert "| skill A\\|B testing |" in md  # a pipe would break the table


def test_session_markdown_matches_html_content_and_keeps_private_notes_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    with Store.open() as store:
        first = save_assessment(store, "Dana Smith", sample_profile(), sample_result(), "secret")
        store.add_note(first.client_id, "Well done on\nthe SQL course", shared=True)
        save_assessment(
            store, "Dana Smith", sample_profile("SQL", "Rust"), sample_result(exposure=70.0)
        )
        md = render_session_markdown(store, first.client_id)
        html = render_session_html(store, first.client_id)
    assert md.startswith("# Career resilience report: Dana Smith\n")
    assert "Session 2 of 2" in md
    assert "- " + first.created_at.date().isoformat() + ": Well done on\n  the SQL course" in md
    assert "secret" not in md and "secret" not in html
    assert "Exposure over 2 sessions: 78 → 70 (down 8 points since the first)." in md
    assert "added Rust; removed Excel, Stakeholder management" in md
    for shared in ("Exposure over 2 sessions", "Well done on", "Data product manager"):
        assert shared in html


def test_report_lists_each_duty_and_never_claims_certainty() -> None:
    profile = sample_profile()
    profile["duties"] = "Build the weekly KPI deck\nWalk managers through the numbers"
    categories = [
        {"id": "data_analysis", "label": "Data analysis", "probability": 0.996},
        {"id": "data_engineering", "label": "Data engineering", "probability": 0.003},
    ]
    md = render_result_markdown(profile, sample_result(categories=categories))
    # Two tasks stay two tasks, not one run-on sentence.
    assert "**Duties:** Build the weekly KPI deck; Walk managers through the numbers" in md
    # A model is never "100%" sure, and a 0% category is not worth naming.
    assert "Data analysis (>99%)" in md
    assert "Data engineering" not in md.split("Closest kinds of work:")[1].split("\n")[0]
    html = render_result_html(profile, sample_result(categories=categories))
    assert "Build the weekly KPI deck<br>Walk managers through the numbers" in html


def test_both_reports_show_exposure_resilience_and_gap_skills_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Progress in the Markdown and the HTML report: exposure can read "no change" while
    resilience rose and gap skills closed, so all three are there, in the same words."""
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    pivot = "ai_orchestration_specialist"
    with Store.open() as store:
        first = save_assessment(
            store, "Gus", sample_profile("SQL"), sample_result(resilience=69.0), pivot_id=pivot
        )
        later = with_gaps(sample_result(resilience=75.4), pivot, ["Workflow automation"])
        save_assessment(store, "Gus", sample_profile("SQL", "Python"), later)
        md = render_session_markdown(store, first.client_id)
        page = html.unescape(render_session_html(store, first.client_id))
    for report in (md, page):
        assert "Exposure over 2 sessions: 78 → 78 (no change since the first)." in report
        assert "Resilience over 2 sessions: 69 → 75 (up 6 points since the first)." in report
        assert (
            "Gap skills closed since session 1: Python, Prompt engineering (2 of 3)."
            " Still to build: Workflow automation." in " ".join(report.split())
        )


def test_matched_occupations_never_read_100_or_0_percent_of_the_match() -> None:
    def occupation(code: str, title: str, probability: float) -> dict:
        indices = {"gpt4_beta": 0.5, "human_beta": 0.5, "msft_applicability": 0.2, "lm_aioe": 0.1}
        return {"onet_soc": code, "title": title, "probability": probability,
                "consensus_pct": 90.0, "indices": indices, "bls_change_pct": 3.0,
                "category": "protective_services"}  # fmt: skip

    result = sample_result(
        occupations=[
            occupation("43-5031.00", "Public Safety Telecommunicators", 0.996),
            occupation("53-2021.00", "Air Traffic Controllers", 0.002),
        ]
    )
    for report in (
        # Markdown escapes "<" ("\\<1%"), which renders as "<1%".
        render_result_markdown(sample_profile(), result).replace("\\<", "<"),
        html.unescape(render_result_html(sample_profile(), result)),
    ):
        # As the app and the CLI say it: a model is never certain, nor a share nothing.
        assert "Public Safety Telecommunicators (43-5031.00), >99% of the match" in report
        # Under 1% a further match is the model's tail: not listed at all (as in the app).
        assert "Air Traffic Controllers" not in report
        assert "0% of the match" not in report


def test_a_sure_match_reads_as_one_figure_not_a_range_of_one() -> None:
    """A person placed surely in one occupation gets an interval a few tenths wide;
    "Likely between 16 and 16" (or "likely 16–16" in the app and CLI) reads as a slip."""
    from career_resilience.wording import likely_range

    md = render_result_markdown(
        sample_profile(role="Plumber"),
        sample_result(exposure=16.0, band="very low", interval=[15.7, 16.3]),
    )
    assert "Likely 16:" in md and "between 16 and 16" not in md
    assert likely_range(15.7, 16.3) == "likely 16"
    assert likely_range(70.2, 85.5) == "likely 70–86"


def test_a_plan_heading_says_which_step_takes_most_of_its_weeks() -> None:
    # A hospice chaplain's chosen move read "Skills to build: none: you have them
    # already" above "Learning plan (about 106 weeks to go)": the weeks are step 2, the
    # master's and licence, which the heading now names.
    result = sample_result()
    pivot = result["pivots"][0]
    pivot["gap_skills"] = []
    pivot["plan"] = [
        {"step": "Psychotherapy: you already do this.", "weeks": 0.5, "evidence": "An example.",
         "skills": ["Psychotherapy"], "done": True},
        {"step": "Get a counselling master's and licence.", "weeks": 104, "evidence": "Enrolment.",
         "skills": [], "done": False},
        {"step": "Talk to two people who do the work.", "weeks": 2, "evidence": "Notes.",
         "skills": [], "done": False},
    ]  # fmt: skip
    md = render_result_markdown(sample_profile(), result)
    assert "**Learning plan (about 106 weeks to go, mostly step 2: 104 weeks):**" in md
    # A plan whose weeks are its skills says only the total.
    pivot["plan"][1]["skills"] = ["Counselling"]
    md = render_result_markdown(sample_profile(), result)
    assert "**Learning plan (about 106 weeks to go):**" in md


def test_a_move_with_no_skill_to_learn_says_why_as_the_app_does() -> None:
    # Both reports said "Skills to build: none: you have them already" for a move whose
    # catalogue lists no skill, to a person holding none of its skills (the app says
    # none are listed); the label differed from the app's "Skills to learn:" too.
    from career_resilience.reports.html import render_result_html
    from career_resilience.wording import NO_GAP_SKILLS, NO_SKILLS_LISTED

    result = sample_result()
    pivot = result["pivots"][0]
    pivot["gap_skills"], pivot["held_skills"] = [], []
    for text in (
        render_result_markdown(sample_profile(), result),
        render_result_html(sample_profile(), result),
    ):
        assert NO_SKILLS_LISTED in text and "you have them" not in text
    pivot["held_skills"] = ["Python"]
    assert f"**Skills to learn:** {NO_GAP_SKILLS}" in render_result_markdown(
        sample_profile(), result
    )


def test_report_band_sentence_agrees_with_the_mix_it_shows() -> None:
    # A hospice chaplain: "high" among occupations, yet AI leaves half the tasks alone.
    mix = {"substitute": 0.04, "augment": 0.46, "untouched": 0.50}
    result = sample_result(exposure=68.0, band="high", mix=mix)
    for text in (
        render_result_markdown(sample_profile(), result),
        html.unescape(render_result_html(sample_profile(), result)),
    ):
        assert band_meaning("high", mix) in text
        assert band_meaning("high") not in text  # "Much of this work is made of tasks..."
        assert "AI leaves it alone" in text and "50%" in text


def test_the_note_above_the_pivots_is_in_both_reports() -> None:
    note = "Every move listed asks more preparation than your work. <b>x</b>"
    result = {**sample_result(), "pivot_note": note}
    md = render_result_markdown(sample_profile(), result)
    assert "## Where to pivot\n\nEvery move listed asks more preparation" in md
    page = render_result_html(sample_profile(), result)
    assert html.escape("Every move listed asks more preparation than your work. <b>x</b>") in page


def test_the_sources_licences_are_those_the_data_is_shipped_under() -> None:
    # The report said "Licence: CC BY 4.0" for Eloundou et al.'s data (MIT) and for
    # Felten et al.'s (no licence stated), unlike the data's own ATTRIBUTION file.
    attribution = (
        Path(__file__).parents[1] / "skills" / "data" / "occupations" / "ATTRIBUTION"
    ).read_text(encoding="utf-8")
    assert "github.com/openai/GPTs-are-GPTs (MIT)" in attribution
    assert "github.com/AIOE-Data/AIOE (no licence stated" in attribution
    md = render_result_markdown(sample_profile(), sample_result())
    assert "1306-1308. Licence: MIT (the data, github.com/openai/GPTs-are-GPTs)." in md
    assert "arXiv:2303.01157. Licence: none stated" in md
    assert "Tomlinson" in md and "arXiv:2507.07935. Licence: CC BY 4.0." in md


def test_a_printed_report_says_what_the_what_if_view_would_show(engine) -> None:
    """A short list's note ended "the what-if view shows which new skills would open
    more" in the saved and printed reports too, where no view can be opened: on paper it
    says what to do and where. The app's note keeps its words."""
    from career_resilience import wording
    from career_resilience.model.profile import Profile

    profile = {"role": "Preschool teacher", "skills": ["lesson planning"], "duties": ""}
    result = engine.score(Profile.create(profile["role"], "lesson planning", "")).to_dict()
    assert wording.WHAT_IF_SHOWS in result["pivot_note"]
    paper = (render_result_markdown(profile, result), render_result_html(profile, result))
    for text in paper:
        assert "what-if view shows" not in text
    assert wording.PAPER_SHOWS in paper[0]
    assert wording.PAPER_SHOWS in html.unescape(paper[1])
