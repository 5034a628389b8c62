"""Skills typed by people far from tech land where they mean, in the sense their work says.

"CAD" is drafting to a drafter and computer-aided dispatch to a 911 dispatcher; a
plumber's "PEX" and "backflow testing" are plumbing work, not unknown words; a teacher's
"5th grade" is an elementary school.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from career_resilience.model.profile import Profile
from career_resilience.skills.fields import KnowledgeBaseError
from career_resilience.skills.loader import DATA_DIR, load_knowledge_base
from career_resilience.skills.matching import SkillMatcher


@pytest.mark.parametrize(
    ("role", "duties", "expected"),
    [
        ("911 dispatcher", "", "Computer-aided dispatch"),
        ("Public safety telecommunicator", "", "Computer-aided dispatch"),
        ("Call taker", "answer 9-1-1 calls", "Computer-aided dispatch"),
        ("Drafter", "", "CAD drafting"),
        # Fire and emergency work that is not dispatch keeps drafting.
        ("Fire protection engineer", "design emergency lighting", "CAD drafting"),
        ("", "", "CAD drafting"),
    ],
)
def test_cad_means_what_the_profile_says(
    matcher: SkillMatcher, role: str, duties: str, expected: str
) -> None:
    match = matcher.match("CAD", matcher.context(role, duties))
    assert match.skill is not None and match.skill.name == expected


def test_a_written_out_sense_needs_no_context(matcher: SkillMatcher) -> None:
    for typed in ("computer aided dispatch", "CAD dispatch"):
        match = matcher.match(typed)
        assert match.skill is not None and match.skill.name == "Computer-aided dispatch"
    # "CAD systems" to a dispatcher is their dispatch system, to anyone else drafting.
    dispatcher = matcher.context("Police dispatcher")
    assert matcher.match("CAD systems", dispatcher).skill.name == "Computer-aided dispatch"
    assert matcher.match("CAD systems").skill.name == "CAD drafting"


@pytest.mark.parametrize(
    ("texts", "meant"),
    [
        (("Night call taker",), True),  # a phrase of the sense, its words in order
        (("Emergency communications officer",), True),
        (("9-1-1 operator",), True),  # hyphens dropped: "911"
        (("Taker", "call"), False),  # the words, not the phrase
        (("Call center taker",), False),
        (("Dispatchery",), False),  # whole words only
        (("Predispatch planner",), False),
    ],
)
def test_a_sense_is_read_from_whole_words_and_phrases(
    matcher: SkillMatcher, texts: tuple[str, ...], meant: bool
) -> None:
    assert ("computer_aided_dispatch" in matcher.context(*texts)) is meant


@pytest.mark.parametrize(
    ("role", "typed", "expected"),
    [
        ("Hairdresser", "cutting", "Hairdressing"),
        ("Hair stylist", "colouring", "Hairdressing"),
        ("Barber", "fades", "Hairdressing"),
        ("Senior stylist", "precision cutting", "Hairdressing"),
        ("Butcher", "cutting", "Butchery"),
        ("Line cook", "cutting", "Cooking"),
        ("Tax preparer", "returns", "Tax preparation"),
        ("Cashier", "returns", "Returns processing"),
        ("Cashier", "register", "Cash handling"),
        # A skill named like a job: a teller's "cash handling" had read as "Cashier".
        ("Bank teller", "cash handling", "Cash handling"),
        ("Roofer", "flashing", "Roofing"),
        ("Roofer", "shingles", "Roofing"),
        ("Seamstress", "hemming", "Sewing and tailoring"),
        ("Janitor", "mopping", "Floor care"),
        ("Hairdresser", "blow dry", "Hairdressing"),
        ("Hairdresser", "perms", "Hairdressing"),
        ("Farmhand", "animal care", "Livestock husbandry"),
        ("Dairy farm worker", "animal care", "Livestock husbandry"),
        ("Dog walker", "animal care", "Pet care"),
        ("", "animal care", "Pet care"),
        ("Farm hand", "fencing", "Fence building"),
        ("Ranch hand", "fencing", "Fence building"),
        ("Construction laborer", "fencing", "Fence building"),
        ("", "fence repair", "Fence building"),
        # A ranch hand's "branding" marks cattle: it had been read as brand strategy.
        ("Ranch hand", "branding", "Livestock husbandry"),
        ("Marketing manager", "branding", "Brand strategy"),
        # Read as anti-money laundering investigations before.
        ("Bank fraud analyst", "fraud detection", "Fraud detection and prevention"),
        # Unknown before: a pilot's certificate and flight planning, a social worker's
        # degree and home visits, a vet's surgery (read as a surgeon's).
        ("Pilot", "ATP", "Aircraft piloting"),
        ("Pilot", "flight planning", "Aircraft piloting"),
        ("Social worker", "MSW", "Social work"),
        ("Social worker", "home visits", "Case management"),
        ("Doctor", "veterinary surgery", "Veterinary medicine"),
        # Workers far from tech, each read as another trade's skill or unknown before.
        ("Plumber", "soldering", "Plumbing"),  # electronics repair
        # Soldering joins refrigerant lines, sheet-metal seams, jewellery and roof
        # flashing: electronics repair in each trade's hands before.
        ("HVAC technician", "soldering", "HVAC"),
        ("Gas fitter", "soldering", "Plumbing"),
        ("Sheet metal worker", "soldering", "Metal fabrication"),
        ("Jeweler", "soldering", "Handcrafts"),
        ("Roofer", "soldering", "Roofing"),
        # Words these workers type for their own tools and tasks (unrecognised before).
        ("Radiologic technologist", "CT", "Radiography"),
        ("Auto mechanic", "ASE", "Automotive repair"),
        ("Auto mechanic", "diagnostics", "Automotive repair"),
        ("Paralegal", "e-filing", "Paralegal work"),
        ("Claims adjuster", "Xactimate", "Insurance claims processing"),
        ("Loan officer", "NMLS", "Mortgage advice"),
        ("Translator", "CAT tools", "Translation"),
        ("HVAC technician", "refrigerant recovery", "HVAC"),
        ("HVAC technician", "ductwork", "HVAC"),
        ("Pharmacy technician", "prescription filling", "Pharmacy dispensing"),
        ("Dental hygienist", "cleanings", "Dental hygiene"),
        ("Court reporter", "transcripts", "Court reporting"),
        ("Barista", "latte art", "Barista skills"),
        ("Firefighter", "ladder ops", "Firefighting"),
        # The licence a truck and a bus driver both hold (truck driving, then bus driving).
        ("Bus driver", "CDL", "Commercial driver's licence (CDL)"),
        ("Bank teller", "cross-selling", "Selling"),  # unknown, with no suggestion
        ("Pharmacist", "counseling patients", "Pharmacy dispensing"),  # psychotherapy
        ("Pharmacist", "drug interactions", "Pharmacy dispensing"),
        ("Dental hygienist", "scaling", "Dental hygiene"),
        ("Security guard", "access control", "Security guarding"),
        ("Roofer", "tear-offs", "Roofing"),
        ("Chef", "food costing", "Kitchen management"),
        ("Mail carrier", "route delivery", "Delivery driving"),
    ],
)
def test_everyday_trade_words_mean_the_trade_the_profile_names(
    matcher: SkillMatcher, role: str, typed: str, expected: str
) -> None:
    match = matcher.match(typed, matcher.context(role))
    assert match.skill is not None and match.skill.name == expected


@pytest.mark.parametrize(
    ("role", "typed"),
    [
        ("Machinist", "cutting"),
        ("Illustrator", "digital colouring"),
        ("Firmware engineer", "flashing"),
        # Fencing the sport: no fence work.
        ("Fencing coach", "fencing"),
        ("IT security engineer", "access control"),
        ("DevOps engineer", "scaling"),
        ("Electronics technician", "soldering"),
        ("Family therapist", "counseling patients"),
        ("School registrar", "transcripts"),
        ("Help desk technician", "diagnostics"),
        ("Office cleaner", "cleanings"),
    ],
)
def test_a_word_only_a_trade_gives_a_meaning_is_not_read_outside_it(
    matcher: SkillMatcher, role: str, typed: str
) -> None:
    # Metal cutting is not hairdressing, nor a firmware flash a roof.
    match = matcher.match(typed, matcher.context(role))
    assert match.skill is None or match.skill.name not in (
        "Hairdressing",
        "Roofing",
        "Butchery",
        "Fence building",
        "Security guarding",
        "Dental hygiene",
        "Plumbing",
        "Pharmacy dispensing",
        "Court reporting",
        "Automotive repair",
    )


def test_a_dispatcher_scored_with_cad_is_not_told_they_draft(engine) -> None:
    profile = Profile.create("911 dispatcher", "CAD; radio; EMD", "answer 911 calls")
    result = engine.score(profile)
    assert "Computer-aided dispatch" in result.recognised_skills
    assert "CAD drafting" not in result.recognised_skills
    assert {"Radio communications", "Emergency dispatch"} <= set(result.recognised_skills)
    assert result.unrecognised_skills == ()
    drafter = engine.score(Profile.create("Drafter", "CAD; Revit"))
    assert "CAD drafting" in drafter.recognised_skills


@pytest.mark.parametrize(
    ("role", "skills", "expected"),
    [
        (
            "plumber",
            "PEX; backflow testing; soldering copper",
            {"PEX piping", "Backflow testing", "Plumbing"},
        ),
        ("Teacher", "5th grade math; lesson planning", {"Elementary school teaching"}),
        ("home health aide", "ADLs; companionship", {"Personal care"}),
        ("electrician apprentice", "conduit bending; wiring", {"Electrical installation"}),
        ("line cook", "saute; grill; ServSafe", {"Cooking", "Food safety"}),
        # A bus driver's CDL is the licence (it read as truck driving).
        (
            "school bus driver",
            "CDL B; passenger endorsement",
            {"Commercial driver's licence (CDL)", "Bus driving"},
        ),
        ("dental hygienist", "SRP; Dentrix", {"Dental hygiene", "Dental practice software"}),
        ("HVAC tech", "EPA 608; brazing", {"HVAC", "Welding"}),
    ],
)
def test_everyday_skills_of_work_far_from_tech_are_recognised(
    engine, role: str, skills: str, expected: set[str]
) -> None:
    result = engine.score(Profile.create(role, skills))
    assert result.unrecognised_skills == ()
    assert expected <= set(result.recognised_skills)
    # A plumber's soldering is pipe work, not electronics repair.
    assert "Electronics repair" not in result.recognised_skills


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("5th grade teacher", "25-2021.00"),  # Elementary School Teachers
        ("5th grade math teacher", "25-2021.00"),
        ("teacher, 3rd grade", "25-2021.00"),
        ("7th grade science teacher", "25-2022.00"),  # Middle School Teachers
    ],
)
def test_a_school_grade_places_a_teacher_in_their_school(engine, role: str, expected: str) -> None:
    result = engine.score(Profile.create(role))
    assert result.occupations[0].onet_soc == expected


def test_a_sense_must_not_be_the_skill_s_own_name(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(DATA_DIR, root)
    path = root / "skills" / "trades_operations.yaml"
    data = yaml.safe_load(path.read_text())
    skill = next(s for s in data["skills"] if s["id"] == "computer_aided_dispatch")
    skill["sense_of"] = ["CAD dispatch"]  # its own alias: a sense of nothing else
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    with pytest.raises(KnowledgeBaseError, match="sense_of"):
        load_knowledge_base(root)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bakery", "Baking"),
        ("drain", "Plumbing"),
        ("drains", "Plumbing"),
        ("CADD", "CAD drafting"),
        ("sculpting", "Fine art"),  # not "sculptor": O*NET's "Fingernail Sculptor"
        ("cataloging", "Library services"),
    ],
)
def test_words_with_one_meaning_in_the_catalogue_are_recognised(
    matcher: SkillMatcher, typed: str, expected: str
) -> None:
    # Each had been offered a suggestion, lost when suggestions stopped respelling a
    # correctly spelt word into another.
    match = matcher.match(typed)
    assert match.skill is not None and match.skill.name == expected


@pytest.mark.parametrize(
    ("role", "typed", "expected"),
    [
        # Each read as another trade's skill through one shared word, or not at all:
        # "drafting" drawings, "charts" dashboards, "design" graphic design,
        # "counseling" licensed psychotherapy.
        ("Paralegal", "legal drafting", "contract_drafting"),
        ("Paralegal", "drafting", "contract_drafting"),
        ("Drafter", "drafting", "cad_drafting"),
        ("Crane operator", "load charts", "crane_operation"),
        ("Electronics engineer", "circuit design", "electronics_design"),
        ("Hospice chaplain", "grief counseling", "bereavement_support"),
        ("Mechanic", "diesel engines", "diesel_mechanics"),
        ("Optician", "lens measurements", "optical_lab"),
        ("Maintenance worker", "fixing machinery", "millwright"),
        ("Mechanic", "repairing cars", "automotive_repair"),
    ],
)
def test_a_trade_phrase_is_read_as_that_trade(
    matcher: SkillMatcher, role: str, typed: str, expected: str
) -> None:
    match = matcher.match(typed, matcher.context(role, typed))
    assert match.skill is not None and match.skill.id == expected, typed


@pytest.mark.parametrize(
    ("typed", "role", "expected"),
    [
        # Everyday words workers type in one or two words, once "not in the catalogue".
        ("phones", "Pharmacy aide", "Telephone skills"),
        ("cash", "Cashier", "Cash handling"),
        ("organization", "Office assistant", "Time management"),
        ("loading", "Warehouse associate", "Shipping and receiving"),
        ("caregiving", "Caregiver", "Personal care"),
        # A word of two trades reads the one the work names, and none without it.
        ("transfers", "CNA", "Patient moving and handling"),
        ("transfers", "Bank teller", None),
        ("transfers", "Pharmacy aide", None),
        ("delivery", "Delivery driver", "Delivery driving"),
        ("delivery", "Midwife", None),
        ("hosting", "Restaurant host", "Table service"),
        ("hosting", "Web developer", None),
    ],
)
def test_everyday_skill_words_read_as_the_work_says(
    matcher: SkillMatcher, typed: str, role: str, expected: str | None
) -> None:
    match = matcher.match(typed, matcher.context(role, ""))
    assert (match.skill.name if match.skill else None) == expected, (typed, role)
