"""Licence ladders and routes: the next rung of a person's licence is their classic move,
a rung below is no move, several moves behind one licence are one route, and years of
new school make a long shot (``model/pivot_licence_ladder.py`` next_rung / below_on_ladder,
``model/pivot_routes.py``, ``model/pivot_steps.py`` MANAGES)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.pivot_licence_ladder import below_on_ladder, next_rung
from career_resilience.model.pivot_licences import licence_of

LPN, RN, NP, EMT, PARAMEDIC = "29-2061.00", "29-1141.00", "29-1171.00", "29-2042.00", "29-2043.00"


def test_the_next_rung_is_one_licence_up_not_two() -> None:
    assert next_rung(LPN, RN)  # the LPN-to-RN bridge
    assert not next_rung(LPN, NP)  # the RN licence comes first
    assert next_rung(RN, NP) and next_rung(EMT, PARAMEDIC)
    assert next_rung("53-2012.00", "53-2011.00")  # commercial to airline pilot
    assert not next_rung(RN, "29-1141.03")  # critical care nursing: the same licence
    assert not next_rung("29-1215.00", "29-1218.00")  # one physician licence
    assert below_on_ladder(RN, LPN) and below_on_ladder(PARAMEDIC, EMT)
    assert not below_on_ladder(LPN, RN)


def test_a_licensed_practical_nurse_is_offered_registered_nursing(scorer, matcher):
    """Registered nursing had dropped out of an LPN's moves: its exposure (53 against 36)
    makes it 3 points less resilient. The next rung of their licence is the classic move;
    it is offered for the licence it adds, saying what it costs, and once: acute care and
    critical care nursing are the same registered nurse licence (one route)."""
    advice = advise(scorer, matcher, {LPN: 0.95}, ["wound care", "medication administration"])
    on_route = [p for p in advice.pivots if p.onet_soc.startswith("29-1141")]
    assert [p.onet_soc for p in on_route] == [RN], [p.label for p in advice.pivots]
    nurse = on_route[0]
    assert nurse.fit_reasons[0].startswith(wording.LADDER_FIT)
    assert nurse.resilience_change < 0
    assert "less resilient" in nurse.why and "licence's ladder" in nurse.why


def test_a_rung_below_on_the_licence_ladder_is_no_move(scorer, matcher):
    """A paramedic was offered EMT work to fill the list (about as resilient, the same
    job zone): it is the paramedic's own certification with less scope."""
    paramedic = advise(scorer, matcher, {PARAMEDIC: 0.95}, ["ACLS", "intubation"], limit=10)
    assert EMT not in [p.onet_soc for p in paramedic.pivots]
    emt = advise(scorer, matcher, {EMT: 0.95}, ["CPR", "patient assessment"])
    assert emt.pivots[0].onet_soc == PARAMEDIC  # the next rung, and the best fit


def test_a_pharmacist_is_not_led_to_medical_school(scorer, matcher):
    """A pharmacist's first move was Family Medicine Physicians (fit 30%, 376 weeks) and
    three physician specialties beside it. Medicine is one route (one licence), seven
    years of school first: a long shot, last; nurse practitioner work (a nursing degree,
    then an APRN master's) is one too. The step into managing health services leads."""
    advice = advise(
        scorer,
        matcher,
        {"29-1051.00": 0.99},
        ["dispensing", "patient counseling", "drug interactions"],
        resilience=54,
    )
    codes = [p.onet_soc for p in advice.pivots]
    physicians = [c for c in codes if c.startswith("29-12")]
    assert len(physicians) <= 1, codes
    shots = [p for p in advice.pivots if wording.reads_long_shot(p.fit_reasons)]
    assert advice.pivots[-len(shots) :] == tuple(shots)  # after every other move
    for p in advice.pivots:
        licence = licence_of(p.onet_soc)
        if licence is not None and p.onet_soc.startswith(("29-12", NP[:7])):
            assert p in shots, p.fit_reasons[0]
            assert "years of new school first" in p.fit_reasons[0]
    if physicians:
        assert codes[-1] == physicians[0]  # the longest school last
    manager = next(p for p in advice.pivots if p.onet_soc == "11-9111.00")
    assert manager.fit_reasons[0].startswith(wording.MANAGED_FIT)
    assert codes.index("11-9111.00") < len(codes) - len(shots)
    # Veterinary work is not what medical and health services managers manage.
    vet = advise(scorer, matcher, {"29-1131.00": 0.95}, ["surgery", "animal care"], limit=10)
    assert "11-9111.00" not in [p.onet_soc for p in vet.pivots]
