"""Plain-text rendering of a result for the terminal (``resilience score`` without --json)."""

from __future__ import annotations

import textwrap

from career_resilience.model.result import EXPOSURE_MEANING, Result, percent_sure

WIDTH = 78


def _bar(value: float, width: int = 20) -> str:
    filled = round(max(0.0, min(100.0, value)) / 100 * width)
    return "█" * filled + "·" * (width - filled)


def render_text(result: Result, role: str) -> str:
    """A readable report: score and meaning first, then why, then what to do next."""
    lo, hi = result.interval
    top = result.top_category
    out = [
        f"{role}",
        f"  placed in: {top.label} ({percent_sure(top.probability)} sure"
        + ("; chosen by you)" if result.category_chosen else ")"),
        "",
        f"  AI exposure  {result.exposure:5.1f}/100  {_bar(result.exposure)}  {result.band}"
        f"  (likely {lo:.0f}–{hi:.0f})",
        f"  Resilience   {result.resilience:5.1f}/100  {_bar(result.resilience)}  "
        f"outlook {result.outlook}",
        "",
        *textwrap.wrap(EXPOSURE_MEANING, WIDTH, initial_indent="  ", subsequent_indent="  "),
        "",
        f"  Work AI tends to substitute {result.mix.substitute:.0%}, augment "
        f"{result.mix.augment:.0%}, leave alone {result.mix.untouched:.0%}.",
    ]
    if result.drivers:
        out += ["", "  What moves the score (points):"]
        out += [f"    {d.effect:+5.1f}  {d.feature}" for d in result.drivers]
    if result.duties:
        out += ["", "  Your duties, one by one:"]
        for d in result.duties:
            text = textwrap.shorten(d.text, 52, placeholder="…")
            out.append(f"    {d.exposure:5.1f}  {d.share:4.0%} of exposure  {text}")
    if result.unrecognised_skills:
        out += ["", "  Skills not in the catalogue (kept, not scored as skills):"]
        for skill in result.unrecognised_skills:
            hint = result.suggestions.get(skill)
            out.append(f"    {skill}" + (f"  (did you mean: {', '.join(hint)}?)" if hint else ""))
    if result.pivots:
        out += ["", "  Where you could pivot (ranked):"]
        for i, p in enumerate(result.pivots, 1):
            out.append(f"  {i}. {p.label}")
            out.append(
                f"     fit {p.fit:.0%} · resilience {p.resilience:.0f} (now "
                f"{result.resilience:.0f}) · exposure {p.exposure:.0f} · about "
                f"{p.plan_weeks:.0f} weeks of learning"
            )
            if p.gap_skills:
                gap = ", ".join(p.gap_skills)
                out += textwrap.wrap(
                    f"to learn: {gap}", WIDTH, initial_indent="     ", subsequent_indent="       "
                )
        out += ["", "  Run with --json for the full learning plans, or open the app: resilience"]
    else:
        out += [
            "",
            *textwrap.wrap(
                "No pivot we know of would make you more resilient from where you stand: "
                "your work is already well placed. Deepen it, and watch the duties above "
                "that AI can do, since those are the parts of the job that will change.",
                WIDTH, initial_indent="  ", subsequent_indent="  ",
            ),
        ]  # fmt: skip
    out += ["", f"  model {result.model_version}"]
    return "\n".join(out)
