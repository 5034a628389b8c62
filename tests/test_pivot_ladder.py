"""Steps up in education's ladder, and a supervisor's move to the supervision of the
same kind of work (``model/pivot_steps.py`` OVERSEES, ``model/pivot_related.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience.model.pivot_related import RelatedMap
from career_resilience.skills.occupations import occupation_data

STEP_REASON = "it supervises or inspects work of your kind"


def _step(advice, code: str):
    return next((p for p in advice.pivots if p.onet_soc == code), None)


def test_education_administration_is_the_step_up_of_the_work_it_oversees(scorer, matcher):
    """Instructional coordinators (district curriculum staff, under O*NET's "Curriculum
    and Instruction Superintendent") had lost K-12 administration altogether, and
    postsecondary administration ("Academic Dean", "Department Chair") was no one's
    step: a history professor saw other subjects' teaching only."""
    # (Since 2026-12-07 the step asks the school administrator licence, taken after the
    # teaching licence, which a coordinator's work does not hold: its route starts with
    # that licence, so the route's best move, career/technical teaching, stands for it.)
    coordinator = advise(scorer, matcher, {"25-9031.00": 0.99}, ["curriculum development"])
    assert _step(coordinator, "11-9032.00") is None
    teaching = [p for p in coordinator.pivots if p.onet_soc.startswith("25-2")]
    assert teaching and "teaching licence" in " ".join(teaching[0].fit_reasons)
    professor = advise(scorer, matcher, {"25-1125.00": 0.95}, ["lecturing"])
    dean = _step(professor, "11-9033.00")
    assert dean is not None, [p.label for p in professor.pivots]
    assert dean.fit_reasons[0].startswith(STEP_REASON)
    # A graduate teaching assistant's next step is the teaching, not the dean's office.
    ta = advise(scorer, matcher, {"25-9044.00": 0.95}, ["tutoring"])
    assert _step(ta, "11-9033.00") is None


def test_a_supervisor_may_move_to_supervising_the_same_kind_of_work(scorer, matcher):
    """Supervisors were left out of every O*NET list, so a retail supervisor never saw
    non-retail sales supervision, nor a preschool director K-12 administration. Someone
    who oversees already keeps the supervisors of their SOC broad group; anyone else
    still gets only the step up of their own work."""
    retail = advise(scorer, matcher, {"41-1011.00": 0.95}, ["staff scheduling"])
    assert _step(retail, "41-1012.00") is not None, [p.label for p in retail.pivots]
    data = occupation_data()
    codes = list(data.occupations)
    related = RelatedMap({c: i for i, c in enumerate(codes)}, data)
    director = {codes[s] for s in related["11-9031.00"].slots}
    assert {"11-9032.00", "11-9033.00"} <= director
    # A teacher's relatives still leave out the administrators overseeing them (their
    # principal comes as the step up of their own work, not as an ordinary move).
    teacher = {codes[s] for s in related["25-2021.00"].slots}
    assert not any(c.startswith("11-903") for c in teacher)
    # A cashier does not supervise: non-retail sales supervision is no move of theirs.
    cashier = advise(scorer, matcher, {"41-2011.00": 0.95}, ["cash handling"])
    assert _step(cashier, "41-1012.00") is None


def test_a_truck_dispatcher_steps_up_to_supervising_drivers_and_their_dispatch(scorer, matcher):
    """A truck dispatcher's only step up was office supervision (last, 7 points less
    resilient), though O*NET's titles for the supervisors of vehicle operators include
    "Truck Dispatcher Supervisor" and "Cabs Dispatcher Supervisor": it is their step up
    now, with its reason; a supervisor of vehicle operators is not sent to dispatch."""
    dispatcher = advise(scorer, matcher, {"43-5032.00": 0.97}, ["load planning"], resilience=45)
    step = _step(dispatcher, "53-1043.00")
    assert step is not None, [p.label for p in dispatcher.pivots]
    assert step.fit_reasons[0].startswith(STEP_REASON)
    supervisor = advise(scorer, matcher, {"53-1043.00": 0.97}, ["scheduling"], resilience=45)
    assert _step(supervisor, "43-5032.00") is None
