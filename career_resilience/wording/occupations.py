"""The matched O*NET occupations and their published indices, named once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from career_resilience.wording.numbers import decimal, percent, percent_sure, rounded, score, signed

__all__ = [
    "ALL_INDICES",
    "ARTICLES_GROWING",
    "CHOSEN_BY_YOU",
    "INDEXES",
    "INDEX_LABELS",
    "INDEX_NAMES",
    "KIND_OF_YOUR_PICK",
    "LISTED_AT_MOST",
    "LISTED_FROM",
    "MATCHED_WEIGHTED",
    "NEAREST_NOTE",
    "NO_PROJECTION",
    "UNSURE_OCCUPATION",
    "armed_forces_title",
    "axis_change",
    "bls_combined_only",
    "bls_projection",
    "index_line",
    "job_change",
    "job_projection",
    "listed_occupations",
    "matched_evidence",
    "occupation_heading",
    "occupation_line",
    "occupation_share",
    "occupations_box_title",
    "occupations_title",
    "pivot_projection",
    "placement_sure",
    "shorthand_title",
    "shown_change",
    "situation_alone",
    "situation_title",
    "slower_shrinking",
    "unsure_placement",
    "zone_step",
]

#: The published indices of an occupation (keys as in the result contract's
#: ``indices``), each with the short name the app and the CLI show and the name with
#: its paper that reports give it: the one place these names are written.
INDEXES = (
    ("gpt4_beta", "GPT-4 β", "GPT-4 exposure β (Eloundou et al. 2024)"),
    ("human_beta", "human β", "human-rated exposure β (Eloundou et al. 2024)"),
    ("msft_applicability", "AI applicability", "AI applicability (Tomlinson et al. 2025)"),
    ("lm_aioe", "LM-AIOE", "language-model AIOE (Felten et al. 2023)"),
)
#: The short names, in the order every surface lists the indices.
INDEX_LABELS = tuple((key, label) for key, label, _ in INDEXES)
#: The names reports use, with the consensus percentile the four are combined into.
INDEX_NAMES = {key: name for key, _, name in INDEXES} | {
    "consensus_pct": "consensus percentile of the indices"
}
#: Every index key, in the order every surface lists them.
ALL_INDICES = tuple(key for key, _ in INDEX_LABELS)


def matched_evidence(
    source: str,
    code: str,
    title: str,
    probability: float,
    chosen: bool = False,
    nearest: bool = False,
) -> str:
    """The evidence line naming the occupation matched and how sure the match is (or
    that the person chose it: their word, not an estimate). ``nearest``: AI-era work,
    not matched to the occupation but given its figures (:func:`occupation_share`)."""
    if nearest:
        return f"{source}: nearest is {code} {title} ({occupation_share(probability, True)})"
    sure = CHOSEN_BY_YOU if chosen else percent_sure(probability)
    return f"{source}: matched to {code} {title} ({sure})"


#: Whom an unclear match's outlook figure is for, after "BLS projects +3% for": each
#: matched occupation counts by how likely it is ("the matched occupations
#: (probability-weighted)" was a statistician's word beside a line cook's outlook).
MATCHED_WEIGHTED = "the occupations you match, weighted by how likely each is"


_HOW_MANY = {1: "one", 2: "two", 3: "three", 4: "four"}


def zone_step(step: int) -> str:
    """How far a move's job zone is from the person's, in words: "one up", "two down",
    "" for the same zone (the CLI had printed "job zone 4, -1" beside "job zone 3, one
    up")."""
    if not step:
        return ""
    return f"{_HOW_MANY.get(abs(step), str(abs(step)))} {'up' if step > 0 else 'down'}"


def bls_projection(pct: float, whom: str = "") -> str:
    """The BLS 2022-32 projection in words, whole and signed under the one rounding rule:
    "BLS projects −8% for Chief Executives, 2022-32" (an occupation named as published,
    as the match line names it: "Bus Drivers, School"); "BLS projects +8% jobs, 2022-32"
    without ``whom``."""
    return f"BLS projects {_change(pct)}% {f'for {whom}' if whom else 'jobs'}, 2022-32"


def slower_shrinking(own_pct: float, own_title: str) -> str:
    """Why a move into shrinking work is listed at all: the person's own work shrinks at
    least twice as fast (``pivot_moves.SLOWER``); the figure is BLS's for their match."""
    return (
        f"Shrinking too, but far more slowly than your own work "
        f"({bls_projection(own_pct, own_title)})."
    )


def _change(pct: float) -> str:
    """The one precision of a BLS change wherever it is shown: whole and signed ("+6",
    "−3", "±0"), so a pivot's detail and the map legend beside it read one figure."""
    return signed(shown_change(pct), 0)


def shown_change(pct: float) -> float:
    """A BLS change as every sentence shows it: whole, halves away from zero (−1.6 -> −2).

    The outlook word is read from this figure, not the published one
    (``model/grounded.outlook_word``): "−2% jobs" beside "stable" (for −1.6) read as a
    contradiction of the README's "shrinking from −2%".
    """
    return rounded(pct, 0)


def bls_combined_only(whom: str, broader: str, partners: Sequence[str]) -> str:
    """Why an occupation has no projection of its own: BLS projects it only together
    with others under a broader SOC code, whose figure the shipped data lacks ("BLS
    projects Home Health Aides only together with Personal Care Aides (SOC 31-1120)
    ...")."""
    if len(partners) == 1:
        together = f"together with {partners[0]}"
    elif len(partners) == 2:
        together = f"together with {partners[0]} and {partners[1]}"
    else:
        together = f"together with {len(partners)} related occupations"
    return (
        f"BLS projects {whom} only {together} (SOC {broader}, 2022-32); this data has no"
        " figure for that group, so the outlook counts it as no change"
    )


#: Below this probability the top occupation is offered as a question, not a placement.
UNSURE_OCCUPATION = 0.5
#: How a person's own choice of occupation or kind of work is named, never as a "%".
CHOSEN_BY_YOU = "chosen by you"
#: The kind of work of an occupation the person chose: they chose "Psychiatric
#: Technicians", not "Health technicians", which had read "(chosen by you)" beside it.
KIND_OF_YOUR_PICK = "from your pick"


#: Why AI-era work is listed with occupations it is not (the result's
#: ``occupations_nearest``): the report says it under the list's title.
NEAREST_NOTE = (
    "AI-era work is newer than O*NET's list of occupations: its figures are those of its"
    " nearest O*NET occupations, weighed as shown, not a guess at your occupation."
)


def occupation_heading(
    probability: float,
    chosen: bool,
    hint: str = "--occupation CODE picks one",
    nearest: bool = False,
) -> str:
    """How sure the placement among O*NET occupations is, as the heading above the list.

    ``hint`` says how to pick another where the placement is unsure (the CLI's flag by
    default; the app passes its own words). ``nearest`` (the result's
    ``occupations_nearest``): AI-era work, whose list is the nearest occupations its
    figures come from; asking "which of these is your occupation?" there had a prompt
    engineer pick Software Developers and lose the AI-era placement.
    """
    if chosen:
        return "occupation (chosen by you):"
    if nearest:
        return "nearest O*NET occupations (AI-era work is newer than O*NET's list):"
    if probability < UNSURE_OCCUPATION:
        return "which of these is your occupation? (not sure" + (f"; {hint})" if hint else ")")
    return "matched occupation:"


def unsure_placement(guess: str, probability: float, kind: bool = False) -> str:
    """The note above a short pivots list when the placement is unsure: the best guess
    and how sure it is.

    ``kind``: AI-era work, whose guess is its kind of work (its nearest occupations are
    no guess), and whose list is short because its figures spread over several nearest
    occupations; the kind itself may be fairly sure ("AI orchestration, 69% sure"), so
    the note does not call the placement unsure.
    """
    if kind:
        return (
            f"Your work sits between several kinds of work (best guess: {guess}, "
            f"{percent(probability)} sure), so only a few suggestions: confirm your kind of "
            "work for better ones."
        )
    return (
        f"Unsure placement (best guess: {guess}, {percent(probability)} sure), so only a few "
        "suggestions: confirm your occupation for better ones."
    )


def occupation_line(
    code: str,
    title: str,
    probability: float,
    consensus_pct: float,
    chosen: bool = False,
    nearest: bool = False,
) -> str:
    """One matched occupation: code, title, how sure, and its research percentile.

    A ``chosen`` occupation is the person's own word, not an estimate: no "(>99%)".
    A ``nearest`` one (AI-era work) gives its share of the figures, not a sureness.
    """
    if chosen:
        sure = ""
    elif nearest:
        sure = f"  ({occupation_share(probability, True)})"
    else:
        sure = f"  ({percent_sure(probability)})"
    return f"{code}  {title}{sure}  research percentile {score(consensus_pct)}"


#: A further matched occupation is listed in a view only from this likelihood. Under 1%
#: the second and third matches are the model's tail, not neighbours: a translator was
#: shown "Chief Executives (<1%)", a pastor a painting trade (O*NET's "Paster"), which a
#: worker reads as a guess the app made. The result keeps them (exports, the picker).
LISTED_FROM = 0.01

#: How many matched occupations a view lists at most.
LISTED_AT_MOST = 3

_Item = TypeVar("_Item")


def listed_occupations(
    occupations: Sequence[_Item], likelihood: Callable[[_Item], float | None]
) -> list[_Item]:
    """The matched occupations a view lists: the first always, each further one (up to
    three) only when ``likelihood`` of it is at least :data:`LISTED_FROM` (an unknown
    likelihood, an older saved result's, is listed)."""
    return [
        item
        for i, item in enumerate(occupations[:LISTED_AT_MOST])
        if i == 0 or (p := likelihood(item)) is None or p >= LISTED_FROM
    ]


def occupation_share(probability: float, nearest: bool = False) -> str:
    """A listed occupation's weight in words: "62% of the match", or for AI-era work's
    nearest occupations "50% of the figures" (the work is not matched to them)."""
    return f"{percent_sure(probability)} of the {'figures' if nearest else 'match'}"


def occupations_box_title(nearest: bool) -> str:
    """The title of the app's box listing the occupations: AI-era work's are not its
    own occupation ("Your occupation in published research" above "Nearest O*NET
    occupations" read as a contradiction)."""
    return f"{'Nearest occupations' if nearest else 'Your occupation'} in published research"


def occupations_title(nearest: bool) -> str:
    """The title of a report's section listing the occupations."""
    return "Nearest O*NET occupations" if nearest else "Occupations matched"


def placement_sure(probability: float, chosen: bool, occupation_chosen: bool = False) -> str:
    """How sure the placement in a kind of work is: ">99% sure", "chosen by you" (the
    person chose the kind), or "from your pick" (the kind of the occupation they chose)."""
    if occupation_chosen:
        return KIND_OF_YOUR_PICK
    return CHOSEN_BY_YOU if chosen else f"{percent_sure(probability)} sure"


def index_line(indices: Mapping[str, float | None]) -> str:
    """The published indices of one occupation on one line ("GPT-4 β 0.45 · ...")."""
    return " · ".join(
        f"{label} {decimal(value, 2)}"
        for key, label in INDEX_LABELS
        if (value := indices.get(key)) is not None
    )


#: Said where BLS publishes no projection for an occupation.
NO_PROJECTION = "no BLS projection"


def job_change(pct: float | None) -> str:
    """A projected change in jobs, 2022-32: "+3% jobs", "−12% jobs", "no BLS projection".

    Whole, as :func:`bls_projection` gives it: the pivots view shows the map legend beside
    a pivot's detail, and "+5.5% jobs" there beside "+6%" in the detail read as two
    projections. A point just under the +5 line ("+5% jobs" for +4.6) still names its
    half ("stable") in the legend, and the map draws it below the line.
    """
    if pct is None or pct != pct:
        return NO_PROJECTION
    return f"{_change(pct)}% jobs"


def axis_change(pct: float, edge: bool = False) -> str:
    """A mark on the pivot map's jobs axis ("+30%", "+5%", "−15%"), with the real minus
    sign the legend beside it uses ("−15% jobs"): the axis read "-15%" beside it. An
    ``edge`` of the axis holds every point beyond it too ("≥+30%", "≤−15%"): a nurse
    practitioner's +45% sat on the row marked "+30%"."""
    bound = ("≥" if pct > 0 else "≤") if edge else ""
    return f"{bound}{signed(pct, 0)}%"


def job_projection(pct: float | None) -> str:
    """A pivot's projection: :func:`bls_projection`, or "no BLS projection" without one."""
    if pct is None or pct != pct:
        return NO_PROJECTION
    return bls_projection(pct)


#: Why a move into more exposed AI-era work BLS projects none of can still be good,
#: when the articles call it growing (beside "AI mostly speeds this work up ...").
ARTICLES_GROWING = "the articles see demand for it growing"


def pivot_projection(trend: str, pct: float | None) -> str:
    """A pivot's outlook as shown: for AI-era work BLS projects none of, the articles'
    trend it is weighed with ("the articles call it growing (no BLS projection)"), not
    its anchor occupations' figure; else :func:`job_projection`."""
    if trend:
        return f"the articles call it {trend} ({NO_PROJECTION})"
    return job_projection(pct)


def situation_title(role: str) -> str:
    """Why a title that says only the person's situation ("Unemployed", "Self
    employed", "Intern") was not read: their skills and duties placed them."""
    return f'"{role}" says your situation, not your work, so your skills and duties placed you.'


def armed_forces_title(role: str) -> str:
    """Why a title of armed service was placed in civilian work, and what to check."""
    return (
        f'O*NET and BLS publish civilian occupations only, so "{role}" was placed by the '
        "civilian work nearest your title, skills and duties: check that it is the work "
        'you do, or choose it under "that\'s not me".'
    )


def shorthand_title(typed: str, read: str) -> str:
    """Which job a shorthand of several ("PA") was read as, and why."""
    return f'"{typed}" was read as "{read}", the job your skills and duties fit.'


def situation_alone(role: str) -> str:
    """Why such a title with nothing else typed cannot be scored, and what to add."""
    return (
        f'"{role}" says your situation, not your work: add the skills you have or what '
        "you do (or the job you did last) to be placed"
    )
