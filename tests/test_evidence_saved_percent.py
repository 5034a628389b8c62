"""The evidence line's "matched to ... (N%)" and the list of matches give one figure.

Found in a truck driver's result: the list showed the saved probability 0.9345 as "94%"
while the evidence line, worded from the engine's unrounded 0.93449, said "93%". These
profiles sit on such a rounding edge with today's model; the check holds for any model.
"""

from __future__ import annotations

import re

import pytest

from career_resilience import wording
from career_resilience.model.profile import Profile

PROFILES = (
    ("Operator", ("SQL", "forklift")),
    ("Manager", ("CDL", "Excel")),
    ("Mechanic", ("SQL", "forklift")),
    ("Coordinator", ("customer service", "welding")),
    ("Associate", ("customer service", "forklift")),
    ("Truck driver", ("CDL", "pre-trip inspection", "route planning", "logbook")),
)
SURE = re.compile(r"matched to .*\(([<>]?\d+%)\)$")


@pytest.mark.parametrize(("role", "skills"), PROFILES)
def test_the_evidence_line_states_the_match_as_the_saved_list_does(engine, role, skills) -> None:
    saved = engine.score(Profile.create(role, list(skills), "")).as_saved()
    lines = [m.group(1) for line in saved.evidence if (m := SURE.search(line))]
    assert lines, f"{role}: no 'matched to' evidence line"
    listed = wording.percent_sure(saved.occupations[0].probability)
    assert lines[0] == listed, f"{role} {skills}: evidence {lines[0]}, list {listed}"
