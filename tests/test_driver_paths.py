"""The drivers' fast path names the same drivers with the same points as the plain one.

The drivers look each title subset and left-out duty text up in the title channel one
text at a time (``grounded_drivers._title_figures``), which is faster than one call with
all of them; a person must get exactly the drivers the all-at-once look-up gives.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from career_resilience.model import grounded_drivers
from career_resilience.model.occupation_match import title_channel
from career_resilience.model.profile import Profile

#: Title words as people type them: seniority, abbreviations, typos, qualifiers.
TITLE_WORDS = ["Sr.", "senior", "RN", "nurse", "data", "analyst", "911", "dispatcher", "CNC",
               "programmer", "(Mastercam)", "hotel", "concierge", "AP", "clerk", "acountant",
               "staff", "software", "engineer", "teacher", "truck", "driver", "-",
               "med/surg"]  # fmt: skip
SKILLS = ["SQL", "Excel", "Python", "Epic", "wound care", "CAD", "radio", "Kubernetes",
          "lesson planning", "forklift", "madeupskill", "invoices", "G-code"]  # fmt: skip
DUTIES = ["answer 911 calls", "dispatch ambulances", "keep logs", "build the weekly KPI "
          "dashboard", "match invoices to POs", "assess patients", "give meds",
          "teach intro to CJ courses", "deliver freight", "write CNC programs"]  # fmt: skip


def _drivers(engine, profile: Profile) -> list:
    """The result's drivers, looked up with the title channel's memo empty."""
    engine.match_tables.title_memo.clear()
    return [(d.feature, d.effect) for d in engine.score(profile).drivers]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=5),
    skills=st.lists(st.sampled_from(SKILLS), max_size=5, unique=True),
    duties=st.lists(st.sampled_from(DUTIES), max_size=5, unique=True),
)
def test_one_text_at_a_time_gives_the_drivers_of_all_at_once(
    engine, monkeypatch: pytest.MonkeyPatch, title, skills, duties
) -> None:
    profile = Profile.create(" ".join(title), "; ".join(skills), "\n".join(duties))
    fast = _drivers(engine, profile)
    with monkeypatch.context() as patch:
        patch.setattr(grounded_drivers, "_title_figures", title_channel)
        plain = _drivers(engine, profile)
    assert fast == plain
