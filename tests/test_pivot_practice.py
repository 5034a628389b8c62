"""A performing art a move asks is years of practice, whatever the fit says
(``wording.practice_gap``: the plan's weeks, said in the fit reasons), and a move whose
work is an art the person does not practise is no move (``model/pivot_arts.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording

MUSIC_DIRECTORS, CHOREOGRAPHERS = "27-2041.00", "27-2032.00"


def test_a_conductor_is_not_sent_to_choreography(scorer, matcher):
    """A choir director's choreography read "fit 82%; you do not yet hold its one core
    skill", 156 weeks of dance in the plan: their work activities are a choreographer's
    (rehearse, direct performers), the art is not theirs."""
    advice = advise(scorer, matcher, {MUSIC_DIRECTORS: 0.99}, ["conducting", "music theory"])
    assert CHOREOGRAPHERS not in {p.onet_soc for p in advice.pivots}, advice.pivots


def test_the_years_of_an_art_are_said_as_years():
    # Where a move still asks an art the person lacks (not its first core skill), its
    # fit reasons say the plan's years, not "you do not yet hold its one core skill".
    said = wording.practice_gap("Dance", 156)
    assert "Dance" in said and "about 3 years" in said and "long practice" in said
    assert "about a year" in wording.practice_gap("Acting", 52)
