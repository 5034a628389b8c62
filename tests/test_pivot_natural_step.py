"""A worker's natural step up is shown even where it costs resilience, with its cost
said; a loosely related step up out of reach is no option for one who need not move."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.profile import Profile


def _last_but_long_shots(pivots, label: str):
    """The step up called ``label``: listed after every move that is not a long shot and
    before the long shots (an insurance agent's pharmacy technician work, fit 12%, had
    been listed above supervising sales, fit 71%)."""
    labels = [p.label for p in pivots]
    assert label in labels, labels
    at = labels.index(label)
    shots = [wording.reads_long_shot(p.fit_reasons) for p in pivots]  # either kind
    assert not any(shots[:at]) and all(shots[at + 1 :]), (labels, shots)
    return pivots[at]


def test_a_kitchen_supervisors_step_into_management_is_shown_with_its_cost(scorer, matcher):
    """A kitchen manager (food service supervision, not told to stay) was never shown Food
    Service Managers (fit 75%): it costs 10 points of resilience, so it was hidden while
    bakery work at fit 17% was listed. It is shown after the moves that raise resilience,
    its cost first in its words, and the short list's note says it is there."""
    advice = advise(
        scorer, matcher, {"35-1012.00": 0.9}, ["food safety", "ordering", "staff scheduling"], 60
    )
    labels = [p.label for p in advice.pivots]
    assert "Food Service Managers" in labels, labels
    step = advice.pivots[labels.index("Food Service Managers")]
    assert step.resilience_change < -2
    assert step.why.startswith("Less resilient"), step.why
    assert "a step up in your own field" in step.why
    assert all(p.resilience_change > 0 for p in advice.pivots[: labels.index(step.label)])
    assert advice.note.endswith(wording.COSTLY_STEP_LISTED), advice.note


def test_a_flight_attendant_is_shown_their_step_up_with_its_cost(scorer, matcher):
    """A flight attendant was never shown their supervisor's work (fit 63%, 12 points
    less resilient); it is listed last, and the short list's note says it is there.
    Nothing else raises their resilience: the long shot once offered for it (solar
    installation, fit 1%) is not, their work not being highly exposed; the note says
    how to stay where they are."""
    advice = advise(
        scorer, matcher, {"53-2031.00": 0.95}, ["passenger safety", "customer service"], 61
    )
    labels = [p.label for p in advice.pivots]
    step = _last_but_long_shots(advice.pivots, "First-Line Supervisors of Passenger Attendants")
    assert step.why.startswith("Less resilient")
    assert not [p.label for p in advice.pivots if p.fit < 0.1], labels
    assert "To stay where you are" in advice.note
    assert wording.COSTLY_STEP_LISTED in advice.note, advice.note


def test_a_costly_step_takes_no_place_of_a_move_that_raises_resilience(scorer, matcher):
    """A retail sales associate's five moves all raise resilience (+8 to +28): their
    supervisor's step (3 points less resilient) does not push one out; and a dispatcher,
    whose supervisor's work fits under half (office supervision), is not shown it."""
    retail = advise(
        scorer, matcher, {"41-2031.00": 0.95}, ["customer service", "merchandising"], 53
    )
    assert len(retail.pivots) == 5
    assert all(p.resilience_change > 2 for p in retail.pivots)
    dispatcher = advise(scorer, matcher, {"43-5031.00": 0.95}, ["radio", "CAD"], 51)
    assert all(not p.label.startswith("First-Line") for p in dispatcher.pivots)


def test_a_lifeguard_is_not_offered_loosely_related_work_out_of_reach(scorer, matcher):
    """A lifeguard, told they need not move, was offered commercial diving and surgical
    assisting (fit 25-26%): each O*NET lists only as a supplemental relative, asks more
    preparation, holds none of the lifeguard's skills and shares less work than a
    typical related move. Neither is an option now."""
    advice = advise(scorer, matcher, {"33-9092.00": 0.95}, ["CPR", "water rescue", "first aid"], 62)
    assert "do not need to move" in advice.note
    labels = [p.label for p in advice.pivots]
    assert "Commercial Divers" not in labels and "Surgical Assistants" not in labels, labels


def test_a_foremans_step_into_construction_management_is_shown_with_its_cost(scorer, matcher):
    """A construction foreman (placed 69% first-line supervisor, 31% construction
    manager) was never offered Construction Managers: the match counted it among his
    own work, and it is more exposed (+12) and less resilient (-4). His natural step
    (fit 70%) is listed last, its exposure and cost said."""
    typed = ["scheduling", "crew supervision", "blueprint reading"]
    codes = {"47-1011.00": 0.69, "11-9021.00": 0.31}
    advice = advise(scorer, matcher, codes, typed, 64)
    step = _last_but_long_shots(advice.pivots, "Construction Managers")
    assert "not a safer place than your work" in step.why


def test_a_step_shown_for_its_seniority_is_not_counted_among_the_moves(scorer, matcher):
    """A physical therapist's step into health services management (+18 exposure, about
    a point less resilient) is listed with its cost said, and the short list's note had
    counted it: "Only 2 moves are worth weighing". It counts one and says the step is
    there."""
    typed = ["rehabilitation", "exercise therapy"]
    advice = advise(scorer, matcher, {"29-1123.00": 0.95}, typed, 59)
    step = _last_but_long_shots(advice.pivots, "Medical and Health Services Managers")
    assert wording.NOT_SAFER in step.why
    # The moves beside it are counted, the step said apart (nurse practitioner work, 4
    # years of school for +0.7, is no move since 2026-12-07: ``pivot_rules``).
    moves = len(advice.pivots) - 1
    assert moves >= 2, [p.label for p in advice.pivots]
    assert f"Only {moves} moves are worth weighing" in advice.note, advice.note
    assert "The step up in your own line is listed too" in advice.note
    # A sous chef's list: the step into food service management and one long shot.
    chef = advise(scorer, matcher, {"35-1011.00": 0.9}, ["line management", "prep"], 62)
    _last_but_long_shots(chef.pivots, "Food Service Managers")
    assert chef.note.startswith(f"Only {len(chef.pivots) - 1} move"), chef.note
    assert wording.COSTLY_STEP_LISTED in chef.note


def test_a_sous_chefs_step_into_management_is_shown_though_its_zone_is_lower(scorer, matcher):
    """O*NET files food service management a job zone under chefs' work: a sous chef's
    natural step into it (fit 73%) was dropped as a step down with no better outlook,
    leaving restaurant cooking and a long shot. It is shown, last, with its cost said,
    as a calm chef's was; a step down that is no step up is still dropped."""
    advice = advise(scorer, matcher, {"35-1011.00": 0.9}, ["line management", "prep"], 62)
    step = _last_but_long_shots(advice.pivots, "Food Service Managers")
    assert step.job_zone_step < 0 and step.resilience_change < -2
    assert "a step up in your own field" in step.why
    assert any("yet it oversees work of your kind" in r for r in step.fit_reasons)


def test_the_natural_step_up_comes_before_a_hand_written_role_out_of_reach(engine):
    """A goldsmith's list had the critical facilities technician role first (fit 35%,
    none of its skills), above supervising production (fit 59%), the step their work
    leads to; a kitchen manager's AI transformation programme management (fit 32%) had
    come above running the food service (78%). An O*NET relative out of reach keeps its
    place above a step that costs resilience (``pivot_order.shown_order``). (A goldsmith
    is no longer offered the role, which claims only work kin to its anchors: a water
    plant operator's is, holding none of its skills either.)"""
    typed = ("Water treatment plant operator", "pumps; chemical dosing; SCADA", "run the plant")
    result = engine.score(Profile.create(*typed))
    labels = [p.label for p in result.pivots]
    step = labels.index("First-Line Supervisors of Production and Operating Workers")
    role = labels.index("Critical facilities technician")
    assert step < role, labels
