"""What the typed skills were read as, shown where a person and a coach read the result.

The catalogue names the typed skills matched ("charting" is Clinical documentation) were
listed only in ``score --json``; the command line's text and both reports listed only the
skills the catalogue did not know, so a coach could not see what the model took from the
words. A loose word the person's work does not pin down keeps its mark
(``wording.loose_gap``) on every surface.
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile
from career_resilience.reports import render_result_html, render_result_markdown

SKILLS = ["radio", "charting", "underwater basket weaving"]


def _nurse(engine):
    profile = Profile.create("Nurse", "; ".join(SKILLS))
    return profile, engine.score(profile)


def test_the_text_and_both_reports_say_what_the_skills_were_read_as(engine) -> None:
    profile, result = _nurse(engine)
    radio = wording.loose_gap("Radio communications", "radio")
    assert result.recognised_skills == (radio, "Clinical documentation")
    said = f"Skills read as: {radio}, Clinical documentation."
    text = " ".join(render_text(result, profile.role, SKILLS).split())
    assert said in text
    # Beside, not instead of, the words the catalogue did not know.
    assert "underwater basket weaving" in text.split(said)[1]
    html = render_result_html(profile.to_dict(), result.to_dict())
    assert f"<th>Skills read as</th><td>{radio}, Clinical documentation</td>" in html
    md = render_result_markdown(profile.to_dict(), result.to_dict())
    assert f"- **Skills read as:** {radio}, Clinical documentation\n" in md


def test_no_line_when_nothing_was_read_or_the_result_predates_the_list(engine) -> None:
    profile = Profile.create("Nurse", "underwater basket weaving")
    result = engine.score(profile)
    assert result.recognised_skills == ()
    assert wording.SKILLS_READ_AS not in render_text(result, profile.role, ["x"])
    _, nurse = _nurse(engine)
    old = nurse.to_dict()
    del old["recognised_skills"]  # a session saved before recognised_skills existed
    for page in (
        render_result_markdown(profile.to_dict(), old),
        render_result_html(profile.to_dict(), old),
    ):
        assert wording.SKILLS_READ_AS not in page


def test_both_reports_say_what_the_app_says_of_skills_the_catalogue_does_not_know(engine):
    # The reports said "did not recognise (not counted)" at their end, under the pivots,
    # while their own drivers table counted the word ("home visits" raises it by 0.7)
    # and the app and the command line said "only their words count".
    profile, result = _nurse(engine)
    lead = wording.unknown_skills_lead(False).rstrip(":")
    md = render_result_markdown(profile.to_dict(), result.to_dict())
    assert f"- **{lead}:** underwater basket weaving\n" in md
    html = render_result_html(profile.to_dict(), result.to_dict())
    assert f"<th>{lead}</th><td>underwater basket weaving</td>" in html
    for page in (md, html):
        assert "did not recognise" not in page


def test_a_loose_skill_s_mark_does_not_deny_the_points_its_word_moves(engine) -> None:
    # A hairdresser's "scheduling" is not Calendar management in their work, yet the word
    # moves the score: "so it is not counted" sat under "+0.6 skill "scheduling"".
    result = engine.score(Profile.create("Hairdresser", "haircutting; scheduling"))
    assert any("scheduling" in d.feature and round(d.effect, 1) for d in result.drivers)
    (marked,) = (s for s in result.recognised_skills if "scheduling" in s)
    assert marked.endswith("so it is not counted as one you have)")
