"""A move into an occupation whose O*NET titles include the title the person typed is work
their title names: its work counts as half shared (``pivot_scoring.TITLED``)."""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile
from career_resilience.skills.listed_titles import codes_listing

PASTRY_CHEF = Profile.create("Pastry chef", "baking; cake decorating", "make pastries and cakes")


def test_a_title_listed_under_two_occupations_names_both() -> None:
    assert codes_listing("Pastry  chef") == ("35-1011.00", "51-3011.00")
    # O*NET's short forms are not titles of the work: "CNA" is listed under nursing
    # assistants and under surgical assistants.
    assert codes_listing("CNA") == ()
    assert codes_listing("Data wrangler extraordinaire") == ()


def test_a_pastry_chefs_bakery_work_fits_as_work_her_title_names(engine) -> None:
    """Placed 85% chefs and head cooks, a pastry chef's bakery work had read as sharing
    33% of its activities with hers (menus and kitchen staff): fit 28-30%, below the
    long-shot line in spirit. O*NET lists "Pastry Chef" under bakers too."""
    pivots = engine.score(PASTRY_CHEF).to_dict()["pivots"]
    bakers = next(p for p in pivots if p["onet_soc"] == "51-3011.00")
    assert bakers["fit"] >= 0.6, bakers["fit_reasons"]
    first = bakers["fit_reasons"][0]
    assert first.startswith(wording.TITLED_FIT), first
    # The raw share is still said, without a rank it no longer reads from.
    assert "shares" in first and "closer than" not in first


def test_the_same_title_in_a_batch_gives_the_same_pivots(engine) -> None:
    one = engine.score(PASTRY_CHEF).to_dict()["pivots"]
    other = Profile.create("Line cook", "grill", "cook orders on the line")
    batch = engine.score_many([other, PASTRY_CHEF, other])
    assert batch[1].to_dict()["pivots"] == one


def test_a_title_no_related_occupation_lists_changes_nothing(engine) -> None:
    """A title O*NET lists under one occupation only (the person's own) reads as before:
    no pivot's fit line claims the title."""
    pivots = engine.score(Profile.create("Roofer", "shingles")).to_dict()["pivots"]
    assert pivots
    assert not any(p["fit_reasons"][0].startswith(wording.TITLED_FIT) for p in pivots)


def test_a_hand_written_role_anchored_in_the_titled_occupation_does_not_claim_the_title(
    engine,
) -> None:
    """O*NET lists "Web Developer" under web developers, the first anchor of the AI-era
    role "AI application engineer (web)": the role is not that occupation, so its fit
    line says what part of it is the person's own, not that O*NET lists their title."""
    web = Profile.create("Web developer", "html; javascript")
    pivots = engine.score(web).to_dict()["pivots"]
    roles = [p for p in pivots if p["kind"] != "related"]
    assert roles
    assert not any(p["fit_reasons"][0].startswith(wording.TITLED_FIT) for p in roles)
