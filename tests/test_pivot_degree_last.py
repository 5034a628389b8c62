"""A licensed practitioner is not sent to the work that assists theirs, and moves that ask
a new degree first come after those that ask none (``model/pivot_licences.py``
beneath_licence, ``model/pivot_shown.py``); a pharmacist who works with health IT is
offered pharmacy informatics (``skills/data/pivots.yaml``)."""

from __future__ import annotations

from pivot_support import advise, standing

from career_resilience.model.pivot_licence_ladder import beneath_licence
from career_resilience.model.pivot_steps import assists
from career_resilience.model.profile import Profile

PHARMACIST, PHARMACY_TECH, MANAGER = "29-1051.00", "29-2052.00", "11-9111.00"
PA, RN = "29-1071.00", "29-1141.00"
SKILLS = ["dispensing", "patient counseling", "drug interactions"]


def test_work_two_zones_under_a_licence_in_its_field_is_not_a_move() -> None:
    assert beneath_licence(PHARMACIST, 5, PHARMACY_TECH, 3)
    assert beneath_licence("23-1011.00", 5, "23-2011.00", 3)  # lawyer: paralegal work
    assert beneath_licence("29-1123.00", 5, "31-2021.00", 3)  # physical therapy assistants
    assert not beneath_licence(PHARMACIST, 5, MANAGER, 4)  # another field: management
    # Unlicensed healthcare support work is beneath a healthcare licence at any zone.
    assert beneath_licence(RN, 3, "31-1131.00", 2)  # nursing assistants, one zone under
    assert not beneath_licence("35-2014.00", 4, "35-2021.00", 1)  # no licence held


def test_a_pharmacist_is_not_offered_the_technician_counter_and_degrees_come_last(scorer, matcher):
    """A pharmacist's list had Physician Assistants first (a 2-year master's, 114 weeks)
    and Pharmacy technician third (two job zones down, the work that assists theirs).
    The technician's counter is no move for the licence holder, and running a health
    service (no new degree) now leads the moves that ask a new degree first."""
    advice = advise(scorer, matcher, {PHARMACIST: 0.99}, SKILLS, resilience=54)
    codes = [p.onet_soc for p in advice.pivots]
    assert PHARMACY_TECH not in codes, codes
    assert codes[0] == MANAGER, codes
    assert PA in codes and codes.index(PA) > codes.index(MANAGER)


def test_a_pharmacist_who_works_with_health_it_is_offered_pharmacy_informatics(engine):
    """No move offered a pharmacist informatics work: clinical informatics asks none of
    a pharmacist's skills. Pharmacy informatics has their medicines knowledge as its way
    in and is offered to one who also names the EHR and SQL, and to any pharmacist."""
    typed = "dispensing; Epic; SQL; clinical informatics"
    labels = [p.label for p in engine.score(Profile.create("Pharmacist", typed, "")).pivots]
    assert "Pharmacy informatics specialist" in labels, labels
    # Informatics pharmacists are pharmacists: the role is anchored in their occupation
    # too, so one who names only dispensing work is offered it as work partly their own
    # (it had fitted under the floor on the health informatics specialist's activities).
    plain = engine.score(Profile.create("Pharmacist", "; ".join(SKILLS), "")).pivots
    role = next(p for p in plain if p.label == "Pharmacy informatics specialist")
    assert role.fit_reasons[0].startswith("part of its work is your own occupation's (Pharmacists)")
    assert role.resilience_change > 10


def test_a_pastry_chef_is_offered_bakery_work_their_baking_is(engine):
    """A pastry chef (Chefs and Head Cooks, exposure 44, BLS +5.3%) was offered restaurant
    cooking and two long shots, never bakery work: a step down in job zone needed better
    BLS prospects (Bakers +4.9%). Work clearly less exposed (33) whose core skill they
    hold is a step down worth offering."""
    typed = "baking; lamination; plating"
    pivots = engine.score(Profile.create("Pastry chef", typed, "")).pivots
    assert "Bakers" in [p.label for p in pivots], [p.label for p in pivots]


def test_the_work_that_assists_yours_is_not_offered(scorer, matcher):
    """A licensed practical nurse was offered Nursing Assistants (+2): the work that
    assists theirs (SOC: nursing assistants step up to practical nursing). It is their
    own work with less scope, whatever the job zones, as a teacher's teaching assistant
    work or an electrician's helper work would be."""
    assert assists("31-1131.00", "29-2061.00") and assists("47-3013.00", "47-2111.00")
    assert not assists("29-2061.00", "31-1131.00")
    lpn = "29-2061.00"
    advice = advise(scorer, matcher, {lpn: 0.95}, ["wound care", "medication administration"])
    codes = [p.onet_soc for p in advice.pivots]
    assert codes and "31-1131.00" not in codes, codes


def test_school_teaching_from_work_a_zone_below_comes_after_work_open_now(engine):
    """An art class instructor at a community centre (self-enrichment teaching, zone 3)
    had special education teaching first (fit 78%): a teaching licence is a year of
    alternative certification only for degree holders; from a zone below it is part of
    a bachelor's in education. That degree comes after the teaching assistant work open
    now, and the move above it says what the degree costs."""
    result = engine.score(
        Profile.create(
            "Art class instructor",
            "painting; drawing",
            "run painting classes at a community centre",
        )
    )
    codes = [p.onet_soc for p in result.pivots]
    teachers = [i for i, c in enumerate(codes) if c.startswith("25-205")]
    assistants = [i for i, c in enumerate(codes) if c.startswith("25-904")]
    assert teachers and assistants, codes
    assert max(assistants) < min(teachers), codes
    first = result.pivots[0]
    assert "which first asks years of preparation" in first.why, first.why


def test_a_physician_and_a_nurse_are_offered_clinical_informatics_as_work_partly_theirs(
    scorer, matcher
):
    """A family physician's first pivot was pharmacy informatics (a pharmacist's plan:
    "your pharmacy's super-user"): clinical informatics, anchored only in health
    informatics and health information technology, fitted a physician at 19-26%.
    Informatics nurses are nurses and clinical informaticists physicians (a board
    subspecialty), so the role is anchored in both: work partly their own."""
    physician = standing(
        matcher, {"29-1215.00": 0.97}, ["primary care"], 56, "healthcare_practitioners"
    )
    first = scorer.advise(physician, 5).pivots[0]
    assert first.label == "Clinical informatics specialist", first.label
    assert "Family Medicine Physicians" in first.fit_reasons[0]
    nurse = standing(matcher, {"29-1141.00": 0.99}, ["patient care", "EHR"], 68, "nursing_care")
    role = next(
        p for p in scorer.advise(nurse, 5).pivots if p.label == "Clinical informatics specialist"
    )
    assert "Registered Nurses" in role.fit_reasons[0]
    assert role.exposure_change < 20  # the role is part clinical work, not all IT


def test_a_role_drawn_from_work_your_licence_covers_is_in_your_reach(scorer, matcher):
    """A pediatrician holds the medical licence family physicians work under: clinical
    informatics, drawn partly from family medicine, had been out of their reach (none
    of its six core skills) while pharmacy informatics, a pharmacist's plan, led their
    list. A pharmacist holds no medical or nursing licence: theirs stays first."""
    child = standing(matcher, {"29-1221.00": 0.97}, ["vaccines"], 47, "healthcare_practitioners")
    labels = [p.label for p in scorer.advise(child, 5).pivots]
    assert labels[0] == "Clinical informatics specialist", labels
    chemist = standing(
        matcher, {"29-1051.00": 0.99}, ["dispensing"], 54, "healthcare_practitioners"
    )
    assert scorer.advise(chemist, 5).pivots[0].label == "Pharmacy informatics specialist"


def test_the_work_an_aide_assists_keeps_its_place_whatever_school_it_asks(engine):
    """A physical therapist aide's physical therapist assistant work (fit 89%, +15, the
    work they assist) came fourth, after massage therapy, psychiatric aide and technician
    work, "which first asks years of preparation": the next rung of one's own line is
    not a new degree's move (as a licence's next rung is not), its school said in it."""
    typed = ("Physical therapist aide", "cleaning equipment; patient transport; scheduling")
    pivots = engine.score(Profile.create(*typed)).pivots
    assert pivots[0].onet_soc == "31-2021.00", [p.label for p in pivots]
    assert sum(s.weeks for s in pivots[0].plan if not s.done) >= 104  # the PTA degree
