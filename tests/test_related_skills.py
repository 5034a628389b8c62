"""A typed skill the catalogue does not hold, with no near spelling, names the catalogue
skills related to it on a line of their own ("related in the catalogue").

Since "did you mean" offers only near spellings and the same words (66c331f), a
farmer's "crop rotation" got nothing, though the catalogue holds Crop farming: a coach
read "not in catalogue" and no hint of what to list instead for it to count.
"""

from __future__ import annotations

from tui_support import SIZE, fill_profile, settle

from career_resilience.skills.models import Skill
from career_resilience.skills.related_skills import RelatedSkills


def _skill(name: str, *categories: str) -> Skill:
    return Skill(name.lower().replace(" ", "_"), name, (), categories, "augment")


FARM = "agriculture_outdoors"
SKILLS = [
    _skill("Crop farming", FARM),
    _skill("Pest control", FARM, "construction_trades"),
    _skill("Snow removal", "construction_trades"),
    _skill("Tree surgery", FARM),
    _skill("Crisis intervention", "social_community"),
]


def test_a_related_skill_shares_a_rare_word_and_the_kind_of_work_placed_in():
    related = RelatedSkills(SKILLS)
    assert related.related("crop rotation", {FARM}) == ("Crop farming",)
    assert related.related("pest scouting", {FARM}) == ("Pest control",)
    assert related.related("crisis", {"social_community"}) == ("Crisis intervention",)
    # Before a score, or from another trade: nothing (a joke to the person shown it).
    assert related.related("crop rotation", set()) == ()
    assert related.related("crisis", {FARM}) == ()
    # A shared last word names another thing done to another object.
    assert related.related("tree removal", {FARM, "construction_trades"}) == ("Tree surgery",)
    assert related.related("spot removal", {"construction_trades"}) == ()


async def test_the_form_and_the_result_name_a_related_skill_once_placed(engine):
    from career_resilience.tui.app import make_app
    from career_resilience.tui.widgets.skill_list import SkillList

    def rows(app) -> list[str]:
        return [row.row().plain for row in app.get_screen("profile").query_one(SkillList).rows]

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # "crop planning": the shipped catalogue reads "crop rotation" as Crop farming itself.
        await fill_profile(pilot, "Farmer", ["crop planning", "tractor driving"])
        assert not any("related" in row for row in rows(app))  # not placed yet
        await pilot.press("ctrl+r")
        await settle(pilot)
        unknown = app.screen.query_one("#unrecognised").visual.plain
        assert "crop planning (related in the catalogue: Crop farming)" in unknown
        row = "✕ crop planning  ? not in catalogue (related in the catalogue: Crop farming)"
        assert row in rows(app)
