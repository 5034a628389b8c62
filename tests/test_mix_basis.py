"""The mix (how AI touches the work) follows the matched occupations' tasks, with the
person's duty lines counting as tasks beside them, and says where it comes from.

One duty line rated "AI helps" once made a nurse's work "AI helps a person do it 100%"
beside a moderate exposure of 53 that follows the occupation.
"""

from __future__ import annotations

from tui_support import fill_profile, settle

from career_resilience.cli.render import render_text
from career_resilience.contract import Result
from career_resilience.model.formulas import duty_share_of_mix
from career_resilience.model.profile import Profile
from career_resilience.reports import render_result_html, render_result_markdown
from career_resilience.wording import mix_basis

NURSE = ("Registered nurse", ["IV therapy"])


def test_a_few_duty_lines_nudge_the_occupations_mix_and_many_move_it(engine) -> None:
    alone = engine.score(Profile.create(*NURSE))
    one = engine.score(Profile.create(*NURSE, "give medications"))
    assert one.duties[0].kind == "augment"
    # The occupation's own tasks hold all three kinds; one line does not erase them.
    assert alone.mix.untouched > 0.2 and one.mix.untouched > 0.2
    assert alone.mix.augment < one.mix.augment < 1.0
    assert one.mix_from_duties == duty_share_of_mix(1) == 1 / 21
    many = engine.score(Profile.create(*NURSE, "\n".join(["give medications"] * 1 + [
        f"give medications to patient {n}" for n in range(19)])))  # fmt: skip
    readable = sum(d.readable for d in many.duties)
    assert many.mix_from_duties == readable / (readable + 20) >= 0.45
    assert alone.mix_from_duties == 0.0


def test_every_surface_says_where_the_mix_comes_from(engine) -> None:
    duties = "give medications; assess patients; update care plans"
    profile = Profile.create(*NURSE, duties)
    result = engine.score(profile)
    said = mix_basis(result.mix_from_duties, 3, result.occupation_chosen)
    assert said == (
        "From the O*NET tasks of your matched occupations and your 3 duty lines, "
        "which count for 13% of it."
    )
    assert said in " ".join(render_text(result, profile.role, NURSE[1], duties).split())
    md = render_result_markdown(profile.to_dict(), result.to_dict())
    assert said.replace("*", "\\*") in md
    assert said in render_result_html(profile.to_dict(), result.to_dict())
    bare = engine.score(Profile.create("Registered nurse", occupation="29-1141.00"))
    assert "From the O*NET tasks of the occupation you chose." in render_text(
        bare, "Registered nurse"
    ).replace("\n  ", " ")


def test_a_result_saved_before_the_blend_says_its_mix_came_from_the_lines(engine) -> None:
    data = engine.score(Profile.create(*NURSE, "give medications")).to_dict()
    del data["mix_from_duties"]
    old = Result.from_dict(data)
    assert old.mix_from_duties is None
    assert mix_basis(old.mix_from_duties, 1) == "From your one duty line alone."
    assert "From your one duty line alone." in render_result_markdown(
        {"role": "Registered nurse", "skills": [], "duties": "give medications"}, data
    )


async def test_the_app_says_where_the_mix_comes_from(tui_app, screen_text) -> None:
    app = tui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Registered nurse", ["IV therapy"], ["give medications"])
        await pilot.press("ctrl+r")
        await settle(pilot)
        basis = app.screen.query_one("#split-basis")
        basis.scroll_visible(animate=False)
        await pilot.pause()
        # (The app's test model cannot read this line: the mix is the occupations'.)
        assert "From the O*NET tasks of your matched occupations." in screen_text(app, flat=True)
