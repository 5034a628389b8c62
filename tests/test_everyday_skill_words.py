"""Skills typed in everyday words by people far from tech reach the catalogue skill."""

from __future__ import annotations

import pytest

from career_resilience.skills.loader import load_knowledge_base
from career_resilience.skills.matching import SkillMatcher


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(load_knowledge_base().skills.values())


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("meal preparation", "cooking"),  # a cook or a home health aide
        ("meal prep", "cooking"),
        ("batch cooking", "cooking"),
        ("stocking shelves", "shelf_stocking"),  # a stocker or a cashier
        ("pipe threading", "plumbing"),
        ("pre-trip inspections", "vehicle_inspection"),  # a bus or truck driver
        # Shorthands that had lost their "did you mean" (leader: Leadership via
        # "leadership"; db: Database administration via "dba") and mean one thing.
        ("leader", "leadership"),
        ("shift leader", "leadership"),
        ("db", "database_administration"),
        ("DB admin", "database_administration"),
        # A home health aide reminds clients to take their medicines: neither personal
        # care (it had merged with "bathing" beside it) nor giving them.
        ("medication reminders", "medication_reminders"),
        ("med reminder", "medication_reminders"),
        ("bathing", "personal_care"),
        ("med pass", "medication_administration"),
        # Trades, farms, care and public service far from tech, typed by the people who
        # do the work (each had read as no skill: no gap, driver or plan could name it).
        ("rekeying", "locksmithing"),
        ("safe opening", "locksmithing"),
        ("carpet stretching", "flooring"),
        ("horseshoeing", "farriery"),
        ("forge work", "blacksmithing"),
        ("winching", "towing"),
        ("crop rotation", "crop_farming"),
        ("fish culture", "fishing_aquaculture"),
        ("silviculture", "forestry"),
        ("hand line construction", "firefighting"),
        ("labor support", "midwifery"),
        ("spinal adjustment", "chiropractic"),
        ("blood bank", "clinical_lab"),
        ("linear accelerator", "radiation_therapy"),
        ("wheelchair transport", "patient_handling"),
        ("calling cues", "stage_management"),
        ("wheel throwing", "handcrafts"),
        ("aircraft marshalling", "air_cargo"),
        ("straight razor shaves", "hairdressing"),
        ("laminated dough", "baking"),
        ("customer onboarding", "customer_success"),
        # Work of trades a fresh walk found unread (session 37).
        ("trail work", "landscaping"),  # a park maintenance worker
        ("compaction tests", "materials_testing"),  # a soil lab technician
        ("cage cleaning", "lab_animal_care"),  # a lab animal technician
        ("telephone interviews", "survey_interviewing"),  # a survey interviewer
        ("relay protection", "electrical_engineering"),  # a utility's engineer
        ("conveyor repair", "millwright"),  # a plant's maintenance mechanic
        ("foley", "audio_production"),  # a foley artist
        ("hive management", "beekeeping"),  # a beekeeper: had read as Hadoop (Hive)
        ("stripping and waxing", "floor_care"),  # a custodian: had read as Beauty therapy
        ("dialysis", "dialysis"),  # had read as Tracheostomy and ostomy care
        ("universal credit", "welfare_advice"),  # had read as Credit analysis
        ("machine design", "mechanical_engineering"),  # had read as Graphic design
    ],
)
def test_everyday_words_reach_the_skill_a_coach_expects(matcher, typed: str, skill: str) -> None:
    found = matcher.match(typed)
    assert found.skill is not None and found.skill.id == skill
