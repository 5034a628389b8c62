"""A performing art a move asks is years of practice, whatever the fit says
(``wording.practice_gap``: the plan's weeks, said in the fit reasons)."""

from __future__ import annotations

from pivot_support import advise

MUSIC_DIRECTORS, CHOREOGRAPHERS = "27-2041.00", "27-2032.00"


def test_a_conductor_is_told_choreography_asks_years_of_dance(scorer, matcher):
    """A choir director's choreography read "fit 82%; you do not yet hold its one core
    skill": the 156 weeks of dance were only in the plan. Its fit reasons say so."""
    advice = advise(scorer, matcher, {MUSIC_DIRECTORS: 0.99}, ["conducting", "music theory"])
    dance = next((p for p in advice.pivots if p.onet_soc == CHOREOGRAPHERS), None)
    assert dance is not None, [p.label for p in advice.pivots]
    said = [r for r in dance.fit_reasons if "long practice" in r]
    assert said and "Dance" in said[0] and "about 3 years" in said[0], dance.fit_reasons
    weeks = sum(step.weeks for step in dance.plan if "Dance" in step.skills)
    assert weeks == 156
