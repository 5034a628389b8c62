"""O*NET lists no related work for its "All Other" groups: their siblings in the SOC
(``pivot_related.SIBLING_TIER``) stand in, said so in the pivot's fit line, so a person
placed in one is not left with an empty list or with AI-era roles only. How alike a
sibling is to the mix of the specialties O*NET files in the group is no evidence of the
person's own work: the skills held decide its fit (``model/pivot_likeness.py``)."""

from __future__ import annotations

import pytest
from pivot_support import advise, standing

from career_resilience import wording
from career_resilience.model.profile import Profile

SIBLING_LINE = wording.SOC_SIBLING.split("{title}")[1]


@pytest.mark.parametrize(
    ("role", "group"),
    [
        # Typed as O*NET titles: both had no pivot at all.
        ("Therapists, All Other", "29-112"),
        ("Engineering Technologists and Technicians, Except Drafters, All Other", "17-302"),
        # Typed as people type, placed in a catch-all group: a tester of production
        # work had been offered data-centre roles only.
        ("Production Workers, All Other", "51-919"),
    ],
)
def test_a_catch_all_group_is_offered_its_soc_siblings(engine, role: str, group: str) -> None:
    result = engine.score(Profile.create(role))
    assert result.occupations[0].onet_soc.startswith(group[:4]), result.occupations[0]
    siblings = [p for p in result.pivots if p.onet_soc and p.onet_soc.startswith(group)]
    assert siblings, [p.label for p in result.pivots]
    own = result.occupations[0].title
    for p in siblings:
        assert any(own in line and SIBLING_LINE in line for line in p.fit_reasons), p.fit_reasons
    # O*NET describes only the specialties it files in the group: a share of work
    # activities (a step up's, a role's) is theirs, never called the person's own.
    shares = [line for p in result.pivots for line in p.fit_reasons if "work activities" in line]
    assert all(wording.CATCH_ALL_SHARE in line for line in shares), shares


def test_a_sibling_is_not_called_the_same_job_elsewhere(engine) -> None:
    # Every sibling of "Engineering Technologists and Technicians, ..., All Other"
    # shares its title's head; the same-job rule had dropped all of them.
    result = engine.score(
        Profile.create("Engineering Technologists and Technicians, Except Drafters, All Other")
    )
    assert [p for p in result.pivots if p.onet_soc.startswith("17-302")]


def test_a_siblings_likeness_to_the_groups_mix_is_no_fit_with_the_persons_work(engine) -> None:
    # A dialysis technician (Health Technologists and Technicians, All Other) had
    # hearing aid dispensing first, fit 75%, "shares 71% of its work activities" with
    # the ophthalmic and neurodiagnostic technologists' tasks O*NET files in the group;
    # a candle maker cooling and freezing equipment work, fit 77%.
    typed = ("Dialysis technician", "dialysis; vital signs; patient care", "run dialysis")
    dialysis = engine.score(Profile.create(*typed))
    assert dialysis.occupations[0].onet_soc == "29-2099.00", dialysis.occupations[0]
    assert dialysis.pivots[0].label.startswith("Licensed practical"), dialysis.pivots[0].label
    hearing = next(p for p in dialysis.pivots if p.onet_soc == "29-2092.00")
    assert hearing.fit < 0.3 and not any("work activities" in r for r in hearing.fit_reasons)
    candle = engine.score(Profile.create("Candle maker", "candle making; packaging", "pour"))
    assert candle.occupations[0].onet_soc == "51-9199.00", candle.occupations[0]
    assert all(p.fit < 0.3 for p in candle.pivots if p.onet_soc.startswith("51-919"))
    # Placed there by a title typed as people type, the relatives of the other matches
    # fill the list: a production worker is not left with AI-era roles only.
    worker = engine.score(Profile.create("Production worker"))
    assert worker.occupations[0].onet_soc == "51-9199.00", worker.occupations[0]
    assert sum(p.kind == "related" for p in worker.pivots) >= 3, worker.pivots


def test_a_listed_occupation_keeps_o_nets_own_list(engine) -> None:
    # Occupational therapists have an O*NET list: no pivot of theirs reads as a sibling.
    result = engine.score(Profile.create("Occupational Therapists"))
    assert result.pivots
    for p in result.pivots:
        assert not any(SIBLING_LINE in line for line in p.fit_reasons), p.fit_reasons


def test_a_catch_all_group_is_at_its_specialties_job_zone(scorer, matcher) -> None:
    """O*NET gives an "All Other" group no job zone, so every move read as one at the
    person's own zone: a barrel maker placed in Installation, Maintenance, and Repair
    Workers, All Other (its specialties: zone 2) read industrial machinery mechanics
    (zone 3) as 4 weeks of short courses, and a dialysis technician orthotics and
    prosthetics (a master's) as 9. Its specialties' zone is the person's now, a guess
    that adds the preparation a move up asks and never makes a move a step down."""
    repair = advise(scorer, matcher, {"49-9099.00": 0.95}, ["woodworking", "hand tools"], 40, 8)
    step = next(p for p in repair.pivots if p.onet_soc == "49-1011.00")  # their supervisors
    assert step.job_zone_step == 1, step.fit_reasons
    # A guess adds preparation, never makes a move a step down: zone 2 helpers' work is
    # level with it, not beneath.
    assert all(p.job_zone_step >= 0 for p in repair.pivots), [p.label for p in repair.pivots]
    # In a batch too, beside someone at a zone of their own (one array for both): to a
    # therapist of Therapists, All Other (its specialties: zones 4 and 5), respiratory
    # therapy (zone 3) is still a move at their level, not a step down left out.
    batch = scorer.advise_many(
        [
            standing(matcher, {"29-1129.00": 0.95}, ["patient care"], 60),
            standing(matcher, {"47-2152.00": 0.9}, ["pipefitting"], 40),
        ],
        7,
    )
    guessed = {p.onet_soc: p.job_zone_step for p in batch[0].pivots}
    assert guessed.get("29-1126.00") == 0 and min(guessed.values()) >= 0, guessed
    health = advise(scorer, matcher, {"29-2099.00": 0.95}, ["dialysis", "patient care"], 50, 8)
    for pivot in health.pivots:
        if pivot.onet_soc == "29-2091.00":  # orthotists and prosthetists: a master's
            assert pivot.job_zone_step >= 2, pivot.fit_reasons
