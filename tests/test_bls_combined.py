"""Occupations BLS projects only with others are marked, and the outlook says so
instead of borrowing the other matches' figure (``skills/bls_combined.py``)."""

from __future__ import annotations

import math

from career_resilience.model.grounded import outlook_figure
from career_resilience.model.profile import Profile
from career_resilience.model.title_employment import employment
from career_resilience.skills.bls_combined import (
    COMBINED_FILE,
    bls_combined,
    combined_employment,
    combined_with,
    compute_combined,
)
from career_resilience.skills.occupations import occupation_data, occupation_table
from career_resilience.wording import outlook_meaning


def test_the_shipped_list_is_up_to_date():
    data = occupation_data()
    built = compute_combined(data.occupations, data.iwa_socs)
    shipped = COMBINED_FILE.read_text(encoding="utf-8").splitlines()[1:]
    assert shipped == [f"{code},{broader}" for code, broader in built], (
        "run python tools/build_bls_combined.py"
    )


def test_every_occupation_without_a_projection_is_listed_with_its_broader_code():
    table = occupation_table()
    missing = {c for c, o in table.items() if o.bls_change_pct is None}
    combined = bls_combined()
    assert set(combined) == missing and len(missing) == 31
    for code, broader in combined.items():
        # The broad group BLS publishes: 31-1121 (home health aides) -> 31-1120.
        assert broader[:6] == table[code].soc[:6] and broader not in {o.soc for o in table.values()}
    assert combined_with("31-1121.00") == ("31-1120", ["31-1122.00"])
    assert combined_with("15-1252.00") is None


def test_a_clear_match_without_its_own_projection_shows_no_borrowed_figure(engine):
    result = engine.score(Profile.create("Home health aide"))
    assert result.occupations[0].onet_soc == "31-1121.00"
    # It had said "BLS projects +13% for the matched occupations": the 0.1% matched
    # elsewhere.
    assert "probability-weighted" not in result.outlook_basis
    assert "%" not in result.outlook_basis
    assert "Personal Care Aides" in result.outlook_basis and "31-1120" in result.outlook_basis
    # The word says there is no figure; "stable" had told them demand holds steady.
    assert result.outlook == "no BLS projection"
    assert "steady" not in outlook_meaning(result.outlook)


def test_an_unclear_match_outlook_is_said_without_statisticians_words(engine):
    # A line cook is placed among three kinds of cook (29%, 28%, 24%): the outlook line
    # had read "BLS projects ±0% for the matched occupations (probability-weighted)".
    result = engine.score(Profile.create("Line cook", "grill; prep; food safety"))
    assert result.occupations[0].probability < 0.5
    assert "probability" not in result.outlook_basis
    assert "the occupations you match, weighted by how likely each is" in result.outlook_basis


def test_a_chosen_occupation_without_its_own_projection_says_why(engine):
    # A home health aide who chose Personal Care Aides ("that's not me") read "BLS
    # publishes no 2022-32 projection for the matched occupations" of the one occupation
    # they chose, where the placed result names the group BLS projects it in.
    result = engine.score(Profile.create("Home health aide", occupation="31-1122.00"))
    assert result.outlook == "no BLS projection"
    assert "matched occupations" not in result.outlook_basis
    assert "Home Health Aides" in result.outlook_basis and "31-1120" in result.outlook_basis


def test_the_outlook_figure_of_a_clear_match_without_one_is_no_figure():
    figure, named = outlook_figure(0.99, 0.01, None, 13.0)
    assert named and math.isnan(figure)
    # An unclear match still shows the probability-weighted figure.
    assert outlook_figure(0.4, 0.35, None, 13.0) == (13.0, False)


def test_a_cited_broader_figure_is_shared_evenly_by_its_occupations():
    # BLS 25-9045 (1,389.2 thousand) holds 25-9042 and 25-9043; no split is published.
    assert combined_employment("25-9042.00") == combined_employment("25-9043.00") == 694.6
    assert combined_employment("51-2092.00") is None  # no figure cited: a typical one
    codes = ("25-9042.00", "25-9044.00", "51-2092.00", "15-1252.00")
    jobs = employment(codes)
    # Had been the median of the codes with a figure, below the 170.2 thousand
    # postsecondary teaching assistants.
    assert jobs[0] == 694.6 and jobs[1] == 170.2
