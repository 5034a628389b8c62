"""A skill typed as a word several skills share (a loose alias: "radio", "scheduling"):
held in the work it belongs to, and never told to learn without a word why
(``model/pivot_standing.py``, ``model/pivot_plans.py``)."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.pivot_standing import Standing, standing_from
from career_resilience.model.profile import Profile
from career_resilience.skills.matching import SkillMatcher


def _radio_standing(matcher: SkillMatcher, work: str) -> Standing:
    """A 911 dispatcher who typed only "radio" (a word three skills use), framed in ``work``."""
    radio = matcher.match("radio")
    assert radio.loose and radio.skill is not None
    codes = (("43-5031.00", 0.97), ("53-2021.00", 0.02))
    return standing_from(codes, [radio], 60.0, 40.0, {work: 0.98, "transport_driving": 0.01})


def test_a_loose_word_counts_as_held_in_the_work_it_belongs_to(scorer, matcher):
    # In a dispatcher's work "radio" is radio communications: recognised, and never then
    # "to learn" for air traffic control.
    standing = _radio_standing(matcher, "protective_services")
    assert "radio_communications" in standing.held
    atc = next(p for p in scorer.advise(standing).pivots if p.onet_soc == "53-2021.00")
    assert "Radio communications" not in atc.gap_skills
    assert any(h.startswith("Radio communications") for h in atc.held_skills)


def test_a_loose_word_not_held_says_why_it_is_still_to_learn(scorer, matcher):
    # Framed in work radio is no part of, the word stays typed text; a pivot that asks for
    # radio communications says the person's "radio" may mean something else.
    standing = _radio_standing(matcher, "admin_clerical")
    assert "radio_communications" not in standing.held
    atc = next(p for p in scorer.advise(standing).pivots if p.onet_soc == "53-2021.00")
    assert wording.loose_gap("Radio communications", "radio") in atc.gap_skills
    assert "can mean other skills" in wording.loose_gap("Radio communications", "radio")


def test_a_loose_word_not_held_is_marked_where_it_is_listed_as_recognised(engine):
    # A nurse's "radio" is not radio communications in nursing work: the result's list of
    # recognised skills says so (as the gap does), while a dispatcher's "radio" is plain.
    nurse = engine.score(Profile.create("Nurse", "radio; wound care"))
    marked = wording.loose_gap("Radio communications", "radio")
    assert nurse.recognised_skills == (marked, "Wound care")
    dispatcher = engine.score(Profile.create("911 dispatcher", "radio; wound care"))
    assert dispatcher.recognised_skills == ("Radio communications", "Wound care")
