"""The drivers, linearised through the match, read as a worker would expect.

Each typed item owns a share of each occupation's similarities (``driver_shares``); the
drivers take those parts out of the match instead of matching the profile again.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from career_resilience.model import driver_shares
from career_resilience.model.driver_lines import readable_drivers, typed_fields
from career_resilience.model.driver_shares import split
from career_resilience.model.profile import Profile

#: Title words as people type them: seniority, abbreviations, typos, qualifiers.
TITLE_WORDS = ["Sr.", "senior", "RN", "nurse", "data", "analyst", "911", "dispatcher", "CNC",
               "programmer", "(Mastercam)", "hotel", "concierge", "AP", "clerk", "acountant",
               "staff", "software", "engineer", "teacher", "truck", "driver", "-",
               "med/surg", "registered"]  # fmt: skip
SKILLS = ["SQL", "Excel", "Python", "Epic", "wound care", "CAD", "radio", "Kubernetes",
          "lesson planning", "forklift", "madeupskill", "invoices", "G-code"]  # fmt: skip
DUTIES = ["answer 911 calls", "dispatch ambulances", "keep logs", "build the weekly KPI "
          "dashboard", "match invoices to POs", "assess patients", "give meds",
          "teach intro to CJ courses", "deliver freight", "write CNC programs"]  # fmt: skip


def _lines(engine, role: str, skills: str = "", duties: str = "") -> list[str]:
    profile = Profile.create(role, skills, duties)
    result = engine.score(profile)
    typed = typed_fields(profile.role, profile.skills, profile.duties)
    pairs = [(d.feature, d.effect) for d in result.drivers]
    return [
        line.text
        for line in readable_drivers(pairs, typed, [(d.text, d.exposure) for d in result.duties])
    ]


def test_registered_nurse_reads_as_one_title_line(engine) -> None:
    for skills, duties in [("", ""), ("IV therapy; Epic", "assess patients\ngive meds")]:
        titles = [t for t in _lines(engine, "Registered nurse", skills, duties) if "title" in t]
        assert len(titles) == 1, titles
        assert '"Registered nurse"' in titles[0]


def test_a_one_word_title_says_what_it_does(engine) -> None:
    # "Senior" is seniority, so the title is one word: it still moves the score.
    lines = _lines(engine, "Senior accountant", "Excel; GAAP")
    assert 'your title: "accountant"' in lines, lines


def test_a_skill_that_points_to_other_work_pulls_toward_it(engine) -> None:
    result = engine.score(Profile.create("Warehouse associate", "forklift; Python"))
    points = {d.feature: d.effect for d in result.drivers}
    assert points['skill "forklift"'] < 0, points  # forklift work is little exposed


def test_shares_add_up_to_the_similarity_and_follow_each_items_own_match() -> None:
    own = np.array([[0.6, 0.0, 0.0], [0.2, 0.5, 0.0]], np.float32)
    feature = np.array([0.8, 0.4, 0.3], np.float32)
    shares = split(own, feature)
    assert shares.sum(axis=0) == pytest.approx(feature)
    assert shares[:, 0] == pytest.approx([0.6, 0.2])  # 3:1, as their own matches
    assert shares[:, 1] == pytest.approx([0.0, 0.4])  # only the second matches alone
    assert shares[:, 2] == pytest.approx([0.15, 0.15])  # neither alone: halves


def _drivers(engine, profile: Profile) -> list:
    return [(d.feature, d.effect) for d in engine.score(profile).drivers]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=5),
    skills=st.lists(st.sampled_from(SKILLS), max_size=5, unique=True),
    duties=st.lists(st.sampled_from(DUTIES), max_size=5, unique=True),
)
def test_the_same_profile_gets_the_same_drivers_whatever_was_scored_before(
    engine, title, skills, duties
) -> None:
    """The items' own similarities and the title looks-ups are remembered: a person
    scored after others gets the drivers they get scored first."""
    profile = Profile.create(" ".join(title), "; ".join(skills), "\n".join(duties))
    warm = _drivers(engine, profile)
    driver_shares._OWN.clear()
    engine.match_tables.title_memo.clear()
    assert _drivers(engine, profile) == warm


def test_a_title_alone_never_builds_the_task_featurizer() -> None:
    # The task featurizer is built on first use (~7 ms); the drivers of a title alone
    # (the cold `resilience score --role ...`) read no skill or duty line against tasks.
    from career_resilience.model.grounded_drivers import _item_parts

    class Tables:
        tasks = None

        @property
        def task_features(self) -> None:
            raise AssertionError("the task featurizer was built for a title alone")

    f = np.zeros((5, 7), np.float32)
    parts = _item_parts(Tables(), f, np.ones(7, np.float32), ("Sr. data analyst", (), []), 0, 0)  # type: ignore[arg-type]
    assert parts.shape == (0, 5)
