"""A residual occupation ("..., Except Legal, Medical, and Executive") is the kind of
the work its group's skills name, unless the profile says the excepted work
(``model/title_kind.py``), and clipped words in titles and duties are read whole."""

from __future__ import annotations

import pytest
from placement_support import first


def test_a_secretary_who_schedules_is_a_secretary(engine) -> None:
    # "scheduling" is core to medical and executive secretaries; the general secretaries
    # (1.8 million) had dropped to 0% (medical secretaries 62%).
    assert first(engine, "Secretary", "scheduling").startswith("43-6014")


def test_the_excepted_work_said_keeps_its_kind(engine) -> None:
    # Scheduling alone reads the general secretaries; with medical billing, the medical.
    assert first(engine, "Secretary", "medical billing; scheduling").startswith("43-6013")
    assert first(engine, "Secretary", "legal documents; court filings").startswith("43-6012")
    # One excepted kind's core skill says which: 911 calls are police dispatch.
    assert first(engine, "Dispatcher", "CAD; 911 calls; radio").startswith("43-5031")


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Historians (34%: "PI Historian") before.
        ("PI", "surveillance; skip tracing", "surveillance on insurance claimants", "33-9021"),
        # Postsecondary teaching assistants (48%) before.
        ("RA", "", "", "39-9041"),
        ("RA", "SPSS; data collection", "run participants through experiments", "19-4061"),
        # Order clerks (32%) before.
        ("DMV clerk", "customer service", "issue drivers licenses", "43-4031"),
        # Personal care aides / special education teachers before.
        ("para (special ed)", "", "", "25-9043"),
        ("Special ed para", "", "", "25-9043"),
        # Rail car repairers (14%) before: O*NET's "Refrigerator Repair Technician".
        ("fridge repair", "refrigerant", "fix fridges at customers homes", "49-9031"),
        # Police and sheriff's patrol officers (39%, O*NET's bare "Deputy") before.
        ("deputy clerk", "court records", "docket cases; take payments", "43-4031"),
        # Police (27%) before: O*NET's "Code Inspector".
        ("Zoning officer", "", "", "47-4011"),
    ],
)
def test_letters_and_clipped_words_name_the_job(engine, role, skills, duties, code) -> None:
    assert first(engine, role, skills, duties).startswith(code)


def test_a_lab_technician_s_gc_is_no_contractor(engine) -> None:
    # GC in a lab is gas chromatography: not in the table, which skills and duties read.
    duties = "run HPLC and GC methods"
    assert first(engine, "Lab technician - chemistry", "HPLC; GC; titrations", duties).startswith(
        ("19-4031", "19-4099")
    )


def test_or_in_capitals_is_the_operating_room() -> None:
    from career_resilience.model.duty_text import content_words
    from career_resilience.model.features import normalise

    assert "operating room" in normalise("assist in OR")
    assert "operating" in content_words("set up the OR for the next case")
    # All capitals: "OR" is the word.
    assert "operating" not in normalise("CLEAN OR SWEEP")
