"""A one-word title takes its kind of work from the skills (``model/title_kind.py``)."""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model.profile import Profile
from career_resilience.model.title_kind_tables import (
    HEADS_FILE,
    compute_heads,
    kind_tables,
    practitioner_of,
)
from career_resilience.skills.occupations import occupation_data


def score(engine, role: str, skills: str):
    return engine.score(Profile.create(role, skills))


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # Software Developers came first at 30%, "placed in" physical engineering: the
        # bare "engineer" is listed under thirty kinds of physical engineering.
        ("Staff engineer", "Java; Kubernetes; system design", "15-1252"),
        # Blockchain engineers, automotive and agricultural engineers came first.
        ("Staff engineer", "React; TypeScript; Node.js", "15-1252"),
        ("Principal engineer", "Python; Django; PostgreSQL", "15-1252"),
        # The same word with a building's trades stays physical engineering.
        ("Engineer", "AutoCAD; HVAC", "17-2141"),
        # Executive secretaries came first: "Assistant" is listed under office work.
        ("Assistant", "patient care; vital signs", "31-1131"),
        # A technician with computer skills supports computers (electrical and
        # electronic engineering technicians came first).
        ("Technician", "Python; Linux; networking", "15-123"),
        # Food service supervisors came first at 52%: food safety named hospitality work
        # only, while O*NET frames food service managers with middle management.
        ("Manager", "menu planning; food safety; restaurant", "11-9051"),
        # Document management specialists came first at 91%: "medical records" read as
        # filing and HIPAA as data governance, neither as health records work.
        ("Clerk", "medical records; HIPAA", "29-2072"),
        # Loan officers came first at 19%: "hiring" was no catalogue skill, so payroll and
        # budgeting named finance work alone (a manager's skills name a manager).
        ("Manager", "payroll; budgeting; hiring", "11-"),
    ],
)
def test_a_one_word_title_is_the_kind_of_work_the_skills_name(engine, role, skills, code):
    assert score(engine, role, skills).occupations[0].onet_soc.startswith(code)


def test_the_placement_follows_the_kind_of_work(engine):
    result = score(engine, "Staff engineer", "Java; Kubernetes; system design")
    assert result.top_category.id == "software_engineering"
    assert result.occupations[0].probability > 0.5


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # O*NET lists "Teller" alone under tellers only; a cashier's skill does not
        # move a teller to cashiers.
        ("Teller", "cash handling; cross-selling", "43-3071"),
        # "crane" names the listed title "Crane Operator": kept, not widened to every
        # operator of transport work the catalogue's categories name.
        ("Operator", "crane; rigging", "53-7021"),
        # Electronics work the catalogue names once ("circuit design") among things it
        # does not know does not outvote the title.
        ("Engineer", "circuit design; PCB layout; oscilloscope", "17-2072"),
    ],
)
def test_the_title_keeps_what_it_names_itself(engine, role, skills, code):
    assert score(engine, role, skills).occupations[0].onet_soc.startswith(code)


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # Data scientists came first at 99% (they list "Data Economist"): the kind the
        # tool skills name outvoted a word O*NET lists alone only under economists and
        # their specialty, environmental economists.
        ("Economist", "Stata; forecasting", "19-3011.00"),
        ("Economist", "Excel; econometrics", "19-3011.00"),
        # "Nurse" is listed alone under registered nurses and their specialties only:
        # nurse practitioners (15%) and practical nurses had come second and third.
        ("Nurse", "patient care; IV therapy; charting", "29-1141.00"),
        # Exact titles with tool skills many occupations share keep their occupation.
        ("Statistician", "Excel; R", "15-2041.00"),
        ("Actuary", "SQL; Python", "15-2011.00"),
        ("Librarian", "Excel", "25-4022.00"),
        ("Chemist", "Python", "19-2031.00"),
        # O*NET lists only the plural "Paramedics" alone (and "Ski Patrol Paramedic" under
        # lifeguards): a paramedic's ACLS, read as CPR, had sent them to lifeguards, 100%.
        ("Paramedic", "ACLS", "29-2043.00"),
        ("Paramedic", "ACLS; patient assessment; ambulance", "29-2043.00"),
    ],
)
def test_a_word_one_soc_lists_alone_names_that_work(engine, role, skills, code):
    found = score(engine, role, skills).occupations[0]
    assert found.onet_soc == code and found.probability > 0.6


@pytest.mark.parametrize(
    ("role", "skills"),
    [
        # "cosmetology" names the listed "Cosmetology Teacher"; the kind it votes for
        # (personal care) sent the teacher to childcare workers (46%) and the instructor
        # to exercise trainers (76%).
        ("Teacher", "cosmetology"),
        ("Instructor", "cosmetology"),
        # "Music Teacher" is listed; music's kind had sent it to coaches and scouts, 77%.
        ("Teacher", "music; piano"),
    ],
)
def test_a_listed_title_the_words_name_outranks_the_kind_the_skills_vote_for(engine, role, skills):
    assert score(engine, role, skills).occupations[0].onet_soc.startswith("25-")


@pytest.mark.parametrize(
    ("role", "skills"),
    [
        # Solar Energy Installation Managers (95%, 99%) had been the only "... Manager"
        # plumbing's categories frame; their SOC parent, the construction trades'
        # first-line supervisors, lists no "... Manager" and is the work itself.
        ("Manager", "plumbing"),
        ("Owner", "plumbing; pipe fitting"),
        ("Manager", "roofing"),
    ],
)
def test_a_specialty_the_skills_do_not_name_stands_beside_its_parent(engine, role, skills):
    top = score(engine, role, skills).occupations
    assert top[0].onet_soc == "47-1011.00"
    assert top[0].probability > 0.5


@pytest.mark.parametrize(
    ("skills", "code"),
    [
        # Pharmacists came first (17%, 16%, 16%): paediatrics, radiology and primary care
        # are health practitioners' skills, and 32 of the 35 occupations listing a
        # "... Doctor" title are health practitioners; the most employed won the tie.
        ("pediatrics", "29-1221"),
        ("radiology", "29-1224"),
        ("family medicine", "29-1215"),
    ],
)
def test_a_word_most_holders_share_a_kind_of_goes_to_those_holding_the_skill(engine, skills, code):
    assert score(engine, "Doctor", skills).occupations[0].onet_soc.startswith(code)


@pytest.mark.parametrize(
    ("skills", "code"),
    [
        # Dentists, General came first (41%, 31%, 47% with veterinarians 35%): surgery
        # and dentistry are core skills of several "... Doctor" occupations, and the
        # most employed of them won the tie.
        ("surgery", "29-124"),
        ("general surgery", "29-124"),
        ("dentistry", "29-1021"),
    ],
)
def test_a_field_typed_names_its_practitioner(engine, skills, code):
    top = score(engine, "Doctor", skills).occupations[0]
    assert top.onet_soc.startswith(code)
    assert top.probability > 0.5


def test_a_field_names_its_practitioner_as_the_whole_skill_reads(engine):
    # "oral surgery" reads "Oral Surgeon", listed under none of the occupations a
    # "Doctor" is: the practitioner narrows nothing there; "surgery" alone reads
    # "Surgeon", listed alone under three kinds of surgeon.
    tables = engine.match_tables
    kinds = kind_tables(tables.codes)
    surgeon = {tables.codes[k] for k in np.flatnonzero(kinds.practitioners(tables, "surgery"))}
    assert {"29-1022.00", "29-1242.00", "29-1243.00"} <= surgeon
    oral = {tables.codes[k] for k in np.flatnonzero(kinds.practitioners(tables, "oral surgery"))}
    assert oral == {"29-1022.00"}
    # Each word read as a practitioner must name the same one: a veterinary surgeon is
    # no orthopedic surgeon (Doctor + "veterinary surgery" had gone to them, 82%).
    vet = {
        tables.codes[k] for k in np.flatnonzero(kinds.practitioners(tables, "veterinary surgery"))
    }
    assert not vet & {"29-1022.00", "29-1242.00", "29-1243.00"}
    assert practitioner_of("nursing", ("nurse",)) == ()  # "nurs" is too short a stem


def test_one_skill_typed_twice_is_one_vote(engine):
    # "HACCP" is food safety again: typed beside it, it made food safety two of three
    # skills and moved an inspector from agricultural to factory inspection.
    once = score(engine, "Inspector", "food safety; sampling").occupations[0]
    twice = score(engine, "Inspector", "food safety; HACCP; sampling").occupations[0]
    assert twice.onet_soc == once.onet_soc


def test_a_title_alone_is_read_as_before(engine):
    # No skills, no kind: the bare word stays spread over the engineering it names.
    result = engine.score(Profile.create("Engineer"))
    assert result.top_category.id == "engineering_physical"


def test_the_shipped_heads_are_up_to_date():
    shipped = HEADS_FILE.read_text(encoding="utf-8").splitlines()
    built = compute_heads((code, title) for code, title, _kind in occupation_data().titles)
    assert shipped == built, "run python tools/build_title_qualifiers.py"
