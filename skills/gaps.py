"""Gap analysis: what a person still needs for a pivot, and which plan steps they can skip."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, replace

from career_resilience.skills.models import KnowledgeBase, Pivot, PlanStep
from career_resilience.skills.proper_names import proper_name
from career_resilience.wording import (
    CREDENTIAL_EVIDENCE,
    ON_THE_JOB_EVIDENCE,
    PREPARATION_STEP,
    REGULATED,
    REGULATED_EVIDENCE,
    credential_step,
    held_skill_evidence,
    held_skill_step,
    licensed_elsewhere_step,
    on_the_job_step,
    taught_there,
    used_product_evidence,
    used_product_step,
)


@dataclass(frozen=True)
class StepStatus:
    """A plan step and whether the person already holds every skill it teaches."""

    step: PlanStep
    done: bool


@dataclass(frozen=True)
class Gap:
    """Skills held and missing for one pivot (core before nice-to-have), and the plan."""

    held: tuple[str, ...]
    missing_core: tuple[str, ...]
    missing_nice: tuple[str, ...]
    plan: tuple[StepStatus, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        """Every missing skill id, core first."""
        return self.missing_core + self.missing_nice


def _work_of(name: str) -> str:
    """A skill's name as a piece of work: "policing work", while "Social work" and
    "Paralegal work" are work already ("a piece of social work work" read as a slip).
    An acronym keeps its capitals: "HVAC work", "(CDL)" (a plan had read "a piece of
    hvac work"); so does a product's name: "Jira work" (``_in_sentence``)."""
    lower = _in_sentence(name)
    return lower if lower.rsplit(" ", 1)[-1] == "work" else f"{lower} work"


def _in_sentence(name: str) -> str:
    """A skill's display name as written mid-sentence: lower case but for acronyms, and
    a product's or another proper name as its maker writes it ("Microsoft Excel",
    "Python": ``skills/proper_names.py``; a plan had read "a piece of jira work")."""
    if proper_name(name):
        return name
    return " ".join(word if _is_acronym(word) else word.lower() for word in name.split())


#: Last words that make a skill's name the name of a job (the catalogue keeps "Nursing
#: assistant" as what a CNA holds): a plan learns the job's work, not the job ("Learn
#: Nursing assistant" under a home health aide's move to psychiatric aide work).
ROLE_NOUNS = frozenset({"aide", "assistant", "attendant", "clerk", "technician", "worker"})


def _to_learn(name: str) -> str:
    """What a plan's step learns for a skill: its name, or the work of a job it names."""
    last = name.rsplit(" ", 1)[-1].lower()
    return _work_of(name) if last in ROLE_NOUNS else name


def _is_licence(name: str) -> bool:
    """Whether a skill's name is a licence one holds ("Driving licence", "Commercial
    driver's licence (CDL)"), not work one learns: its step is getting it."""
    return any(w.strip("()").lower() in ("licence", "license") for w in name.split())


def _mid_sentence(name: str) -> str:
    """A skill's name as it reads inside a sentence: lower case but for acronyms, and a
    job's name as its work ("emergency medical technician work")."""
    if name.rsplit(" ", 1)[-1].lower() in ROLE_NOUNS:
        return _work_of(name)
    return _in_sentence(name)


def _is_acronym(word: str) -> bool:
    """Whether a word of a skill's name is written as an acronym: two capitals or more
    ("HVAC", "(CDL)", "PLCs"); "Policing" is lower-cased mid-sentence."""
    return sum(c.isupper() for c in word) >= 2


def gap_for(pivot: Pivot, held: Set[str]) -> Gap:
    """Compare a pivot's required skill ids with the ids a person holds."""
    required = pivot.core_skills + pivot.nice_skills
    return Gap(
        held=tuple(s for s in required if s in held),
        missing_core=tuple(s for s in pivot.core_skills if s not in held),
        missing_nice=tuple(s for s in pivot.nice_skills if s not in held),
        # A step with no listed skills (e.g. "build a portfolio") is never assumed done.
        plan=tuple(StepStatus(s, s.done_by(held)) for s in pivot.plan),
    )


def skill_names(kb: KnowledgeBase, ids: tuple[str, ...]) -> tuple[str, ...]:
    """Display names of catalogue skill ids."""
    return tuple(kb.skills[s].name for s in ids)


#: Rough weeks to learn one core skill to a usable level, part-time, by target job zone.
WEEKS_PER_SKILL = {1: 2, 2: 3, 3: 4, 4: 6, 5: 8}
#: Performing arts whose core skill is built by years of practice, not learnt in a
#: course: however alike a musician's and a dancer's work activities are (rehearsing,
#: performing before an audience), dance technique is not among them.
PRACTICE_SKILLS = frozenset({"acting", "dance", "music_performance"})
#: Weeks of such a skill by its job zone: the upper end of the job training O*NET's Job
#: Zone reference gives (zone 1 "a few days to a few months", 2 "a few months to one
#: year", 3 "one or two years", 4 "several years", counted as three; zone 5 assumes the
#: skills are held already, so it counts as 4).
PRACTICE_WEEKS = {1: 13, 2: 52, 3: 104, 4: 156, 5: 156}
#: Weeks to get hands-on with one named product.
WEEKS_PER_PRODUCT = 2
#: A licence's weeks, what they are and its kind (``wording.REGULATED``): none.
NO_LICENCE: tuple[float, str, str] = (0.0, "", "licence")
#: Weeks of formal preparation for one job zone up, by the zone moved into (O*NET: zone 3
#: asks for vocational training or an associate's degree, 4 a bachelor's, 5 a graduate
#: degree, which alone takes about two years), and for each zone beyond the first. Zone
#: 2 asks a high school diploma and some experience, and trains in the job (a few months
#: to a year with experienced workers, once hired): before the move, the weeks to show
#: what it asks (``wording.on_the_job_step``). A zone not known counts as WEEKS_UNKNOWN.
WEEKS_INTO_ZONE = {2: 2, 3: 26, 4: 52, 5: 104}
WEEKS_EXTRA_ZONE = 52
#: O*NET's job zone of vocational training or an associate's degree: a licence's
#: programme into it is that training (``preparation_step``).
VOCATIONAL_ZONE = 3
WEEKS_UNKNOWN = 12


def occupation_plan(
    title: str,
    core: tuple[str, ...],
    held: Set[str],
    names: dict[str, str],
    products: tuple[str, ...],
    job_zone: int | None,
    zone_step: int,
    zone_words: str,
    weeks_of: Mapping[str, float] | None = None,
    used: tuple[str, ...] = (),
    licence: str = "",
    licence_as: tuple[float, str, str] = NO_LICENCE,
    taught: Set[str] = frozenset(),
    tools: Set[str] = frozenset(),
    elsewhere: Mapping[str, str] | None = None,
) -> tuple[StepStatus, ...]:
    """A learning plan for a move into an O*NET occupation, built from its gaps.

    ``weeks_of`` gives each missing skill's weeks for this person (one estimate per
    person and skill, whichever pivot asks it: ``model/pivot_weeks.py``); a skill it
    does not name takes the target zone's full weeks (:func:`skill_weeks`).

    ``core`` are the target's core skill ids (``names`` gives their display names),
    ``products`` the technology it uses that the person does not name, ``used`` the
    products of it they do name. Skills and products already held come first, marked
    done, so the plan shows what is covered; then the missing skills, the products, the
    preparation a higher job zone asks for (with the ``licence`` the target's work needs,
    which takes ``licence_as``: its weeks, what they are and its kind; at the same zone, the
    licence alone), and
    getting in. A missing skill the licence's way in teaches (``taught``: a PA master's
    teaches physician assistant practice), or any the school of a higher zone or a
    licence's programme of half a year or more teaches (training in that work; not a
    product, ``tools``), has no step of its own: the licence's or the preparation's step
    names it, and its weeks are that step's. A product's step names the product in its
    ``skills``, as a skill's step names the skill: once the person uses
    it, the same step shows as done (it had none, so it could never be). A missing skill
    that is another licence's work the target asks no licence for (``elsewhere``: its
    licence's kind, ``pivot_licence_work.work_licensed_elsewhere``) is learnt as the
    tasks the work involves (``wording.licensed_elsewhere_step``).
    """
    elsewhere = elsewhere or {}
    full = skill_weeks(job_zone)
    weeks_of = weeks_of or {}
    steps: list[StepStatus] = []
    within = tuple(sid for sid in core if sid not in held and sid in taught) if licence else ()
    school = (zone_step >= 1 and (job_zone or 0) >= VOCATIONAL_ZONE) or (
        bool(licence) and licence_as[0] >= WEEKS_INTO_ZONE[VOCATIONAL_ZONE]
    )
    if school:
        # The school a higher zone asks (vocational training, a degree), or a licence's
        # programme of half a year or more, is training in that work: its core skills
        # are learnt there, not in a short course beside it (a probation officer's plan
        # for substance abuse counselling had read "Learn Psychotherapy: a short course"
        # (5 weeks) beside two years of graduate school, a priest's for healthcare social
        # work "Learn Case management" beside the MSW). An art's years of practice keep
        # their own step; zone 2 trains on the job; a product (``tools``: Jira,
        # Tableau) is no school's subject and keeps its short course.
        within = tuple(
            sid for sid in core if sid not in held and sid not in PRACTICE_SKILLS | tools
        )
    for sid in core:
        name = names[sid]
        if sid in held:
            step = PlanStep(held_skill_step(name), 0.5, held_skill_evidence(_work_of(name)), (sid,))
            steps.append(StepStatus(step, True))
    for product in used:
        step = PlanStep(used_product_step(product), 0.5, used_product_evidence(product), (product,))
        steps.append(StepStatus(step, True))
    for sid in core:
        if sid not in held and sid not in within:
            name = names[sid]
            if _is_licence(name):
                step = PlanStep(
                    credential_step(_mid_sentence(name)),
                    weeks_of.get(sid, full),
                    CREDENTIAL_EVIDENCE,
                    (sid,),
                )
                steps.append(StepStatus(step, False))
                continue
            if sid in PRACTICE_SKILLS:
                text = (
                    f"Train in {name}: regular classes and sustained practice, performing "
                    "wherever you can before you audition."
                )
            elif sid in elsewhere:
                text = licensed_elsewhere_step(_in_sentence(name), _work_of(name), elsewhere[sid])
            else:
                text = (
                    f"Learn {_to_learn(name)}: a short course or supervised practice, "
                    "then use it on real work."
                )
            step = PlanStep(
                text,
                weeks_of.get(
                    sid, skill_weeks(job_zone, sid=sid) if sid in PRACTICE_SKILLS else full
                ),
                f"A piece of {_work_of(name)} checked by someone who does it for a living.",
                (sid,),
            )
            steps.append(StepStatus(step, False))
    for product in products:
        step = PlanStep(
            f"Get hands-on with {product} (a trial, a course or a colleague's walk-through).",
            WEEKS_PER_PRODUCT,
            f"A finished exercise or certificate in {product}.",
            (product,),
        )
        steps.append(StepStatus(step, False))
    if zone_step >= 1:
        step = preparation_step(title, zone_step, zone_words, job_zone, licence, licence_as)
        steps.append(StepStatus(_teaching(step, within, names), False))
    elif licence:
        step = licence_step(title, licence, *licence_as)
        steps.append(StepStatus(_teaching(step, within, names), False))
    steps.append(
        StepStatus(
            PlanStep(
                f"Talk to two people who work as {title} and ask what they would look for; "
                "shadow a shift if you can.",
                2,
                "Notes from two conversations and a CV rewritten for the role.",
            ),
            False,
        )
    )
    return tuple(steps)


def _teaching(step: PlanStep, taught: tuple[str, ...], names: Mapping[str, str]) -> PlanStep:
    """A licence's ``step`` that also names the missing skills it teaches (``taught``).
    It lists none as its own: a step with no skill to learn is what the plan's weeks are
    mostly for (``wording.mostly_step``: "104 wk preparation")."""
    if not taught:
        return step
    said = taught_there([_mid_sentence(names[sid]) for sid in taught])
    return replace(step, step=step.step + said)


def skill_weeks(job_zone: int | None, new_share: float = 1.0, sid: str = "") -> int:
    """Weeks to learn one skill of work in ``job_zone``, for someone to whom ``new_share``
    of that work is new (the zone's weeks times that share, at least one). A performing
    art's skill (``sid`` in :data:`PRACTICE_SKILLS`) takes the zone's years of practice
    whatever the share: work alike in its activities does not teach the art."""
    if sid in PRACTICE_SKILLS:
        return PRACTICE_WEEKS.get(job_zone or 3, PRACTICE_WEEKS[3])
    full = WEEKS_PER_SKILL.get(job_zone or 3, 4)
    return max(1, round(full * min(1.0, max(0.0, new_share))))


def preparation_step(
    title: str,
    zone_step: int,
    zone_words: str,
    job_zone: int | None = None,
    licence: str = "",
    licence_as: tuple[float, str, str] = NO_LICENCE,
) -> PlanStep:
    """The step for the preparation a higher job zone asks for (longer past one zone).

    A nurse moving up one zone to nurse practitioner needs a graduate degree: the weeks
    follow the zone moved into, not only how many zones the move climbs. Work that also
    needs a ``licence`` the person lacks (``licence_as``: its weeks, what they are and
    its kind, ``wording.REGULATED``)
    names it, and takes the longer of the two: the licence's programme is that
    preparation or runs beside it (a tutor to a school teacher: a bachelor's and the
    state teaching licence; a nursing assistant to a registered nurse: a 2-year nursing
    degree, not the 26 weeks of zone 3).
    """
    if job_zone == 2 and zone_step == 1 and not licence:
        # Zone 2's training is in the job: the step says so, and takes the weeks to show
        # the diploma and experience it asks (WEEKS_INTO_ZONE).
        return PlanStep(on_the_job_step(title), WEEKS_INTO_ZONE[2], ON_THE_JOB_EVIDENCE)
    extra = WEEKS_EXTRA_ZONE * (zone_step - 1)
    more = " This is more than one step up, so it takes longer." if zone_step > 1 else ""
    weeks: float = WEEKS_INTO_ZONE.get(job_zone or 0, WEEKS_UNKNOWN) + extra
    if licence:
        lic_weeks, basis, kind = licence_as
        more += f" It is {REGULATED[kind]}: {licence}" + (f" ({basis})." if basis else ".")
        # Into zone 3 ("vocational training or an associate's degree") the licence's
        # programme is that training: its weeks stand (an EMT course, 12; a care
        # worker's nursing assistant programme, 8; a real estate licence, 8).
        weeks = (
            lic_weeks if (job_zone == VOCATIONAL_ZONE and zone_step == 1) else max(weeks, lic_weeks)
        )
    return PlanStep(
        f"{PREPARATION_STEP} {title} ({zone_words}).{more}",
        weeks,
        "Enrolment in, or completion of, the course, licence or certificate employers ask for.",
    )


def licence_step(
    title: str, licence: str, weeks: float, basis: str = "", kind: str = "licence"
) -> PlanStep:
    """The step for the licence a licensed occupation needs (``model/pivot_licences.py``
    gives the licence, its ``weeks`` and what they are, its ``basis``, from the BLS
    Occupational Outlook Handbook), said in the step so a coach sees why it is long.

    A pharmacist moving to nurse practitioner work needs a nursing degree and an APRN
    programme, which skills learnt in weeks do not replace; an electrician's licence is
    an apprenticeship of four or five years, not the 26 weeks of its job zone's usual
    preparation. Work entered by board certification or an apprenticeship (``kind``,
    ``wording.REGULATED``) says so: a musician's move to music therapy is an approved
    programme and the board exam, a carpenter's helper's to carpentry an apprenticeship.
    """
    return PlanStep(
        f"{PREPARATION_STEP} {title}, {REGULATED[kind]}: {licence}"
        + (f" ({basis})." if basis else "."),
        weeks,
        REGULATED_EVIDENCE[kind],
    )
