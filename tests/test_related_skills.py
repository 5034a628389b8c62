"""A typed skill the catalogue does not hold, with no near spelling, names the catalogue
skills related to it on a line of their own ("related in the catalogue").

Since "did you mean" offers only near spellings and the same words (66c331f), a
farmer's "crop rotation" got nothing, though the catalogue holds Crop farming: a coach
read "not in catalogue" and no hint of what to list instead for it to count.
"""

from __future__ import annotations

from tui_support import SIZE, fill_profile, score_profile, settle

from career_resilience.skills.models import Skill
from career_resilience.skills.related_skills import Near, RelatedSkills


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


def test_the_persons_own_work_outranks_another_speciality_of_the_same_word():
    """Where one catalogue skill sharing the typed word is the work of an occupation
    listed for the person, another occupation's speciality of that word is not named; a
    skill no occupation claims, or nothing to judge by, names both."""
    guard = "protective_services"
    related = RelatedSkills(
        [_skill("Death investigation", guard), _skill("Private investigation", guard)]
    )
    own = {"Private investigation": Near.OWN, "Death investigation": Near.OTHERS}
    assert related.related("investigations", {guard}, own.__getitem__) == ("Private investigation",)
    neither = {"Private investigation": Near.OTHERS, "Death investigation": Near.OTHERS}
    both = ("Death investigation", "Private investigation")
    assert related.related("investigations", {guard}, neither.__getitem__) == both
    unclaimed = {"Private investigation": Near.OWN, "Death investigation": Near.UNCLAIMED}
    assert related.related("investigations", {guard}, unclaimed.__getitem__) == both
    assert related.related("investigations", {guard}) == both


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


def test_a_related_skill_names_work_near_the_occupation_placed_in(engine):
    """A shared word can carry another sense inside one kind of work: a referee's "game
    management" and Game development (video games) are both arts and performance. The
    catalogue skill's own names, read as job titles, say whose work it is."""
    from career_resilience.model.profile import Profile
    from career_resilience.tui.session import listed_codes

    def related(role: str, skill: str) -> tuple[str, ...]:
        result = engine.score(Profile.create(role, skill, ""))
        assert skill in result.unrecognised_skills
        kinds = frozenset(c.id for c in result.categories[:1])
        codes = listed_codes(result)
        return engine.matcher.related(skill, kinds, lambda n: engine.skill_work.judge(n, codes))

    assert related("Referee", "game management") == ()
    assert related("Zookeeper", "animal enrichment") == ()
    # The same skills for the work they name, and a related skill of one's own trade.
    assert related("Video game designer", "game design") == ("Game development",)
    assert related("Animal control officer", "animal capture") == ("Animal control",)
    assert related("Farmer", "crop planning") == ("Crop farming",)
    # Another trade's work inside the kind of work: Stage management is lighting and
    # audio-visual technicians' (core skills), no work O*NET relates to acting; Death
    # investigation a coroner's, beside a private investigator's own Private investigation.
    assert related("Actor", "stage combat") == ()
    assert related("Comedian", "stage banter") == ()
    assert related("Stage manager", "stage cues") == ("Stage management",)
    assert related("Private investigator", "investigations") == ("Private investigation",)
    # The work of an occupation the result lists is near, whatever its title cosine.
    assert related("Nursing instructor", "online modules") == ("Online course delivery",)
    near = engine.skill_work.near
    assert not near("Game development", ["27-2023.00"])  # umpires and referees
    assert near("Game development", ["15-1255.01"])  # video game designers
    assert near("Game development", [])  # placed nowhere: nothing to judge


async def test_the_result_names_no_related_skill_of_another_sense(engine):
    from career_resilience.tui.app import make_app

    app = make_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Sports coach", ["game strategy", "player development"])
        unknown = app.screen.query_one("#unrecognised").visual.plain
        assert "game strategy" in unknown
        assert "Game development" not in unknown
