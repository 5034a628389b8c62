"""Sentences of what a pivot takes: job zones climbed, licences, degrees and the weeks
of its plan (the "To learn" cell, what most of the weeks are for).

Split from ``pivots`` (the notes that depend on where the person stands) so each module
says one thing: here, the cost of a move in time and preparation, in the words the fit
reasons, the plan's steps and the pivots table share.
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.contract import PlanItem
from career_resilience.wording.numbers import count, weeks

__all__ = [
    "CREDENTIAL_EVIDENCE",
    "DEGREE_EVIDENCE",
    "MOSTLY_FROM_WEEKS",
    "NO_NEW_SKILL",
    "ON_THE_JOB_EVIDENCE",
    "PREPARATION_STEP",
    "REGULATED",
    "REGULATED_EVIDENCE",
    "REGULATED_WAY",
    "STEP_DOWN_WHY",
    "credential_step",
    "degree_held",
    "licence_routes",
    "licensed_elsewhere_step",
    "licensed_move",
    "mostly_step",
    "on_the_job_step",
    "one_zone_up",
    "paid_years",
    "peer_zone",
    "school_first",
    "step_down",
    "to_learn_cell",
    "weeks_mostly",
    "zones_up",
]


#: What a regulated way into work is, by ``Licence.kind`` (``model/pivot_licences.py``),
#: as the plan's step and the fit reasons say it: music therapy is not licensed in every
#: state, and carpentry is not licensed at all, yet neither is learnt in weeks.
REGULATED = {
    "licence": "a licensed occupation",
    "certification": "a board-certified profession",
    "registry": "a state-certified occupation",
    "apprenticeship": "a trade learnt through an apprenticeship",
    "specialty": "a specialty learnt in residency",
}
#: The evidence of the plan's step for it, by kind.
REGULATED_EVIDENCE = {
    "licence": "Enrolment in, or completion of, the programme and the licence exam.",
    "certification": (
        "Enrolment in, or completion of, the approved programme and the board certification exam."
    ),
    "registry": (
        "Completion of the state-approved programme and the state's competency exam (your "
        "name on the state's registry)."
    ),
    "apprenticeship": (
        "Acceptance into, or completion of, the apprenticeship (a journey-level card)."
    ),
    "specialty": "Acceptance into, or completion of, the residency and the specialty's board exam.",
}


def zones_up(steps: int, needs: str, weeks: float, licence: str = "", kind: str = "licence") -> str:
    """A pivot's move up more than one job zone, with the years of preparation it takes
    (the plan's preparation step, ``weeks``), so a coach sees it is not a plan of weeks.
    A move into a ``licence`` (of ``kind``: :data:`REGULATED`) the person's work does not
    hold names it in the same line: the years already take the licence's programme (the
    plan has one step for both)."""
    years = round(weeks / 52)
    time = "about a year" if years <= 1 else f"about {years} years"
    into = f" into {REGULATED[kind]} ({licence})" if licence else ""
    return (
        f"a move up {steps} job zones ({needs}){into}: "
        f"{time} of study or training first, in the plan"
    )


#: A step from this many weeks is worth naming beside the total (the plan's closing talk
#: with people in the work, two weeks, is not: it is in every plan).
MOSTLY_FROM_WEEKS = 4.0


#: The "To learn" cell's words for a move with no skill to learn.
NO_NEW_SKILL = "no new skill"


#: The evidence of the plan's done step for a degree the person typed (:func:`degree_held`).
DEGREE_EVIDENCE = "Your degree named on your CV."


def degree_held(typed: str, after: str) -> str:
    """A move into licensed work whose degree the person typed ("MSW"), as its fit
    reason and (capitalised) its plan's done step: the degree is the preparation the
    work's job zone and licence ask, and ``after`` is what the licence still asks."""
    return f"your “{typed}” is the degree this work asks: {after}"


def paid_years(paid_weeks: float) -> str:
    """How many years a licence's paid learning takes, for a fit line: "4 years"."""
    years = round(paid_weeks / 52)
    return "about a year" if years <= 1 else f"about {years} years"


def school_first(weeks: float) -> str:
    """A year or more of school the fit does not count (a job zone step's worth at
    most), said in a fit line: "about 2 years of school first, in the plan"."""
    years = round(weeks / 52)
    return (
        "about a year of school first, in the plan"
        if years <= 1
        else f"about {years} years of school first, in the plan"
    )


def licensed_move(
    licence: str,
    kind: str = "licence",
    school_weeks: float = 0.0,
    paid_weeks: float = 0.0,
    plain_school: float = 0.0,
) -> str:
    """A pivot's evidence line for a move into licensed work (or work of another ``kind``
    of :data:`REGULATED`) the person's work does not hold the licence for
    (``model/pivot_licences.py``): the job zone alone hid it. Years of school the fit
    counts (``school_weeks``, more than a job zone step's: ``model/pivot_schooling.py``)
    are said, so a coach sees why a move whose work is alike fits less: a pharmacist's
    move to family medicine is four years of medical school and three of residency.
    Years learnt in paid work (``paid_weeks``: an electrician's apprenticeship) are said
    too, and why the fit does not count them: a pipefitter's data-centre electrician
    move read "the plan adds the time this takes" for a plan of 233 weeks. So is a year
    or more of school the fit does not count (``plain_school``: a counselling master's,
    two years, read "the plan adds the time this takes")."""
    if plain_school and not school_weeks:
        return f"{REGULATED[kind]} ({licence}): {school_first(plain_school)}"
    if paid_weeks and not school_weeks:
        return (
            f"{REGULATED[kind]} ({licence}): {paid_years(paid_weeks)} of paid learning on "
            "the job first, in the plan; the fit does not count them, since you earn "
            "while you learn"
        )
    if school_weeks:
        years = round(school_weeks / 52)
        return (
            f"{REGULATED[kind]} ({licence}): about {years} years of school first, in the "
            "plan; the fit counts them as it counts job zones"
        )
    return f"{REGULATED[kind]} ({licence}): the plan adds the time this takes"


def licence_routes(with_degree: str, after: str) -> str:
    """What a licence's weeks are for a move up into its job zone, when the licence comes
    with the degree that zone asks (``with_degree``) or after one (``after``): both
    routes, since the person may or may not hold a degree already."""
    return f"{with_degree}, or {after}"


def one_zone_up(
    needs: str,
    licence: str = "",
    kind: str = "licence",
    school_weeks: float = 0.0,
    paid_weeks: float = 0.0,
    plain_school: float = 0.0,
) -> str:
    """A pivot's evidence line for a move one job zone up (``needs``: that zone's
    preparation in words), and into the ``licence`` (of ``kind``: :data:`REGULATED`) the
    person's work does not hold, if any: one line, since a coach had read two reasons
    ending alike for one cost. Years of school the fit counts (``school_weeks``, as in
    :func:`licensed_move`) are said: a child welfare worker's move to psychiatric nursing
    is a nursing degree, then an APRN's, about four years. Years of paid learning
    (``paid_weeks``) and a year or more of school (``plain_school``) are said as
    :func:`licensed_move` says them."""
    if licence and plain_school and not school_weeks:
        return (
            f"one job zone up ({needs}) into {REGULATED[kind]} ({licence}): "
            f"{school_first(plain_school)}"
        )
    if licence and paid_weeks and not school_weeks:
        return (
            f"one job zone up ({needs}) into {REGULATED[kind]} ({licence}): "
            f"{paid_years(paid_weeks)} of paid learning on the job first, in the plan; the "
            "fit does not count them, since you earn while you learn"
        )
    if licence and school_weeks:
        years = round(school_weeks / 52)
        return (
            f"one job zone up ({needs}) into {REGULATED[kind]} ({licence}): about {years} "
            "years of school first, in the plan; the fit counts them as it counts job zones"
        )
    if licence:
        return (
            f"one job zone up ({needs}) into {REGULATED[kind]} ({licence}): "
            "the plan adds the time both take"
        )
    return f"one job zone up ({needs}): the plan adds the time this takes"


#: How the plan's step for the preparation a higher job zone asks begins (skills/gaps.py
#: writes the step with it; the pivots table names such weeks "preparation").
PREPARATION_STEP = "Get the preparation usually asked of"


def on_the_job_step(title: str) -> str:
    """The plan's step for a move up into O*NET's job zone 2, said as what that zone asks.

    Zone 2 ("some preparation needed", O*NET's Job Zone reference) usually asks a high
    school diploma and some work experience, and its training is a few months to a year
    of working beside experienced employees: learnt in the job, not before it. A
    housekeeper had read "Get the preparation usually asked of Orderlies (some
    preparation, usually high school)", 12 weeks, under four of five moves between
    close jobs.
    """
    return (
        f"Check you have what work as {title} usually asks for: a high school diploma "
        "or its equivalent and some work experience (yours counts). The rest is learnt on "
        "the job, a few months to a year beside experienced workers."
    )


#: The evidence of that step: what an employer in zone 2 looks for on paper.
ON_THE_JOB_EVIDENCE = "Your diploma (or its equivalent) and your work history, ready to show."


def credential_step(name: str) -> str:
    """The plan's step for a core skill that is a licence one holds, not work one learns
    (``name`` as it reads mid-sentence): a pile driver operator's move had read "Learn
    Driving licence: a short course or supervised practice, then use it on real work"."""
    return f"Get a {name}: lessons if you need them, then the test."


#: The evidence of that step.
CREDENTIAL_EVIDENCE = "The licence itself, or the date of your test."


#: What the way into another licence's work is called in a plan's step, by kind.
REGULATED_WAY = {
    "licence": "the licence",
    "certification": "the board certification",
    "registry": "the state certification",
    "apprenticeship": "the apprenticeship",
    "specialty": "the residency",
}


def licensed_elsewhere_step(name: str, work: str, kind: str) -> str:
    """The plan's step for a core skill of the target that is another licence's work
    (``name`` as it reads mid-sentence, ``work`` as a piece of work; ``kind``: that
    licence's, :data:`REGULATED`), into work that asks no such licence: a move into
    physical therapist aide work had read "Learn Physiotherapy: a short course or
    supervised practice", a doctorate's licensed work as a few weeks of learning."""
    way = REGULATED_WAY.get(kind, "the licence")
    return (
        f"Learn the {name} tasks this work involves, on the job or in a short course "
        f"({way} for {work} itself is not asked)."
    )


def mostly_step(plan: Sequence[PlanItem]) -> PlanItem | None:
    """The one step left with no skill to learn that takes more than half of the weeks
    left (from :data:`MOSTLY_FROM_WEEKS`), or None: the weeks follow the skills listed."""
    left = [item for item in plan if not item.done]
    if not left:
        return None
    longest = max(left, key=lambda item: item.weeks)
    total = sum(item.weeks for item in left)
    if longest.skills or longest.weeks < MOSTLY_FROM_WEEKS or 2 * longest.weeks <= total:
        return None
    return longest


def weeks_mostly(plan: Sequence[PlanItem]) -> str:
    """What most of a plan's weeks left are for, when one step with no skill to learn
    takes more than half of them ("" otherwise: the weeks follow the skills listed).

    A 911 dispatcher moving up a job zone holds the target's one core skill, so nothing
    is listed to learn, yet the plan takes about 28 weeks: 26 of them are the training
    the job zone asks. Said beside "to learn", a coach sees what the weeks are for.
    """
    longest = mostly_step(plan)
    if longest is None:
        return ""
    return f"the weeks are mostly one step ({weeks(longest.weeks)}): {longest.step}"


def to_learn_cell(gaps: int, plan: Sequence[PlanItem], weeks_left: float) -> str:
    """The pivots table's "To learn" cell: "2 skills · 6 wk", and on a second line what
    most of the weeks are for when one step with no skill takes them ("104 wk
    preparation"): "0 skills · 28 wk" alone read as a slip, or as 28 weeks of skills.

    With no skill to learn the cell says so in words: "0 skills · 2 wk" left a coach
    asking what was 0 and what took the two weeks (an epidemiologist's, a casino
    dealer's closest moves). Those weeks are the plan's talks with people in the work
    and checks of what it asks, under :data:`MOSTLY_FROM_WEEKS` each: the detail's plan
    names them, and a second line for them pushed a five-move list past the table.

    The weeks are the number :func:`weeks` rounds to, so the cell agrees with the plan.
    """
    wk = f"{weeks(weeks_left).split()[0]} wk"
    head = count(gaps, "skill") if gaps else NO_NEW_SKILL
    step = mostly_step(plan)
    if step is not None:
        what = "preparation" if step.step.startswith(PREPARATION_STEP) else "one step"
        return f"{head} · {wk}\n{weeks(step.weeks).split()[0]} wk {what}"
    return f"{head} · {wk}" if gaps else head


#: Why a step down in job zone is offered, by the rule that let it through
#: (``model/pivot_rules.py``): its outlook, its exposure with skills the person holds, or
#: (to one who need not move) the step up in their own line it is all the same.
STEP_DOWN_WHY = {
    "outlook": "offered because its outlook is better than your work's",
    "safer": "offered because it is clearly less exposed to AI and you hold some of its skills",
    "oversees": "yet it oversees work of your kind",
}


def step_down(why: str) -> str:
    """A pivot's fit reason for a step down in job zone, and why it is offered (a key of
    :data:`STEP_DOWN_WHY`; "" says none: a pastry chef's bakery work had read "offered
    because its outlook is better than your work's" at +4.9% against +5.3%)."""
    head = "a step down in job zone (less preparation; such work usually pays less)"
    return f"{head}, {STEP_DOWN_WHY[why]}" if why in STEP_DOWN_WHY else head


def peer_zone() -> str:
    """A pivot's fit reason for a move from graduate work (job zone 5) into degree work
    (zone 4): less schooling than the person's own, yet no step down (an architect's
    civil engineering; ``model/pivot_rule_flags.PEER_ZONE``)."""
    return (
        "one job zone under yours (usually a bachelor's degree, where your work asks "
        "graduate study): a move across professions, not a step down"
    )
