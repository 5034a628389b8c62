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
                (w.DETAIL_RESILIENCE, "bold"),
                w.detail_resilience(pivot.resilience, resilience_now) + "   ",
                (w.DETAIL_EXPOSURE, "bold"),
                w.detail_exposure(pivot.exposure, exposure_now) + "   ",
                (w.DETAIL_FIT, "bold"),
                w.percent(pivot.fit),
            ),
            Content.assemble(
                (w.DETAIL_WHY_IT_FITS, "bold"), "; ".join(pivot.fit_reasons) or w.NO_FIT_REASONS
            ),
            Content.assemble(
                (w.DETAIL_OUTLOOK, "bold"),
                w.pivot_projection(pivot.outlook, pivot.bls_change_pct),
                w.detail_job_zone(pivot.job_zone, pivot.job_zone_step),
            ),
            Content.assemble((w.DETAIL_TRADE_OFF, "bold"), pivot.why),
            Content.assemble(
                (w.PIVOT_HELD_LABEL, "bold"),
                ", ".join(pivot.held_skills) if pivot.held_skills else (w.PIVOT_HELD_NONE, "dim"),
            ),
            Content.assemble(
                (w.PIVOT_GAP_LABEL, "bold"),
                (
                    w.skills_to_learn(pivot.gap_skills, pivot.held_skills),
                    "" if pivot.gap_skills else "dim",
                ),
            ),
        ]
    )


def step_title(number: int, step: PlanItem) -> Content:
    """ "2. ○ to do · 3 weeks" or "1. ✓ done" — the mark is a word as well as a colour."""
    if step.done:
        return Content.assemble(f"{number}. ", (w.STEP_DONE, "bold $text-success"))
    return Content.assemble(
        f"{number}. ", (w.STEP_TO_DO, "bold"), (w.step_weeks(step.weeks), "dim")
    )


def step_body(step: PlanItem) -> Content:
    """What to do and what shows it is done."""
    return Content.assemble(
        Content.styled(step.step, "dim" if step.done else ""),
        "\n",
        (w.STEP_EVIDENCE, "italic"),
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
        yield Static(Content.styled(w.NO_PIVOT_SELECTED, "dim"))

    def show(self, pivot: PivotOption | None, resilience_now: float, exposure_now: float) -> None:
        """Display ``pivot`` (or a hint when none is selected)."""
        self.remove_children()
        if pivot is None:
            self.mount(Static(Content.styled(w.NO_PIVOT_SELECTED, "dim")))
            return
        widgets = [
            Static(describe_pivot(pivot, resilience_now, exposure_now)),
            Static(w.plan_head(pivot.plan), classes="plan-head"),
        ]
        for number, step in enumerate(pivot.plan, 1):
            widgets.append(Static(step_title(number, step)))
            widgets.append(Static(step_body(step), classes="step-body"))
        self.mount_all(widgets)
