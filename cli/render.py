"""Plain-text rendering of a result for the terminal (``resilience score`` without --json)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from career_resilience import wording as w
from career_resilience.model.driver_lines import readable_drivers, total_line, typed_fields
from career_resilience.model.pivot_texts import what_next
from career_resilience.model.result import Result
from career_resilience.wording import wrap_kept

WIDTH = 78


def _occupation_lines(result: Result) -> list[str]:
    """The matched occupations (the first, and up to two more at 1% or above), the first
    with its published figures."""
    if not result.occupations:
        return []
    first, nearest = result.occupations[0], result.occupations_nearest
    chosen = result.occupation_chosen
    # Why the title did not place them ("Unemployed" says a situation), above the list
    # its skills and duties gave.
    out = _wrapped(result.title_note, "  ", "  ")
    out += ["  " + w.occupation_heading(first.probability, chosen, nearest=nearest)]
    for o in w.listed_occupations(result.occupations, lambda o: o.probability):
        line = w.occupation_line(
            o.onet_soc, o.title, o.probability, o.consensus_pct, chosen, nearest
        )
        # A long O*NET title wraps under itself (after the code), never inside "(95%)"
        # or "research percentile 16".
        out += _kept_together(line, "    ", " " * (4 + len(o.onet_soc) + 2), _OCCUPATION_PARTS)
        figures = w.index_line(o.indices) if o is first else ""
        if figures:
            # Right under the first one: they are its indices alone (under the list, a
            # home care worker read Home Health Aides' two β as all three occupations').
            out += _kept_together(figures, "      ", "      ", " · ")
    return out


#: Where an occupation line's parts meet ("code  title  (95%)  research percentile 16").
_OCCUPATION_PARTS = "  "


def _kept_together(text: str, first: str, rest: str, separator: str) -> list[str]:
    """``text`` wrapped to the width at words, each short part kept whole."""
    return wrap_kept(text, WIDTH, first, rest, separator)


def _exposure_lines(result: Result) -> list[str]:
    """The exposure gauge, and under it (aligned with the score) how sure it is: on one
    line the two ran to 118 columns and the terminal cut a word."""
    lo, hi = result.interval
    likely = w.likely_range(lo, hi)
    if result.interval_level:
        likely += f"; {w.interval_holds(result.interval_level)}"
    head = "  AI exposure  "
    return [
        f"{head}{w.score(result.exposure):>3} / 100  {w.text_bar(result.exposure)}  {result.band}",
        *_wrapped(likely, " " * len(head), " " * len(head)),
    ]


def render_text(result: Result, role: str, skills: Sequence[str] = (), duties: str = "") -> str:
    """A readable report: score and meaning first, then why, then what to do next.

    ``skills`` and ``duties`` are what the person typed: drivers are shown in their words
    (model/driver_lines.py, the same lines as the app and the reports). Figures are
    read at the decimals the saved result keeps, so a report of it says the same.
    """
    result = result.as_saved()
    top = result.top_category
    chosen = result.category_chosen or result.occupation_chosen
    out = [
        f"{role}",
        f"  placed in: {top.label} "
        f"({w.placement_sure(top.probability, chosen, result.occupation_chosen)})",
        *_occupation_lines(result),
        "",
        *_exposure_lines(result),
        f"  Resilience   {w.score(result.resilience):>3} / 100  {w.text_bar(result.resilience)}  "
        f"outlook {result.outlook}",
        *_parts_lines(result),
        *_wrapped(result.outlook_basis, "  ", "    "),
        "",
        *textwrap.wrap(
            w.exposure_meaning(result.band, _mix(result)),
            WIDTH, initial_indent="  ", subsequent_indent="  ",
        ),
        "",
        *textwrap.wrap(
            "How AI touches the work: " + w.mix_sentence(_mix(result)) + " " + w.mix_basis(
                result.mix_from_duties,
                sum(d.readable for d in result.duties),
                result.occupation_chosen,
                result.category_chosen,
                result.occupations_nearest,
            ),
            WIDTH, initial_indent="  ", subsequent_indent="  ",
        ),
    ]  # fmt: skip
    drivers = readable_drivers(
        [(d.feature, d.effect) for d in result.drivers],
        typed_fields(role, skills, duties),
        [(d.text, d.exposure) for d in result.duties],
    )
    if drivers:
        out += ["", "  What moves the score (points):"]
        for driver in drivers:
            # Wrapped under its words: a duty's "(moves your match toward more exposed
            # occupations)" ran to 88 columns.
            line = "    " + w.driver_line(driver.points, driver.text)
            words_at = line.index(line.split()[0]) + len(line.split()[0]) + 2
            out += _wrapped(line, "", " " * words_at)
        total = total_line(
            [(d.feature, d.effect) for d in result.drivers], drivers, result.exposure
        )
        out += _wrapped(total, "    ", "    ") if total else []
    elif chosen:
        note = w.drivers_chosen(result.occupation_chosen)
        out += ["", *textwrap.wrap(note, WIDTH, initial_indent="  ", subsequent_indent="  ")]
    if result.duties:
        out += ["", "  Your duties, one by one (rated on Eloundou et al.'s task rubric):"]
        for d in result.duties:
            out += _duty_lines(d.text, w.duty_summary(d.exposure, d.automation, d.kind))
        if any(d.automation is not None for d in result.duties):
            out += _wrapped(w.AUTOMATION_SCALE, "    ", "    ")
    if result.recognised_skills:
        out += ["", *_wrapped(w.skills_read_as(result.recognised_skills), "  ", "  ")]
    if result.unrecognised_skills:
        # The app's words (their words still move the score, as the drivers above show;
        # "not scored as skills" read as if they did not).
        out += ["", "  " + w.unknown_skills_lead(bool(chosen))]
        for skill in result.unrecognised_skills:
            hint = result.suggestions.get(skill)
            line = skill + (f"  (did you mean: {', '.join(hint)}?)" if hint else "")
            out += _wrapped(line, "    ", "      ")
    out += _pivot_lines(result)
    if result.evidence:
        out += ["", "  Sources:"]
        for line in result.evidence:
            out += textwrap.wrap(line, WIDTH, initial_indent="    ", subsequent_indent="      ")
    out += ["", f"  model {result.model_version}"]
    return "\n".join(out)


_KEEP = "\u00a0"  # a space textwrap never breaks at


def _duty_lines(text: str, summary: str) -> list[str]:
    """One duty and its rating, wrapped at words; each short part of the rating stays
    on one line ("automation T2" is never split into "automation" and "T2")."""
    parts = [p.replace(" ", _KEEP) if len(p) <= 30 else p for p in summary.split(" · ")]
    lines = textwrap.wrap(
        f"{text}: {' · '.join(parts)}", WIDTH, initial_indent="    ", subsequent_indent="      "
    )
    return [line.replace(_KEEP, " ") for line in lines]


def _mix(result: Result) -> dict[str, float]:
    return {
        "substitute": result.mix.substitute,
        "augment": result.mix.augment,
        "untouched": result.mix.untouched,
    }


def _parts_lines(result: Result) -> list[str]:
    """What the resilience is made of, under its figure (none for an older result)."""
    if result.resilience_parts is None:
        return []
    parts = w.resilience_parts_words(result.resilience, result.resilience_parts)
    return w.wrap_parts(parts, WIDTH, " " * 15, " · ")


def _wrapped(text: str, first: str = "     ", rest: str = "       ") -> list[str]:
    # Never at a hyphen: "MT-BC", "K-12" and "-1" are one token each, and a line that
    # ended in "MT-" read as a broken word.
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    )


def _pivot_lines(result: Result) -> list[str]:
    """The note above the pivots, each pivot's fit in one line and its costs and gains,
    and "what next", which names the pivot ranked first."""
    note = getattr(result, "pivot_note", "")
    out = ["", *_wrapped(note, "  ", "  ")] if note else []
    if not result.pivots:
        if not note:
            out += [
                "",
                *_wrapped(
                    "No pivot we know of would make you more resilient from where you stand: "
                    "your work is already well placed. Deepen it, and watch the duties above "
                    "that AI can do, since those are the parts of the job that will change.",
                    "  ", "  ",
                ),
            ]  # fmt: skip
        return out
    out += ["", "  Where you could pivot (ranked):"]
    for i, p in enumerate(result.pivots, 1):
        # Wrapped under the name: "5. First-Line Supervisors of Landscaping, Lawn Service,
        # and Groundskeeping Workers" ran to 84 columns.
        head = f"{i}. {p.label}" + ("  (AI-era role)" if p.kind == "ai_era" else "")
        out += _wrapped(head, "  ", " " * (4 + len(str(i))))
        if p.fit_reasons:
            out += _wrapped(f"fit {w.percent(p.fit)}: {p.fit_reasons[0]}")
        zone = f"job zone {p.job_zone}" if p.job_zone else "job zone unknown"
        step = f", {w.zone_step(p.job_zone_step)}" if p.job_zone_step else ""
        out += _wrapped(
            f"exposure {w.score(p.exposure)} (now {w.score(result.exposure)}) · resilience "
            f"{w.score(p.resilience)} (now {w.score(result.resilience)}) · "
            f"{w.pivot_projection(p.outlook, p.bls_change_pct)} · {zone}{step} · about "
            f"{w.weeks(p.plan_weeks)} of learning"
        )
        # The cost first: a move into more exposed work, or one that lowers resilience
        # (a costly step up, a close move filling a short list: ``pivot_thresholds.NEAR_COST``).
        if p.why.startswith(("More exposed", "Less resilient")):
            out += _wrapped(p.why.split(". ")[0].rstrip(".") + ".")
        # Why a lower fit ranks above a better one listed below it (the why's last sentence).
        if (at := p.why.find(w.RANKED_ABOVE)) >= 0:
            out += _wrapped(p.why[at:])
        # Weeks of learning beside nothing to learn read as a slip: say what they are for.
        mostly = w.weeks_mostly(p.plan)
        if p.gap_skills or mostly:
            learn = w.pivot_to_learn(list(p.gap_skills), list(p.held_skills))
            out += _wrapped("; ".join(part for part in (learn, mostly) if part))
    out += [
        "",
        *_wrapped("What next: " + what_next(result.pivots, result.resilience, note), "  ", "  "),
    ]
    out += ["", "  Run with --json for the full learning plans, or open the app: resilience"]
    return out
