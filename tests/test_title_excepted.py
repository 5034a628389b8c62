"""A bare "Secretary" is the general one unless a skill names a kind O*NET excepts
(``model/title_excepted.py``): "Secretaries and Administrative Assistants, Except Legal,
Medical, and Executive" names the holders most people are, and the clause names the kinds
a skill can say."""

from __future__ import annotations

import numpy as np
import pytest
from placement_support import first_match

from career_resilience.model.title_employment import named_by
from career_resilience.model.title_excepted import excepted_ties

GENERAL, LEGAL, MEDICAL = "43-6014", "43-6012", "43-6013"


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Legal secretaries had come first on how many of their titles end "Secretary"
        # (54%, general 25%): the duties name no kind.
        ("Secretary", "", "type letters\nanswer phones", GENERAL),
        ("Secretary", "typing; filing", "answer the phone\nmake copies", GENERAL),
        # A skill naming the medical kind: EHR is "electronic medical records" too.
        ("Secretary", "EHR; insurance verification", "", MEDICAL),
        ("Secretary", "HIPAA; EHR", "answer phones at the clinic\nschedule patients", MEDICAL),
        # The kind's own word in a skill had been the general secretaries' common work.
        ("Secretary", "medical terminology", "", MEDICAL),
        ("Secretary", "legal documents; court filings", "", LEGAL),
        # Scheduling meetings is every kind's work: no executive secretary.
        (
            "Admin assistant",
            "Microsoft Office; scheduling",
            "answer phones\nschedule meetings\norder supplies",
            GENERAL,
        ),
    ],
)
def test_a_skill_names_the_kind_a_bare_title_excepts(engine, role, skills, duties, code):
    found, probability = first_match(engine, role, skills, duties)
    assert found.startswith(code), (found, probability)
    assert probability > 0.5


def test_the_excepted_kinds_are_those_the_clause_names(engine):
    codes = engine.match_tables.codes
    # A typed "Secretary" names the plural official title ("Secretaries ...").
    assert codes.index("43-6014.00") in named_by(codes)["secretary"]
    ties = np.asarray([codes.index(c) for c in ("43-6012.00", "43-6013.00", "43-6014.00")])
    named, kinds = excepted_ties(codes, ties, "secretary")
    assert codes[named] == "43-6014.00"
    assert {codes[o]: set(w) for o, w in kinds.items()} == {
        "43-6012.00": {"legal"},
        "43-6013.00": {"medical"},
    }
