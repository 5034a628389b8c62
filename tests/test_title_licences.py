"""A job's licence letters (typed after the word for the job or as the whole title) and a
setting O*NET never names before a job are read as the job O*NET lists."""

from __future__ import annotations

import pytest
from placement_support import assert_placed, first

from career_resilience.skills.titles import normalise_title


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # "Therapist (LPC)" had read "Licensed Therapist", listed only by marriage and
        # family therapists (87%); "Therapist (LMFT)" physical therapists (69%).
        ("Therapist (LPC)", "21-1014"),
        ("Therapist - LPC", "21-1014"),
        ("Counselor (LPC)", "21-1014"),
        ("Therapist (LMFT)", "21-1013"),
        ("Counselor (LCDC)", "21-1011"),
        ("Counselor - LMHC", "21-1014"),
        ("Assistant (COTA)", "31-2011"),
        # A director of nursing, typed as care homes write it (nothing had been read:
        # critical care nurses 4%).
        ("DON", "11-9111"),
        ("ADON", "11-9111"),
    ],
)
def test_licence_letters_name_the_job(engine, role, code):
    assert_placed(engine, role, code)


def test_a_job_o_net_lists_alone_keeps_its_word_before_a_licence(engine):
    # A firefighter who holds an EMT card fights fires.
    assert first(engine, "Firefighter (EMT)") == "33-2011.00"


def test_don_in_a_duty_line_is_putting_on_not_a_director(engine):
    assert normalise_title("don PPE") == "don ppe"
    assert first(engine, "CNA", "vitals", "don PPE; bathe residents") == "31-1131.00"


@pytest.mark.parametrize("role", ["Church secretary", "Parish secretary", "School secretary"])
def test_a_setting_o_nets_titles_never_name_leaves_the_job(engine, role):
    # "Church secretary" had read every secretaries' title alike, the shortest official
    # titles first: medical secretaries 35%, legal 34%.
    assert first(engine, role) == "43-6014.00"


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Words O*NET's titles lack: real estate brokers (54%), public relations (11%).
        ("Pawnbroker", "", "", "41-1011"),
        ("Pawn broker", "appraisal; loans", "appraise jewelry; write pawn loans", "41-1011"),
        ("Notary public", "", "", "43-4131"),
        # Municipal code enforcement is building inspection: fire inspectors had come
        # first (57%) on the category model's "officer".
        ("code enforcement officer", "property maintenance code",
         "inspect properties for violations; write notices; take photos", "47-4011"),
    ],
)  # fmt: skip
def test_counter_and_code_work_o_net_words_otherwise(engine, role, skills, duties, code):
    assert_placed(engine, role, code, skills, duties)


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Tire repairers (51-83%) and motorcycle mechanics (41%) had come first: O*NET
        # lists "Lube Technician" under them too, each with few titles.
        ("Lube tech", "", "", "53-6031"),
        ("lube tech", "oil changes", "change oil; check fluids; top off wipers", "53-6031"),
        # Advertising sales agents (55%).
        ("repo agent", "skip tracing; towing", "repossess cars", "43-3011"),
    ],
)  # fmt: skip
def test_shop_and_street_work_o_net_names_otherwise(engine, role, skills, duties, code):
    assert first(engine, role, skills, duties).startswith(code)
