"""Managers of a trade or a service (a restaurant, a hotel, a store, a landscaping firm)
see the moves O*NET relates to their work before a role their work only claims, and
the management of their kind of work elsewhere when it leaves them more resilient
(``pivot_rules``' MANAGERS_SPREAD, ``Moves.exposed_claim``, close level moves)."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile

LODGING = "11-9081.00"


def _pivots(engine, role: str, skills: str = "", duties: str = ""):
    return engine.score(Profile.create(role, skills, duties)).pivots


def test_a_role_out_of_reach_that_raises_exposure_comes_after_onets_moves(engine):
    """A food service manager typed alone had an AI governance lead first (+18
    exposure, none of its six core skills: only its claim that managers come to it),
    above running a hotel, the move O*NET relates to theirs. So had a grocery store
    manager a customer AI operations lead (+31) above supervising other sales."""
    for role, skills, duties in (
        ("Food service manager", "", ""),
        ("Store manager", "merchandising; staffing; shrink", "run a grocery store"),
    ):
        pivots = _pivots(engine, role, skills, duties)
        assert pivots and pivots[0].kind == "related", [p.label for p in pivots]
        claims = [
            i
            for i, p in enumerate(pivots)
            if p.kind != "related" and p.exposure_change > 10 and not p.held_skills
        ]
        related = [i for i, p in enumerate(pivots) if p.kind == "related"]
        assert all(i > max(related) for i in claims), [p.label for p in pivots]


def test_a_restaurant_manager_is_offered_running_a_hotel(engine):
    """A restaurant manager with staff, food safety and a rota had one move, butchery
    (fit 15%, a long shot): lodging management, the same management in hospitality
    (+14 exposure, +3 resilience), fell to the rule for clearly more exposed work."""
    pivots = _pivots(engine, "Restaurant manager", "staff; food safety; rota")
    codes = [p.onet_soc for p in pivots]
    assert codes and codes[0] == LODGING, [p.label for p in pivots]
    assert pivots[0].exposure_change > 10 and pivots[0].resilience_change >= 2


def test_another_fields_management_is_no_such_move(engine):
    """Management of another kind of work keeps the rule: a gym manager is not sent to
    run warehouses, nor a ranch manager a factory, for a few points' gain."""
    gym = _pivots(engine, "Gym manager", "memberships; trainers", "run the gym")
    assert "11-3071.00" not in [p.onet_soc for p in gym], [p.label for p in gym]
    ranch = _pivots(engine, "Ranch manager", "cattle; hay; hands", "run a cattle ranch")
    assert "11-3051.00" not in [p.onet_soc for p in ranch], [p.label for p in ranch]


def test_a_close_move_about_as_resilient_fills_a_short_list(engine):
    """A landscaping manager's one move was a long shot (general maintenance, fit 23%):
    forest and conservation technician work (fit 49%, about as resilient) was left out
    as no change, while a close move costing more would have filled the list."""
    pivots = _pivots(
        engine, "Landscaping manager", "crews; bids; irrigation", "run landscaping jobs"
    )
    assert pivots and pivots[0].fit >= 0.4, [(p.label, p.fit) for p in pivots]
    assert "19-4071.00" in [p.onet_soc for p in pivots]


def test_a_weaker_reading_of_the_work_holds_no_licence(engine):
    """A piano teacher placed 68% self-enrichment teaching and 22% secondary school
    teaching was read as holding a teaching licence: special education teaching (a
    bachelor's and a state licence first) came first, as it would for a teacher. Read
    as a private music teacher, the work open now comes first and the teaching names
    the licence it asks (``pivot_shown.OWN_SHARE``), as a ski instructor's does."""
    duties = "teach private lessons to 30 students"
    typed = ("Piano teacher", "piano; music theory; lesson planning", duties)
    pivots = engine.score(Profile.create(*typed)).pivots
    teaching = [i for i, p in enumerate(pivots) if p.onet_soc.startswith("25-205")]
    assert teaching and teaching[0] > 0, [p.label for p in pivots]
    assert "state teaching licence" in " ".join(pivots[teaching[0]].fit_reasons)


def test_a_close_move_changing_no_figure_shown_is_no_move(engine):
    """Close level moves fill a short list only where a figure shown changes: nuclear
    monitoring for a nuclear technician, a specialty of the same SOC at the same
    exposure and outlook (+0, +0), is the work they do already."""
    pivots = _pivots(engine, "Nuclear Technicians")
    same = [
        p.label for p in pivots if abs(p.exposure_change) < 0.5 and abs(p.resilience_change) < 0.5
    ]
    assert not same, same


def test_a_close_move_about_as_resilient_says_why_it_is_listed(engine):
    """Such a move had read only its exposure and outlook ("Less exposed to AI: 40
    against your 42. BLS projects +1% jobs"), no word of why a move that changes so
    little is there: it says it is about as resilient, and one of the closest moves."""
    role = "First-Line Supervisors of Landscaping, Lawn Service, and Groundskeeping Workers"
    pivots = _pivots(engine, role)
    forest = next((p for p in pivots if p.onet_soc == "19-4071.00"), None)
    assert forest is not None, [p.label for p in pivots]
    assert wording.NEAR_LEVEL in forest.why, forest.why
