"""Every duty line a person types is rated and shown: a nurse with fourteen duties sees
fourteen ratings in the CLI and in the report (once reported as "all 12 rated", with
more typed; not reproduced, kept as a guard)."""

from __future__ import annotations

from career_resilience.cli.render import render_text
from career_resilience.model.profile import Profile
from career_resilience.reports import render_result_markdown

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
