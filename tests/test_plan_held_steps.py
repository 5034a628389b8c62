"""A plan's step for a skill already held reads as done, not as done and to do at once.

Seen in tmux (issue 11): a commis chef's move read "1. ✓ done · 0.5 weeks / Cooking:
you already do this. Write down one piece of work that shows it." under "Learning plan:
about 30 weeks left of 30.5"; with nothing done the head read "about 31 weeks left of 31
weeks", and the report gave the done step "(0.5 weeks)" beside "Already done.".
"""

from __future__ import annotations

from career_resilience import wording
from career_resilience.model.profile import Profile
from career_resilience.model.result import PlanItem
from career_resilience.reports.content import PlanStep
from career_resilience.tui.widgets.pivot_detail import step_title

HELD = PlanItem("Cooking: you already do this.", 0.5, "An example.", ("cooking",), True)
LEARN = PlanItem("Learn Table service.", 1.0, "A checked piece.", ("service",), False)
TALK = PlanItem("Talk to two cooks.", 2.0, "Notes.", (), False)


def test_a_held_skills_step_says_only_that_it_is_held(engine) -> None:
    result = engine.score(Profile.create("Commis chef", "cooking; knife skills; food hygiene"))
    done = [step for pivot in result.pivots for step in pivot.plan if step.done]
    assert done, "a commis chef is expected to hold a move's core skill (cooking)"
    for step in done:
        assert step.step.endswith(("you already do this.", "you already use it.")), step.step
        assert "Write down" not in step.step and "Name it on your CV" not in step.step
        assert "for your CV" in step.evidence  # what shows it stays


def test_the_app_gives_no_weeks_to_a_done_step_and_counts_those_to_go() -> None:
    assert step_title(1, HELD).plain == "1. ✓ done"
    assert step_title(2, LEARN).plain == "2. ○ to do · 1 week"
    assert wording.plan_head((HELD, LEARN, TALK)) == (
        "Learning plan: about 3 weeks to go (1 step already done)"
    )
    assert wording.plan_head((LEARN, TALK)) == "Learning plan: about 3 weeks"
    assert wording.plan_head((HELD,)) == "Learning plan: every step already done"


def test_a_report_gives_no_weeks_to_a_done_step() -> None:
    done = PlanStep(HELD.step, HELD.weeks, HELD.evidence, True)
    assert (
        done.text == "Cooking: you already do this. Evidence it is done: An example. Already done."
    )
    todo = PlanStep(TALK.step, TALK.weeks, TALK.evidence)
    assert todo.text == "Talk to two cooks (2 weeks). Evidence it is done: Notes."


def test_a_session_saved_before_the_change_reads_its_done_steps_in_todays_words(engine) -> None:
    # A session saved in session 23 before c6bea6a stores the to-do after "done"; its
    # record and reports read the stored result back (contract_read).
    from career_resilience.contract import Result
    from career_resilience.contract_read import stored_plan
    from career_resilience.reports.markdown import render_result_markdown

    saved = engine.score(Profile.create("Commis chef", "cooking; knife skills")).to_dict()
    old = {
        "Cooking: you already do this.": (
            "Cooking: you already do this. Write down one piece of work that shows it."
        ),
        "Excel: you already use it.": (
            "Excel: you already use it. Name it on your CV with what you do with it."
        ),
    }
    pivot = saved["pivots"][0]
    pivot["plan"] = [
        {"step": stored, "weeks": 0.5, "evidence": "An example.", "skills": [], "done": True}
        for stored in old.values()
    ] + [
        # A step still to do keeps its words, whatever they end with.
        {
            "step": "Learn it. Write down one piece of work that shows it.",
            "weeks": 2.0,
            "evidence": "A piece.",
            "skills": [],
            "done": False,
        },
    ]
    read = Result.from_dict(saved).pivots[0].plan
    assert [step.step for step in read] == [*old, pivot["plan"][2]["step"]]
    assert [step.step for step in stored_plan(pivot)] == [step.step for step in read]
    report = render_result_markdown({"role": "Commis chef"}, saved)
    assert "do this. Write down" not in report and "use it. Name it" not in report
    assert "Cooking: you already do this." in report


def test_a_step_that_names_alternatives_is_done_by_either(engine):
    # The practical nurse plan's "Add a specialty skill valued by employers, such as IV
    # therapy or phlebotomy" had stayed to do for a paramedic who starts IVs: it asked
    # both skills. One of them is the step.
    medic = engine.score(
        Profile.create("Paramedic", "advanced life support; IV starts; cardiac monitoring")
    )
    lpn = next(p for p in medic.pivots if p.label.startswith("Licensed practical"))
    specialty = next(step for step in lpn.plan if "such as IV therapy" in step.step)
    assert specialty.done
    assert not next(step for step in lpn.plan if "licensing exam" in step.step).done
