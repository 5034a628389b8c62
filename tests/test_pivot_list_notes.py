"""The note above a list of pivots and the "what next" line, as a coach would read them:
why a list is short, unsure or all long shots, when a worker need not move, and which
move comes next (the moves themselves are in test_occupation_pivots.py)."""

from __future__ import annotations

import numpy as np
from pivot_support import advise

from career_resilience import wording
from career_resilience.model import formulas
from career_resilience.model.occupation_pivots import (
    UNSURE_LIMIT,
)
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.pivot_texts import what_next
from career_resilience.model.profile import Profile
from career_resilience.skills.occupations import occupation_data


def test_a_short_list_says_why_it_is_short(scorer, matcher):
    """A nursing instructor's own work grows fast (BLS +18%): few moves beat it, and the
    note says so instead of leaving two pivots unexplained."""
    advice = advise(
        scorer,
        matcher,
        {"25-1072.00": 0.95},
        ["nursing education", "clinical teaching", "curriculum development"],
        resilience=60,
    )
    # Their step up into running the programme (it costs resilience) is listed too,
    # and not counted among the moves worth weighing (``pivot_thresholds.NATURAL_STEP``).
    raising = [p.label for p in advice.pivots if p.resilience_change > -2]
    assert 0 < len(raising) < 3, [p.label for p in advice.pivots]
    assert advice.note.startswith(f"Only {len(raising)} "), advice.note
    assert "demand for your own work is growing" in advice.note, advice.note
    # With one or two moves worth weighing, staying is the likelier course: the note
    # says how (it had said so only when no move was listed).
    assert "To stay where you are, keep your" in advice.note, advice.note


def test_a_short_list_of_work_not_growing_says_how_to_stay_resilient(engine):
    """An elementary school teacher (BLS +1%) had one move worth weighing and a note
    saying only that, and where the what-if view is."""
    result = engine.score(Profile.create("Elementary school teacher", "", ""))
    assert result.pivot_note.startswith("Only 1 move is worth weighing"), result.pivot_note
    assert "To stay resilient where you are, keep your licence" in result.pivot_note


def test_an_already_resilient_worker_is_told_so_and_why(scorer, matcher):
    advice = advise(scorer, matcher, {"29-1141.00": 0.8}, ["patient assessment"], resilience=75)
    assert "already among the more resilient, at 75 of 100" in advice.note
    # Registered nursing is projected to grow (BLS +5.6%, shown whole): the reason is named with it.
    assert "demand is growing (BLS projects +6% jobs, 2022-32)" in advice.note
    assert "To stay there" in advice.note


def test_highly_exposed_work_ai_only_speeds_up_is_not_called_resilient(scorer, matcher):
    # A 911 dispatcher (exposure 94) whose typed duties AI only helps with: the work
    # still needs fewer people, so the score stays under 70 and the note does not
    # call it resilient.
    resilience = formulas.resilience(
        np.array([94.0]), np.array([0.0]), np.array([0.55]), formulas.breadth(np.array([7.0]))
    )
    assert resilience[0] < 70
    advice = advise(scorer, matcher, {"43-5031.00": 0.99}, ["radio dispatch"], float(resilience[0]))
    assert "resilient" not in advice.note
    assert "do not need to move" not in advice.note


def test_unsure_placement_gives_a_short_labelled_list(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.25, "43-3011.00": 0.2}, ["Excel"])
    assert len(advice.pivots) <= UNSURE_LIMIT
    assert "confirm your occupation" in advice.note


def test_gibberish_gets_no_confident_pivots(scorer, matcher):
    advice = advise(scorer, matcher, {"27-1011.00": 0.04}, [])
    assert advice.pivots == ()
    assert "confirm your occupation" in advice.note


def test_what_next_names_exactly_the_pivot_ranked_first(scorer, matcher):
    advice = advise(scorer, matcher, {"43-3031.00": 0.7}, ["accounts payable", "Excel"])
    sentence = what_next(advice.pivots, 40.0)
    first, *rest = advice.pivots
    assert first.label in sentence
    assert all(p.label not in sentence for p in rest)


def test_what_next_without_pivots_passes_the_note_on():
    assert what_next((), 70.0, "Your work is already resilient.") == (
        "Your work is already resilient."
    )


def test_a_low_exposure_worker_in_steady_work_need_not_move_and_is_told_why(scorer, matcher):
    advice = advise(scorer, matcher, {"47-2111.00": 1.0}, ["electrical wiring"], resilience=69)
    # Resilience 69 is not called resilient: the note names what makes moving unnecessary.
    assert advice.note.startswith("Little of your work is exposed to AI (")
    assert "you do not need to move" in advice.note
    assert "resilient" not in advice.note
    assert all(p.job_zone_step >= 0 for p in advice.pivots)


def test_a_highly_exposed_worker_is_never_told_to_stay_however_high_the_score(scorer, matcher):
    # A 911 dispatcher (exposure 94) whose broad skills and augmented work give 77.
    skills = ["radio dispatch", "CAD software", "call handling", "Spanish", "first aid"]
    advice = advise(scorer, matcher, {"43-5031.00": 0.95}, skills, resilience=77)
    assert "do not need to move" not in advice.note
    assert "already among the more resilient" not in advice.note
    assert "77 of 100" in advice.note and "94 of 100" in advice.note
    assert "no reason to stay put" in advice.note
    assert "options, not necessities" not in advice.note
    assert len(advice.pivots) >= 3


def test_low_exposure_work_without_a_bls_projection_need_not_move_and_gets_no_long_shots(
    scorer, matcher
):
    """BLS projects home health aides only with personal care aides, so the occupation
    has no projection of its own. Unknown counts as average (as in the resilience
    score): with little exposed work the aide is told they need not move, without an
    outlook figure it does not have, and is not offered long shots as options."""
    assert occupation_data().occupations["31-1121.00"].bls_change_pct is None
    aide = advise(scorer, matcher, {"31-1121.00": 0.99}, ["patient care"], 54.0)
    assert "do not need to move" in aide.note, aide.note
    assert "Little of your work is exposed to AI" in aide.note
    assert "BLS" not in aide.note
    assert all(p.fit >= 0.25 for p in aide.pivots), [(p.label, p.fit) for p in aide.pivots]


def test_what_next_never_puts_a_move_that_lowers_resilience_as_the_next_step(scorer, matcher):
    # A restaurant cook who need not move is offered one step up, head cook, at -15: the
    # result had read "1 pivot ranked for you; the first, ... changes your resilience by
    # −15 points", as if it were what to do next.
    advice = advise(scorer, matcher, {"35-2014.00": 1.0}, ["grill", "food safety"], 65.0)
    (only,) = advice.pivots
    assert only.label == "Chefs and Head Cooks" and only.resilience < 65.0
    sentence = what_next(advice.pivots, 65.0)
    assert "ranked for you" not in sentence and "the first" not in sentence
    assert sentence.startswith("The one pivot listed, Chefs and Head Cooks (fit 70%)")
    assert "−15 points, so it is no step toward more resilience" in sentence


def test_the_note_reads_the_exposure_band_the_score_shows(scorer, matcher):
    # An electrician's work at 39.6 shows "40", the moderate band: the note had called
    # little of it exposed ("Little of your work is exposed to AI (40 of 100)").
    codes = (("47-2111.00", 1.0),)
    skills = [matcher.match("electrical wiring")]
    low = scorer.advise(standing_from(codes, skills, 39.4, 60.0, {"skilled_trades": 1.0}))
    assert low.note.startswith("Little of your work is exposed to AI (39 of 100)")
    edge = scorer.advise(standing_from(codes, skills, 39.6, 60.0, {"skilled_trades": 1.0}))
    assert "Little of your work" not in edge.note and "do not need to move" not in edge.note


def test_what_next_never_says_none_raises_resilience_above_moves_that_do():
    # An AP clerk's office-supervisor step up (-1) ranks above long shots at +24 to +34:
    # "None of the 5 pivots listed raises your resilience" contradicted the table.
    from career_resilience.model.result import PivotOption

    def option(label: str, after: float, fit: float) -> PivotOption:
        return PivotOption("x", label, "admin_clerical", 80.0, after, fit, (), (), (), "", "")

    pivots = (
        option("Office supervisors", 38.0, 0.42),
        option("Data steward", 63.0, 0.16),
        option("Accountants", 60.0, 0.18),
    )
    sentence = what_next(pivots, 38.7)
    assert "None of the" not in sentence
    assert sentence.startswith("The first of the 3 pivots listed, Office supervisors (fit 42%)")
    assert "by −1 point, so it is no step toward more resilience" in sentence
    assert sentence.endswith(
        "2 of the others would raise it; the first of them, Data steward (fit 16%), by +24 points."
    )
    # One that does is named alone, not as "the first of them" (a taxidermist, a
    # longshoreman: "1 of the others would raise it; the first of them, ...").
    assert what_next(pivots[:2], 38.7).endswith(
        "The other, Data steward (fit 16%), would raise it by +24 points."
    )
    one_of_three = (pivots[0], pivots[0], pivots[1])
    assert what_next(one_of_three, 38.7).endswith(
        "One of the others, Data steward (fit 16%), would raise it by +24 points."
    )
    # When none does, it still says so.
    assert what_next(pivots[:1] * 2, 38.7).startswith("None of the 2 pivots listed")


def test_a_list_mostly_of_long_shots_says_why_above_it(scorer, matcher, engine):
    # An AP clerk's nearest moves had been into shrinking clerical work: after the office
    # supervisor's step up, every move was a long shot, and the list had said nothing.
    # (Out of shrinking work, loan interviewing, fit 71%, is a move since 2026-12-06;
    # a kitchen's manager, whose cooking is the work they oversee, has such a list:
    # placed with food service managers since the retrain of 20:07, whose column agrees
    # with the hospitality work they manage.)
    # (Since session 34's ties weighed by the title's likelihood, a kitchen manager is
    # surer of food service managers, 63%, whose list is one good move; a pharmacy
    # technician's nearest moves, up in health work, are mostly long shots.)
    profile = Profile.create("Pharm tech", "", "")
    result = engine.score(profile)
    assert result.occupations[0].onet_soc == "29-2052.00"
    shots = [p for p in result.pivots if wording.reads_long_shot(p.fit_reasons)]
    assert 2 * len(shots) > len(result.pivots), [p.label for p in result.pivots]
    assert result.pivot_note.startswith(
        f"{len(shots)} of the {len(result.pivots)} moves below are long shots (fit under 25%)"
    )
    # A plumber's list fits: no such note.
    plumber = [matcher.match(s) for s in ["pipefitting", "soldering"]]
    calm = scorer.advise(standing_from((("47-2152.00", 0.96),), plumber, 17.0, 40.0, {}))
    assert calm.pivots and "long shots" not in calm.note


def test_a_list_of_only_moves_up_says_why_moves_at_your_level_were_left_out(scorer, matcher):
    # An elementary teacher's related moves at their own job zone are all dropped by the
    # rules (other teaching jobs: the same job elsewhere; tutoring: no safer, no gain),
    # so every move listed asks a graduate degree; the note above the list says why.
    teacher = advise(scorer, matcher, {"25-2021.00": 0.95}, ["lesson planning"])
    assert teacher.pivots and all(p.job_zone_step > 0 for p in teacher.pivots)
    assert "Every move listed asks more preparation than your work." in teacher.note
    assert "at your job zone or below were left out: each is the same job elsewhere" in (
        teacher.note
    )
    # A list with a move at the person's own level says nothing of the kind.
    cashier = advise(scorer, matcher, {"41-2011.00": 0.95}, ["cash handling"])
    assert any(p.job_zone_step <= 0 for p in cashier.pivots)
    assert "more preparation than your work" not in cashier.note


def test_what_next_tells_one_who_need_not_move_the_list_is_options():
    # A hair stylist at 59, told they need not move, read "so it is no step toward more
    # resilience ... see in the what-if view which new skills would raise your score".
    from career_resilience.model.result import PivotOption

    def option(label: str, after: float, fit: float) -> PivotOption:
        return PivotOption("x", label, "personal_care", 30.0, after, fit, (), (), (), "", "")

    note = "Your work is already among the more resilient ... You do not need to move."
    pivots = (option("Skincare Specialists", 58.4, 0.8), option("Supervisors", 49.6, 0.65))
    sentence = what_next(pivots, 59.0, note)
    assert sentence == (
        "You do not need to move, so the 2 pivots listed are options and none raises your "
        "resilience: the first, Skincare Specialists (fit 80%), would change it by −1 point; "
        "weigh it for what else it offers."
    )
    assert "what-if" not in what_next(pivots[1:], 59.0, note)
    # Without that note, the sentence still points to the what-if view.
    assert "what-if" in what_next(pivots, 59.0)


def test_an_ai_era_note_cites_the_article_its_outlook_cites(engine):
    """An AI engineer's outlook line cites the AI-era category's article, while the note
    above their pivots said "demand is growing (BLS projects +25% jobs, 2022-32)", the
    figure of the anchors (software developers): one claim, two sources. The note says
    the outlook's own word and cites the article."""
    from career_resilience.model.profile import Profile

    skills = "Python; LLM APIs; retrieval-augmented generation; AI agents; Docker; SQL"
    result = engine.score(Profile.create("AI engineer", skills))
    assert result.outlook == "growing"
    assert f"demand is growing ({wording.ARTICLE_OUTLOOK})" in result.pivot_note
    assert "BLS" not in result.pivot_note
    nurse = engine.score(Profile.create("Registered nurse", "patient assessment; ACLS"))
    assert wording.ARTICLE_OUTLOOK not in nurse.pivot_note


def test_a_worker_in_growing_work_with_no_move_is_told_how_to_stay(scorer, matcher):
    """A veterinarian (resilience 69, just under "resilient"; BLS +20%) has no move: every
    candidate is more exposed work (human medicine, science, teaching: 70 to 94 against
    45) or their own with less scope. The note had sent them to the what-if view; it says
    their work is growing and how to stay where they are."""
    advice = advise(scorer, matcher, {"29-1131.00": 0.99}, ["surgery"], resilience=69)
    assert advice.pivots == ()
    assert advice.note.startswith("No move here raises your resilience enough"), advice.note
    assert "demand for your own work is growing (BLS projects +20% jobs" in advice.note
    assert "To stay where you are, keep your licence and training current" in advice.note
    assert "what-if" not in advice.note


def test_a_list_half_long_shots_says_so(engine):
    # A hotel manager's list (event planning, an AI programme role and two long shots at
    # fit 3-5%) read with no note: "most of the list" had meant more than half of it.
    # (Those two shots had nothing to point to and are gone, ``pivot_thresholds.FALLBACK_FIT``;
    # a proofreader's list is all long shots.)
    from career_resilience.model.profile import Profile

    result = engine.score(Profile.create("Proofreader", "proofreading; grammar", ""))
    shots = [p for p in result.pivots if wording.reads_long_shot(p.fit_reasons)]
    assert len(shots) >= 2 and 2 * len(shots) >= len(result.pivots), [
        p.label for p in result.pivots
    ]
    assert result.pivot_note.startswith(f"{len(shots)} of the {len(result.pivots)} moves below")


def test_only_licensed_work_is_told_to_keep_its_licence_current(scorer, matcher):
    # A referee (no licence) who need not move was told to "keep your licence and training
    # current"; a truck driver (the CDL) still is.
    referee = advise(scorer, matcher, {"27-2023.00": 0.99}, ["officiating"], resilience=66)
    assert "keep your training and any certificates current" in referee.note, referee.note
    assert "licence" not in referee.note
    driver = advise(scorer, matcher, {"53-3032.00": 0.99}, ["CDL"], resilience=66)
    assert "keep your licence and training current" in driver.note, driver.note


def test_what_next_to_one_who_need_not_move_calls_the_list_options(engine):
    # A plumber told "you do not need to move" had read, right under it, "What next: 5
    # pivots ranked for you; the first, ... changes your resilience by +5 points".
    result = engine.score(Profile.create("Plumber", "pipe fitting; soldering; boilers"))
    assert "do not need to move" in result.pivot_note
    first = result.pivots[0]
    assert first.resilience > result.resilience
    sentence = what_next(result.pivots, result.resilience, result.pivot_note)
    assert "ranked for you" not in sentence
    assert sentence.startswith("You do not need to move; if you want a change, ")
    assert (
        f"the first, {first.label} (fit " in sentence and "would raise your resilience" in sentence
    )


def test_an_empty_list_in_work_not_growing_says_how_to_stay(engine):
    """A police supervisor (BLS not growing) has no move that raises resilience: the
    note had only pointed to the what-if view; it now says how to stay resilient there
    first, as it does to one whose work is growing."""
    result = engine.score(Profile.create("First-Line Supervisors of Police and Detectives"))
    assert not result.pivots
    note = result.pivot_note
    assert note.startswith("No move here raises your resilience enough")
    # (Police supervisors are sworn officers: their state certification is a licence.)
    assert "To stay resilient where you are, keep your licence and training" in note
    assert "the what-if view shows which new skills would open moves." in note
    # Then what the rules left out at their level, and why (the coach's "why not?").
    assert "The rules left out the " in note, note
