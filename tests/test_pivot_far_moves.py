"""Moves a coach could not defend are not offered, even to fill an empty list: a long
shot two job zones down (``pivot_rule_flags`` far_down), or, as the fallback of someone
with no other move, one whose licence asks years of new school (``pivot_fallback``)."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def test_a_judge_is_not_sent_to_patrol_policing(engine) -> None:
    # Two job zones down, fit 15%: it had been a judge's one pivot.
    result = engine.score(Profile.create("Judges, Magistrate Judges, and Magistrates"))
    assert "33-3051.00" not in [p.onet_soc for p in result.pivots]
    assert all(p.job_zone_step > -2 or p.fit >= 0.25 for p in result.pivots)


def test_an_epidemiologist_is_not_offered_nursing_school_as_their_one_move(engine) -> None:
    # Nurse practitioner work at fit 0% (a nursing degree, then an APRN master's) had
    # been the one move of an epidemiologist whose work BLS sees growing 27%; the note
    # now says no move raises their resilience, and how to stay where they are.
    result = engine.score(
        Profile.create("Epidemiologist", "biostatistics; R; disease surveillance")
    )
    assert "29-1171.00" not in [p.onet_soc for p in result.pivots]
    assert "To stay where you are" in result.pivot_note
