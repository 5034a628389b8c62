"""Letters and shorthands people type for a job are read as O*NET writes the job
(``skills/data/title_abbreviations.yaml``)."""

from __future__ import annotations

import pytest
from placement_support import assert_placed, first_match


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # Each had read other work: advertising sales agents 22%, chief executives 100%,
        # product inspectors 16%, dental assistants 39%, pharmacy technicians 15%,
        # self-enrichment teachers 18%, naturopathic physicians 2%, no work at all 1%.
        ("TSA agent", "x-ray screening; pat downs", "33-9093"),
        ("EA to CEO", "", "43-6011"),
        ("Pen tester", "", "15-1299.04"),
        ("Dental hyg.", "", "29-1292"),
        ("PharmD", "", "29-1051"),
        ("SPED teacher", "", "25-205"),
        ("SDR", "cold calling; outbound", "41-3091"),
        ("PSW", "", "31-1122"),
        ("Infosec analyst", "", "15-1212"),
    ],
)
def test_letters_for_a_job_are_read_as_the_job(engine, role, skills, code):
    assert_placed(engine, role, code, skills, least=0.3)


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # Ranks, callings and "doc" as people shorten them, typed alone. Each had read
        # other work: forest fire inspectors 36%, ambulance drivers 55%, manufacturing
        # (umpires 4%), special education teachers 5%, school bus drivers 6%, social
        # workers 37%.
        ("Fire capt", "33-1021"),
        ("FF/medic", "33-2011"),
        ("Ump", "27-2023"),
        ("Sub teacher", "25-3031"),
        ("School supt", "11-9032"),
        ("Family doc", "29-1215"),
    ],
)
def test_shortened_ranks_and_callings_are_read_as_the_job(engine, role, code):
    assert first_match(engine, role)[0].startswith(code)


def test_letters_o_net_uses_itself_keep_o_net_s_meaning(engine):
    # O*NET's CSM is a convention services or casino shift manager; not rewritten.
    found, _ = first_match(engine, "CSM")
    assert found.startswith(("13-1121", "39-1013"))
    assert first_match(engine, "TSA screener")[0].startswith("33-9093")
