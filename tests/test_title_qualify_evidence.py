"""A skill that completes a listed title does not take a title of two words from the
occupations listing it, unless the rest of the profile bears it out."""

from __future__ import annotations

import pytest
from placement_support import assert_placed


@pytest.mark.parametrize(
    ("skills", "duties"),
    [
        # "all-source analysis" had read O*NET's "All Source Intelligence Analyst"
        # (remote sensing scientists) and dropped both listers of the typed title:
        # business intelligence analysts 67%, intelligence analysts 28%.
        ("TS/SCI; all-source analysis", "brief the commander; write intelligence reports"),
        ("all-source analysis", ""),
    ],
)
def test_an_intelligence_analyst_stays_one(engine, skills, duties):
    assert_placed(engine, "Intelligence analyst", "33-3021.06", skills, duties)


def test_skills_of_business_intelligence_still_read_it(engine):
    assert_placed(
        engine, "Intelligence analyst", "15-2051.01", "Tableau; SQL; dashboards",
        "build sales dashboards for leadership",
    )  # fmt: skip


def test_a_completed_title_the_duties_bear_out_still_reads(engine):
    # "school bus" completes "Bus driver" into O*NET's school bus drivers.
    assert_placed(engine, "Bus driver", "53-3051", "school bus; CDL", "drive kids to school")


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # A duty line saying where or on what the work is done had completed the title
        # into one O*NET lists elsewhere: "Research Economist" (environmental economists
        # 86%), "Work Zone Flagger" (highway maintenance workers 70%).
        ("Economist", "Stata; econometrics",
         "build forecasting models; write research reports; brief policy makers", "19-3011.00"),
        ("Economist", "", "write research reports", "19-3011.00"),
        ("Flagger", "traffic control", "hold the stop sign at the work zone", "33-9091"),
        ("Flagger", "", "direct traffic around road work", "33-9091"),
        # Duties that bear the completed title out still read it.
        ("Nurse", "", "work in the ICU; manage vents and drips", "29-1141.03"),
        ("Driver", "", "drive the school bus route", "53-3051"),
        ("Cook", "", "cook meals in the nursing home kitchen", "35-2012"),
        ("Mechanic", "", "fix diesel trucks; do DOT inspections", "49-3031"),
    ],
)  # fmt: skip
def test_a_duty_line_completes_the_title_only_as_the_duties_bear_out(
    engine, role, skills, duties, code
):
    assert_placed(engine, role, code, skills, duties)
