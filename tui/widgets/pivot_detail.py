"""One pivot in full: why it is a safer place, the skill gap, and the learning plan."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalGroup
from textual.content import Content
from textual.widgets import Static

from career_resilience import wording as w
from career_resilience.model.result import PivotOption, PlanItem


def describe_pivot(pivot: PivotOption, resilience_now: float, exposure_now: float) -> Content:
    """The pivot's summary, numbers, reasons and skills (everything but the plan)."""
    return Content("\n").join(
        [
            Content.styled(pivot.label, "bold $text-accent"),
            Content(pivot.summary),
            Content.assemble(
                ("Resilience ", "bold"),
                f"{w.score(pivot.resilience)} ({w.score_change(pivot.resilience, resilience_now)} "
                f"from {w.score(resilience_now)})   ",
                ("Exposure ", "bold"),
                f"{w.score(pivot.exposure)} ({w.score_change(pivot.exposure, exposure_now)})   ",
                ("Fit ", "bold"),
                w.percent(pivot.fit),
            ),
            Content.assemble(("Why it fits: ", "bold"), "; ".join(pivot.fit_reasons) or "—"),
            Content.assemble(
                ("Outlook: ", "bold"),
                w.pivot_projection(pivot.outlook, pivot.bls_change_pct),
                f"   job zone {pivot.job_zone}" if pivot.job_zone else "",
                f" ({w.signed(pivot.job_zone_step, 0)} from yours)" if pivot.job_zone else "",
            ),
            Content.assemble(("Trade-off: ", "bold"), pivot.why),
            Content.assemble(
                (w.PIVOT_HELD_LABEL, "bold"),
                ", ".join(pivot.held_skills) if pivot.held_skills else (w.PIVOT_HELD_NONE, "dim"),
            ),
            Content.assemble(
                (w.PIVOT_GAP_LABEL, "bold"),
                ", ".join(pivot.gap_skills)
                if pivot.gap_skills
                # With nothing held either, "you have them" would contradict the line above.
                else (w.NO_GAP_SKILLS if pivot.held_skills else w.NO_SKILLS_LISTED, "dim"),
            ),
        ]
    )


def step_title(number: int, step: PlanItem) -> Content:
    """ "2. ○ to do · 3 weeks" or "1. ✓ done" — the mark is a word as well as a colour.
    A done step shows no weeks: "✓ done · 0.5 weeks" read as time still to spend."""
    if step.done:
        return Content.assemble(f"{number}. ", ("✓ done", "bold $text-success"))
    return Content.assemble(
        f"{number}. ", ("○ to do", "bold"), (f" · {w.weeks(step.weeks)}", "dim")
    )


def step_body(step: PlanItem) -> Content:
    """What to do and what shows it is done."""
    return Content.assemble(
        Content.styled(step.step, "dim" if step.done else ""),
        "\n",
        ("Shows it: ", "italic"),
        (step.evidence, "dim"),
    )


class PivotDetail(VerticalGroup):
    """The highlighted pivot, with its plan as a checklist (wrapped lines stay indented)."""

    DEFAULT_CSS = """
    PivotDetail .plan-head {
        margin-top: 1;
        text-style: bold;
    }
    PivotDetail .step-body {
        padding-left: 3;
    }
    """

    def compose(self) -> ComposeResult:
        """Filled by :meth:`show`."""
        yield Static(Content.styled("Select a pivot to see the skills and the plan.", "dim"))

    def show(self, pivot: PivotOption | None, resilience_now: float, exposure_now: float) -> None:
        """Display ``pivot`` (or a hint when none is selected)."""
        self.remove_children()
        if pivot is None:
            self.mount(
                Static(Content.styled("Select a pivot to see the skills and the plan.", "dim"))
            )
            return
        widgets = [
            Static(describe_pivot(pivot, resilience_now, exposure_now)),
            Static(w.plan_head(pivot.plan), classes="plan-head"),
        ]
        for number, step in enumerate(pivot.plan, 1):
            widgets.append(Static(step_title(number, step)))
            widgets.append(Static(step_body(step), classes="step-body"))
        self.mount_all(widgets)
