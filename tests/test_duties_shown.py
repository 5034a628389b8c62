"""Every duty line a person types is rated and shown: a nurse with fourteen duties sees
fourteen ratings in the CLI and in the report (once reported as "all 12 rated", with
more typed; not reproduced, kept as a guard)."""

from __future__ import annotations

import json

import pytest

from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.reports import render_result_markdown

# In-process CLI runs score with the session's engine (conftest.engine_loaded_once).
pytestmark = pytest.mark.usefixtures("engine_loaded_once")

NURSE_DUTIES = [
    "Assess patients on admission",
    "Give medications and IV infusions",
    "Chart vitals and notes in Epic",
    "Educate patients and families about discharge",
    "Coordinate with physicians on care plans",
    "Monitor telemetry",
    "Dress wounds",
    "Triage walk-in patients",
    "Supervise nursing assistants",
    "Draw blood for lab tests",
    "Respond to rapid response calls",
    "Update the whiteboard with bed status",
    "Order supplies for the unit",
    "Train new graduate nurses",
]


def test_a_nurse_with_fourteen_duties_sees_each_rated(engine) -> None:
    duties = "\n".join(f"- {line}" for line in NURSE_DUTIES)
    skills = ["patient assessment", "IV therapy", "Epic"]
    profile = Profile.create("Registered nurse", skills, duties)
    result = engine.score(profile)
    assert [d.text for d in result.duties] == NURSE_DUTIES
    assert all(d.exposure is not None for d in result.duties)
    text = " ".join(render_text(result, profile.role, skills, duties).split())
    report = render_result_markdown(profile.to_dict(), result.to_dict())
    for line in NURSE_DUTIES:
        assert f"{line}:" in text  # "Dress wounds: 4 · AI leaves it alone · …"
        assert f"| {line} |" in report


def test_the_automation_scale_is_explained_wherever_levels_are_shown(engine) -> None:
    # "automation T1" beside a duty meant nothing to a worker without its scale.
    from career_resilience.reports import render_result_html
    from career_resilience.wording import AUTOMATION_SCALE

    duties = "Drive students to and from school\nInspect the bus before each trip"
    profile = Profile.create("School bus driver", ["first aid"], duties)
    result = engine.score(profile)
    text = " ".join(render_text(result, profile.role, ["first aid"], duties).split())
    report = render_result_markdown(profile.to_dict(), result.to_dict())
    page = render_result_html(profile.to_dict(), result.to_dict())
    for surface in (text, report, page):
        assert "automation T" in surface
        assert "T0 none of it, T4 all of it" in surface
    assert AUTOMATION_SCALE in report
    no_duties = Profile.create("School bus driver", ["first aid"])
    plain = engine.score(no_duties)
    assert "T0 none of it" not in render_text(plain, no_duties.role)


async def test_the_result_screen_explains_the_automation_scale(tui_app, engine) -> None:
    from tui_support import SIZE, fill_profile, settle

    from career_resilience.tui.widgets.bars import DutyBars

    app = tui_app(lambda: engine)  # the shipped duty model (the tiny one rates no line)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "School bus driver", ["first aid"], ["Inspect the bus"])
        await pilot.press("ctrl+r")
        await settle(pilot)
        shown = " ".join(app.screen.query_one(DutyBars).render_for(70).plain.split())
        assert "automation T" in shown and "T0 none of it, T4 all of it" in shown


def test_duties_typed_on_one_line_with_semicolons_are_rated_one_by_one(
    engine, tmp_path, capsys
) -> None:
    # `--duties "a; b; c"` was one duty ("give medications; assess patients; ...: 48"),
    # while skills split on semicolons; the CLI, the batch file and the app (which all
    # build a Profile) now split duties the same way, and count them so for the limit.
    from career_resilience.cli import main
    from career_resilience.sanitise import MAX_DUTY_LINES

    lines = ["give medications", "assess patients", "update care plans"]
    typed = Profile.create("Registered nurse", ["IV therapy"], "; ".join(lines))
    one_a_line = Profile.create("Registered nurse", ["IV therapy"], "\n".join(lines))
    assert [d.text for d in engine.score(typed).duties] == lines
    assert engine.score(typed).to_dict() == engine.score(one_a_line).to_dict()
    rows = tmp_path / "people.csv"
    rows.write_text('role,duties\nRegistered nurse,"give medications; assess patients"\n')
    out = tmp_path / "out.jsonl"
    assert main(["score", "--input", str(rows), "--output", str(out), "--jobs", "1"]) == 0
    assert [d["text"] for d in json.loads(out.read_text())["duties"]] == lines[:2]
    capsys.readouterr()
    too_many = "; ".join(["sweep"] * (MAX_DUTY_LINES + 1))
    with pytest.raises(ProfileError, match=f"more than {MAX_DUTY_LINES} lines"):
        Profile.create("Cleaner", [], too_many)


def test_a_duty_ai_could_do_alone_never_reads_as_half_automated(engine) -> None:
    # A dentist's "write treatment plans and chart notes" read "98 · AI could do it
    # alone · automation T2" beside the scale's "T0 none of it, T4 all of it": alone,
    # yet half. Its expected level (2.43) lies between T2 and T3, and is said so.
    from career_resilience.wording import duty_summary

    assert duty_summary(98.0, 2.43, "substitute") == (
        "98 · AI could do it alone · automation T2–T3"
    )
    assert duty_summary(98.0, 2.9, "substitute").endswith("automation T3")
    assert duty_summary(58.0, 2.25, "augment").endswith("automation T2")  # no such claim
    # Invented workers' lines, far from any one job: none AI could do alone reads T0-T2.
    lines = [
        "enter invoices into the ledger",
        "draft contracts for review",
        "write treatment plans and chart notes",
        "answer customer emails",
        "translate product manuals",
        "code medical records for billing",
        "write product descriptions",
        "log calls in the CRM",
    ]
    result = engine.score(Profile.create("Office worker", ["Excel"], "\n".join(lines)))
    text = render_text(result, "Office worker", ["Excel"], "\n".join(lines))
    alone = [d for d in result.duties if d.kind == "substitute"]
    assert alone  # the guard reads something
    for duty in alone:
        shown = duty_summary(duty.exposure, duty.automation, duty.kind)
        assert not shown.endswith(("automation T0", "automation T1", "automation T2"))
        assert " ".join(shown.split()) in " ".join(text.split())
