"""The licences of medicine, dentistry and nursing in a pivot's plan: residencies,
fellowships, the APRN roles, and who holds what (``model/pivot_licences.py``,
``model/pivot_licence_ladder.py``). General licence steps: ``test_pivot_licences.py``."""

from __future__ import annotations

from pivot_support import advise

from career_resilience.model.pivot_licence_ladder import beneath_licence, next_rung
from career_resilience.model.pivot_licences import (
    APRN_ROLE,
    licence_named,
    licence_needed,
    licence_of,
)
from career_resilience.model.pivot_moves import doctoral
from career_resilience.model.profile import Profile


def test_a_licence_the_persons_own_work_holds_adds_no_step(scorer, matcher):
    # A family physician's medical licence covers hospital medicine (whose residency,
    # internal or family medicine, is theirs); physician assistant work still needs its
    # own (not offered to them: it assists theirs, ``pivot_steps.ASSISTS_ONLY``).
    advice = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care"], resilience=50)
    by_code = {p.onet_soc: p for p in advice.pivots}
    physicians = [p for code, p in by_code.items() if code.startswith("29-12")]
    assert physicians
    for p in physicians:
        steps = [step.step for step in p.plan if "licensed occupation" in step.step]
        residency = [step.step for step in p.plan if "learnt in residency" in step.step]
        assert not steps, p.label
        assert residency or p.onet_soc == "29-1229.02", p.label  # hospitalists: none

    assert (
        licence_needed("29-1071.00", ("29-1215.00",))
        == "a physician assistant master's and licence"
    )


def test_a_medical_or_dental_specialty_asks_its_residency():
    # A family physician was offered pediatric surgery after "Learn Surgery" (5 weeks), a
    # dentist oral and maxillofacial surgery after 3 weeks: each is a residency of years.

    family, surgeon, nurse = "29-1215.00", "29-1243.00", "29-1141.00"
    assert licence_needed(surgeon, (family,)) == "a surgical residency"
    assert licence_named("a surgical residency").weeks >= 5 * 52
    # One without the medical degree needs it first, then the residency.
    needed = licence_needed(surgeon, (nurse,))
    assert needed.startswith("a medical degree") and needed.endswith("a surgical residency")
    assert licence_needed("29-1022.00", ("29-1021.00",)).startswith("an oral and maxillofacial")
    # A surgeon holds it; and another specialty is no rung up a physician's ladder.
    assert licence_needed(surgeon, ("29-1242.00",)) == ""
    assert not next_rung(family, surgeon)


def test_dental_hygiene_is_not_read_as_medicine(engine):
    # "29-12" had named physicians and every 29-129x practitioner too: a move into dental
    # hygiene read "a medical degree, residency and medical licence" and counted as
    # doctoral work, so a dental assistant was never offered it.

    assert licence_of("29-1292.00").name == "a dental hygiene programme and licence"
    assert not doctoral("29-1292.00") and doctoral("29-1215.00") and doctoral("29-1243.00")
    typed = "x-rays; chairside assisting; sterilization"
    pivots = engine.score(Profile.create("Dental assistant", typed, "")).pivots
    assert "Dental Hygienists" in [p.label for p in pivots], [p.label for p in pivots]


def test_a_physician_is_not_offered_the_work_that_assists_theirs(scorer, matcher):
    # A family physician's list ended with Physician Assistants (fit 71%, +20): the work
    # that practises under theirs, at the same job zone.
    advice = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care", "diagnosis"])
    labels = [p.label for p in advice.pivots]
    assert "Physician Assistants" not in labels and "Anesthesiologist Assistants" not in labels


def test_a_nurse_is_never_told_to_learn_the_nursing_her_licence_holds(scorer, matcher):
    # A hospice nurse (matched to registered nurses) who typed no "RN" was offered nurse
    # practitioner work "its licence builds on yours", then planned "Learn Registered
    # nursing: a short course or supervised practice".
    advice = advise(
        scorer, matcher, {"29-1141.00": 0.63}, ["pain management", "Epic"], resilience=70
    )
    practitioner = next(p for p in advice.pivots if p.label == "Nurse Practitioners")
    assert "Registered nursing" not in practitioner.gap_skills
    assert "Registered nursing" in practitioner.held_skills
    assert not any("Learn Registered nursing" in step.step for step in practitioner.plan)


def test_a_licensed_nurse_is_not_sent_to_unlicensed_support_work(engine):
    """A licensed practical nurse's first move was Medical Assistants (+11), unlicensed
    work assisting a physician's at their own job zone, above registered nursing:
    healthcare support work (SOC 31) is beneath a healthcare licence at any zone, unless
    it is licensed itself (occupational therapy assistants: an accredited associate's
    degree and a licence, which a respiratory therapist's move had read as 4 weeks)."""
    profile = Profile.create(
        "Licensed practical nurse", "wound care; medication administration", ""
    )
    codes = [p.onet_soc for p in engine.score(profile).pivots]
    assert codes[0] == "29-1141.00", codes  # registered nursing, the next rung
    assert "31-9092.00" not in codes
    assert beneath_licence("29-2061.00", 3, "31-9092.00", 3)  # medical assistants
    assert not beneath_licence("29-2061.00", 3, "31-2021.00", 3)  # PTA: a licence
    assert not beneath_licence("43-4051.00", 2, "31-9092.00", 3)  # no licence held
    ota = licence_needed("31-2011.00", ("29-1126.00",))
    assert "occupational therapy assistant" in ota
    assert licence_needed("31-2011.00", ("29-1122.00",)) == ""  # an OT's licence holds it


def test_another_physician_specialty_is_its_residency_not_a_short_course(scorer, matcher):
    """A family physician read cardiology as "Learn Cardiology: a short course" (3
    weeks): it is an internal medicine residency of 3 years, then a cardiology
    fellowship of 3; an internist takes the fellowship alone; someone without a medical
    degree takes medical school first. Nursing's licensed work is no move for a
    physician (nurse practitioner work had been offered, four years of school away)."""
    family, internist, pharmacist = ("29-1215.00",), ("29-1216.00",), ("29-1051.00",)
    cardiology = licence_needed("29-1212.00", family)
    assert cardiology == "an internal medicine residency, then a cardiology fellowship"
    assert licence_named(cardiology).weeks == 6 * 52
    assert licence_needed("29-1212.00", internist) == "a cardiology fellowship"
    neurology = licence_needed("29-1217.00", pharmacist)
    assert neurology == "a medical degree and medical licence, then a neurology residency"
    assert licence_named(neurology).weeks == 8 * 52
    assert licence_needed("29-1229.02", family) == ""  # hospital medicine
    advice = advise(scorer, matcher, {"29-1216.00": 0.95}, ["internal medicine"], limit=10)
    cardio = next(p for p in advice.pivots if p.onet_soc == "29-1212.00")
    assert not any(step.step.startswith("Learn Cardiology") for step in cardio.plan)
    assert cardio.plan_weeks >= 3 * 52
    doctor = advise(scorer, matcher, {"29-1215.00": 0.95}, ["primary care"], limit=10)
    assert not [p.label for p in doctor.pivots if p.onet_soc.startswith(("29-1171", "29-1141"))]


def test_an_aprn_moving_to_another_role_takes_its_certificate(scorer, matcher):
    """A nurse midwife's move to nurse practitioner work read "about 4 weeks": the APRN
    licence is for one role; another role is a post-graduate certificate in it and its
    national certification (OOH), about a year. The midwife's own role needs none."""
    midwife = advise(scorer, matcher, {"29-1161.00": 0.99}, ["midwifery"], limit=8)
    practitioners = next(p for p in midwife.pivots if p.onet_soc == "29-1171.00")
    step = next(s for s in practitioners.plan if APRN_ROLE in s.step)
    assert step.weeks >= 52
    assert licence_needed("29-1171.00", ["29-1161.00"]) == APRN_ROLE
    assert licence_needed("29-1161.00", ["29-1161.00"]) == ""
    # A registered nurse still needs the whole APRN master's.
    assert licence_needed("29-1171.00", ["29-1141.00"]).startswith("an advanced practice")
