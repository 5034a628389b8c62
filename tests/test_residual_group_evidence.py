"""A figure made of an O*NET "All Other" group says so: the group's figures are of the
whole mix of jobs O*NET has no occupation of its own for, not of the job typed."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def test_a_job_o_net_files_under_an_all_other_group_is_told_whose_figures_it_sees(engine):
    # O*NET lists "Data Center Technician" only under Computer Occupations, All Other.
    result = engine.score(Profile.create("Data center technician", ["cabling", "server racks"]))
    assert result.occupations[0].title == "Computer Occupations, All Other"
    said = [line for line in result.evidence if "O*NET's group for work" in line]
    assert said and said[0].startswith("Computer Occupations, All Other:")
    assert "the whole group's" in said[0]


def test_an_occupation_of_its_own_says_nothing_of_groups(engine):
    for role in ("Registered nurse", "Plumber", "Cashier"):
        result = engine.score(Profile.create(role))
        assert not any("O*NET's group for work" in line for line in result.evidence), role
