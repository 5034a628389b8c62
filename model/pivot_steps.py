"""Steps up in a person's own line of work: the supervisor or inspector of *their* work.

SOC files each first-line supervisor beside the work it supervises ("41-1011 First-Line
Supervisors of Retail Sales Workers" supervise minor group 41-2, retail sales workers:
cashiers, counter clerks, salespersons), and an inspector's title says what it inspects.
:data:`OVERSEES` writes that structure down (SOC 2018 manual): each supervisor or
inspector with the code prefixes of the work it oversees. A step up is offered only to
someone doing that work: a police officer's step is police supervision, never the
supervision of firefighters, and a truck driver's is not the supervision of aircraft
cargo handlers. Supervising or inspecting someone else's work needs having done it, so
such a move is never offered as an ordinary pivot either.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from career_resilience.model.pivot_licences import PHYSICIANS

#: Supervisors and inspectors (O*NET code, or its 6-digit SOC) -> prefixes of the
#: occupations whose work they oversee. Codes not listed here step up from no one.
OVERSEES: dict[str, tuple[str, ...]] = {
    # Schools have no first-line supervisor code: an education administrator oversees
    # the instruction and the student services of its level, as O*NET's own titles for
    # it say (preschool and childcare directors: preschool teachers and childcare
    # workers; K-12, "Principal", "Curriculum and Instruction Superintendent", "Pupil
    # Personnel Services Director": school teachers, substitutes, teaching assistants,
    # instructional coordinators, counsellors; postsecondary, "Academic Dean",
    # "University Department Chair", "Admissions Director", "Student Life Dean":
    # postsecondary teachers, advisors and admissions counsellors, residential
    # advisors; not graduate teaching assistants, whose next step is the teaching).
    "11-9031": ("25-2011", "39-9011"),
    "11-9032": (
        "25-2012",
        "25-202",
        "25-203",
        "25-205",
        "25-3031",
        "25-9042",
        "25-9043",
        "25-9031",
        "21-1012",
    ),
    "11-9033": ("25-1", "21-1012", "39-9041"),
    "33-1011": ("33-3011", "33-3012"),  # correctional officers, bailiffs
    "33-1012": ("33-3021", "33-3031", "33-3041", "33-3051", "33-3052"),  # police, detectives
    "33-1021": ("33-2011",),  # firefighters
    "33-1091": ("33-9",),  # security guards and other protective service
    "33-2021": ("33-2011",),  # fire inspectors: firefighters
    "33-2022": ("33-2011",),
    "35-1011": ("35-2",),  # chefs and head cooks: cooks and food preparation
    "35-1012": ("35-2", "35-3", "35-9"),  # food preparation and serving
    "37-1011": ("37-2",),  # housekeeping and janitorial
    "37-1012": ("37-3",),  # grounds maintenance
    "39-1013": ("39-301",),  # gambling services
    "39-1014": ("39-303", "39-309", "39-9032"),  # entertainment and recreation
    # personal service, and animal care (O*NET's titles: "Animal Trainer Supervisor")
    "39-1022": ("39-2", "39-5", "39-6", "39-9"),
    "41-1011": ("41-2",),  # retail sales workers
    "41-1012": ("41-3", "41-4", "41-9"),  # other sales workers
    "43-1011": ("43-2", "43-3", "43-4", "43-5", "43-6", "43-9"),  # office and admin support
    "45-1011": ("45-2", "45-3", "45-4"),  # farming, fishing, forestry
    "45-2011": ("45-2",),  # agricultural inspectors
    "47-1011.00": ("47-2", "47-3", "47-5"),  # construction trades and extraction
    "47-1011.03": ("47-2231",),  # solar installation managers: solar installers only
    "47-4011": ("47-2",),  # building inspectors: construction trades
    "49-1011": ("49-2", "49-3", "49-9"),  # mechanics, installers, repairers
    "51-1011": ("51-",),  # production workers
    "51-9061": ("51-",),  # production inspectors and testers
    # Aircraft cargo handling: the hand laborers' own work (53-7062.00), not the
    # recycling and reclamation workers O*NET files with them (53-7062.04), whose step
    # is recycling coordination: a recycling sorter's first move had been supervising
    # aircraft cargo handling, "it supervises or inspects work of your kind".
    "53-1041": ("53-7062.00",),
    "53-1042": ("53-706",),  # hand laborers and material movers
    # Recycling coordinators (O*NET: supervise curbside and drop-off recycling
    # programmes): recycling workers and refuse collectors.
    "53-1042.01": ("53-7062.04", "53-7081"),
    # Vehicle operators' supervisors oversee their dispatch too: O*NET's titles for them
    # include "Truck Dispatcher Supervisor", "Buses Dispatcher Supervisor" and "Cabs
    # Dispatcher Supervisor" (a truck dispatcher's only step up had been office work's).
    "53-1043": ("53-3", "53-701", "53-702", "53-703", "53-704", "53-705", "53-707", "43-5032"),
    "53-1044": ("53-2031", "53-6061"),  # passenger attendants
    "53-6051.07": ("53-3",),  # vehicle inspectors: drivers
    "53-6051.01": ("53-2011", "53-2012", "49-3011"),  # aviation inspectors: pilots, mechanics
}
#: The share of a supervisor's or inspector's work that is knowing the work overseen
#: (and of the work an assistant or helper assists: see :data:`ASSISTS`).
OVERSEEN = 0.5

#: Assistants and helpers (6-digit SOC) -> prefixes of the work they assist, where the
#: SOC title names that work ("Helpers--Electricians", "Pharmacy Aides", "Teaching
#: Assistants, Preschool, Elementary, Middle, and Secondary School"). The work assisted
#: is their step up, offered like a supervisor's (``steps_up``): an assistant has done
#: part of it beside the people who do it. Postsecondary teaching assistants are left
#: out (their step, a professorship, is doctoral work), and so are helpers whose title
#: names no one trade (production, extraction, installation and repair helpers).
ASSISTS: dict[str, tuple[str, ...]] = {
    "25-9042": ("25-2011", "25-2012", "25-202", "25-203"),  # preschool to secondary teachers
    "25-9043": ("25-205",),  # special education teachers
    "29-2051": ("29-1031",),  # dietetic technicians: dietitians (they work under them)
    "31-1131": ("29-2061",),  # nursing assistants: licensed practical nurses
    "31-1133": ("29-2053",),  # psychiatric aides: psychiatric technicians
    "31-2012": ("31-2011",),  # occupational therapy aides: OT assistants
    "31-2022": ("31-2021",),  # physical therapist aides: PT assistants
    "31-9095": ("29-2052",),  # pharmacy aides: pharmacy technicians
    "31-9096": ("29-2056",),  # veterinary assistants: veterinary technicians
    "47-3011": ("47-2021", "47-2022", "47-2044", "47-2053"),  # masonry and tile setting
    "47-3012": ("47-2031",),  # carpenters
    "47-3013": ("47-2111",),  # electricians
    "47-3014": ("47-2141", "47-2142", "47-2161"),  # painters, paperhangers, plasterers
    "47-3015": ("47-2151", "47-2152.00"),  # pipelayers, plumbers
    "47-3016": ("47-2181",),  # roofers
}


#: Managers (6-digit SOC) who are the step up of work that has no first-line supervisor
#: code of its own (health care and funeral service), and of first-line supervisors ->
#: prefixes of that work. SOC 2018
#: files no supervisor of healthcare practitioners or technicians (major group 29);
#: their step into running a department or a clinic is 11-9111, Medical and Health
#: Services Managers, which the BLS Occupational Outlook Handbook says usually asks a
#: bachelor's degree and experience in an administrative or a clinical role. Veterinary
#: work (29-1131, 29-2056) is not theirs. Unlike a first-line supervisor's, the step is
#: also a move for people from administration (O*NET relates it to medical secretaries),
#: so it stays a related move for anyone O*NET lists it for (``model/pivot_related.py``
#: reads ``oversees`` alone).
MANAGES: dict[str, tuple[str, ...]] = {
    "11-9111": (
        "29-101", "29-102", "29-103", "29-104", "29-105", "29-107", "29-108", "29-112",
        "29-114", "29-115", "29-116", "29-117", "29-118", "29-12", "29-201", "29-203",
        "29-204", "29-2052", "29-2053", "29-2055", "29-2057", "29-206", "29-207", "29-208",
        "29-209",
    ),
    # Funeral service work (39-4: embalmers, crematory operators, morticians, undertakers
    # and funeral arrangers) has no supervisor code either; the BLS Occupational Outlook
    # Handbook's "Funeral Service Workers" page covers funeral home managers with them,
    # the step a funeral director takes into running the home.
    "11-9171": ("39-4",),
    # A first-line supervisor's own step up is the manager SOC 2018 files for the same
    # function in major group 11 (a supervisor is never offered another supervisor's
    # work: ``steps_up``): sales, office administration, food service, construction,
    # production, transportation and storage, and farming; the O*NET occupation of that
    # name, not its specialties (production managers, not biofuels production managers).
    "11-2022.00": ("41-1011", "41-1012"),
    "11-3012.00": ("43-1011",),
    "11-9051.00": ("35-1011", "35-1012"),
    "11-9021.00": ("47-1011",),
    "11-3051.00": ("51-1011",),
    "11-3071.00": ("53-104",),
    "11-9013.00": ("45-1011",),
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def managed(code: str) -> tuple[str, ...]:
    """The code prefixes of the work ``code`` manages as its step up (:data:`MANAGES`,
    by O*NET code, or by SOC code for all its O*NET occupations)."""
    return MANAGES.get(code, MANAGES.get(code[:7], ()))


@functools.lru_cache(maxsize=4096)
def overseen(code: str) -> tuple[str, ...]:
    """The code prefixes of the work ``code`` supervises or inspects (empty: none)."""
    return OVERSEES.get(code, OVERSEES.get(code[:7], ()))


def oversees(code: str) -> bool:
    """Whether ``code`` supervises or inspects others' work (in :data:`OVERSEES`)."""
    return bool(overseen(code))


@functools.lru_cache(maxsize=4096)
def supervised(code: str) -> tuple[str, ...]:
    """The code prefixes of the work a supervisor in ``code`` oversees (empty: none, or
    an inspector).

    Supervising is the person's own field with more scope, so the work supervised is
    that field with less: no move, as the work that assists a licensed person's is not
    (``pivot_slot_facts.SlotFacts.below``). A chef had been offered restaurant cooking
    (fit 33%) as a step down "offered because its outlook is better", a kitchen
    supervisor institution cooking. SOC files first-line supervisors in each major
    group's minor group 1 (35-1011 chefs and head cooks, 47-1011 construction foremen),
    and education administrators (11-903x) oversee their schools' teaching; an
    inspector's work (building, production, vehicle inspection) is another job, not the
    trades' work with more scope.

    A manager whose step up it is from first-line supervisors (:data:`MANAGES`: food
    service, sales, office, construction, production, transportation and farm managers)
    oversees those supervisors and the work they supervise: a restaurant manager (Food
    Service Managers) had been offered institution and restaurant cooking first, the
    kitchen staff they manage, "for the resilience it adds".
    """
    if code.startswith("11-"):
        lines = tuple(c for c in managed(code) if first_line(c))
        if lines:
            return lines + tuple(p for c in lines for p in overseen(c))
    elif code[3:4] != "1":
        return ()
    return overseen(code)


def first_line(code: str) -> bool:
    """Whether ``code`` is a first-line supervisor's (SOC minor group X-1, overseeing
    work of :data:`OVERSEES`), not a manager's or an inspector's: what its job zone asks
    beyond the work's own is experience in the work it supervises (O*NET's Job Zone
    reference: "previous work-related skill, knowledge, or experience"), which someone
    doing that work has. A gardener had read supervising landscaping crews as "a move
    up 2 job zones ...: about 2 years of study or training first" (80 weeks)."""
    return code[3:4] == "1" and not code.startswith("11-") and bool(overseen(code))


def minor_group(code: str) -> str:
    """The SOC minor group of an occupation code ("39-5" for 39-5012.00)."""
    return code[:4]


def other_trades(
    core: tuple[str, ...], overseen_core: Mapping[str, tuple[str, ...]], own: str
) -> frozenset[str]:
    """A supervisor's core skills that are another kind of work's trade, not its own.

    ``overseen_core`` maps each occupation it oversees to that occupation's core
    skills; ``own`` is the person's occupation code. One supervisor code often covers
    unlike trades (personal service: hairdressers, childcare, animal care), and its
    titles name each. A core skill that is the trade of overseen work of one SOC minor
    group other than the person's (childcare, 39-9, for a hairdresser, 39-5) is not
    asked of their step up: knowing the work overseen is their own work. A skill of
    overseen work across two or more groups (office administration, over clerks and
    secretaries) is the supervisor's own, and so is one no overseen work names.
    """
    groups: dict[str, set[str]] = {}
    for code, skills in overseen_core.items():
        for sid in skills:
            groups.setdefault(sid, set()).add(minor_group(code))
    mine = minor_group(own)
    return frozenset(
        sid for sid in core if len(found := groups.get(sid, set())) == 1 and mine not in found
    )


def steps_up(code: str, codes: list[str]) -> list[str]:
    """The supervisors and inspectors among ``codes`` that oversee ``code``'s work.

    None for someone who already supervises or inspects: a retail supervisor's step is
    management, not the supervision of another kind of sales.
    """
    if oversees(code):
        return []
    found = [c for c in codes if c != code and code.startswith(overseen(c))]
    # A supervisor's SOC brings its O*NET specialties with it: the step is the SOC's
    # own occupation, unless :data:`OVERSEES` names the specialty itself (vehicle and
    # aviation inspectors). A stocker's step had been Recycling Coordinators, a
    # specialty of their supervisors' SOC, above the supervisors themselves.
    within = set(found)
    return [c for c in found if c.endswith(".00") or c in OVERSEES or f"{c[:7]}.00" not in within]


def work_assisted(code: str, codes: list[str]) -> list[str]:
    """The occupations among ``codes`` whose work ``code`` assists (:data:`ASSISTS`):
    a teaching assistant's teachers, an electrician's helper's electricians."""
    prefixes = ASSISTS.get(code[:7], ())
    return [c for c in codes if prefixes and c.startswith(prefixes)] if prefixes else []


#: Assistants whose work is no move for the people they assist, though the work they
#: assist is no step up for them (it asks another degree: :data:`ASSISTS` offers it as
#: one): physician and anesthesiologist assistants (29-1071.00, .01) practise under
#: physicians at the same job zone, so neither job zones nor ``beneath_licence`` keep
#: the assistant work from a family physician's or a surgeon's list (+19 resilience,
#: fit 71-72%). Nursing's licensed work is a part of a physician's work too (diagnosis
#: and prescribing in primary care, anaesthesia, births), often in a physician's
#: collaboration: a family physician and a pediatrician had been offered nurse
#: practitioner work (+19, +24), four years of nursing school away.
ASSISTS_ONLY: dict[str, tuple[str, ...]] = {
    "29-1071": PHYSICIANS,  # physician and anesthesiologist assistants: physicians
    "29-1141": PHYSICIANS,  # registered nurses, APRN specialists among them
    "29-1151": PHYSICIANS,  # nurse anesthetists
    "29-1161": PHYSICIANS,  # nurse midwives
    "29-1171": PHYSICIANS,  # nurse practitioners
    # Paralegals work under lawyers' supervision (OOH, paralegals); judges are lawyers
    # (most courts' judges must be, OOH, judges and hearing officers): a judge had been
    # offered paralegal work second, two job zones down, "with better prospects".
    "23-2011": ("23-1011", "23-1021", "23-1023"),
}

#: Other practitioners' treatment work that a physician's licence covers: the practice of
#: medicine every state licenses a physician for takes in diagnosing and treating by
#: these means (manipulation, diet, eyes and feet, therapy, exercise, needling), and
#: most states' practice acts for them exempt licensed physicians (physicians practise
#: acupuncture under their own licence, some states asking 200-300 hours of training:
#: American Academy of Medical Acupuncture). Such work is a physician's own with less
#: scope, no move: every internist, surgeon and most specialists had been offered
#: acupuncture second (+10 resilience, three years of an acupuncture master's), an ER
#: physician physical therapy, a psychiatrist speech-language pathology. Dentistry,
#: pharmacy and veterinary medicine are practices of their own, not listed.
COVERED: dict[str, tuple[str, ...]] = dict.fromkeys(
    (
        "29-1011",  # chiropractors
        "29-1031",  # dietitians and nutritionists
        "29-1041",  # optometrists
        "29-1081",  # podiatrists
        "29-1122",  # occupational and low-vision therapists
        "29-1123",  # physical therapists
        "29-1125",  # recreational therapists
        "29-1127",  # speech-language pathologists
        "29-1128",  # exercise physiologists
        "29-1129",  # art, music and other therapists
        "29-1181",  # audiologists
        "29-1291",  # acupuncturists
        "29-1299",  # naturopathic physicians, orthoptists, other practitioners
        "29-9091",  # athletic trainers
        # The treatment of mental and behavioural disorders, which psychiatry and
        # primary care practise under the medical licence (counselling, therapy and
        # psychology acts exempt licensed physicians): a psychiatrist had been offered
        # mental health social work (+11), a family physician marriage and family therapy.
        "21-1011",  # substance abuse and behavioural disorder counsellors
        "21-1013",  # marriage and family therapists
        "21-1014",  # mental health counsellors
        "21-1023",  # mental health and substance abuse social workers
        "19-3033",  # clinical and counselling psychologists
        "19-3039",  # neuropsychologists
    ),
    PHYSICIANS,
)


#: Prefixes of all the work some assistant or helper assists, or whose licence covers
#: other work (:data:`ASSISTS`, :data:`ASSISTS_ONLY`, :data:`COVERED`).
ASSISTED = tuple(
    sorted(
        {
            p
            for table in (ASSISTS, ASSISTS_ONLY, COVERED)
            for prefixes in table.values()
            for p in prefixes
        }
    )
)


def assists(code: str, target: str) -> bool:
    """Whether work in ``code`` assists work in ``target`` (:data:`ASSISTS`,
    :data:`ASSISTS_ONLY`): a nursing assistant's practical nursing, an electrician's
    helper's electricians, a physician assistant's physicians. The assistant work is then
    no move for someone doing ``target``'s work."""
    prefixes = ASSISTS.get(code[:7], ()) + ASSISTS_ONLY.get(code[:7], ())
    return bool(prefixes) and target.startswith(prefixes)


def covered(code: str, target: str) -> bool:
    """Whether work in ``code`` is work that ``target``'s licence covers (:data:`COVERED`:
    an acupuncturist's for a physician): no move for someone doing ``target``'s work."""
    prefixes = COVERED.get(code[:7], ())
    return bool(prefixes) and target.startswith(prefixes)


def is_assisted_step(code: str) -> bool:
    """Whether a step up into ``code`` is the work assisted, not its supervision or
    management."""
    return not oversees(code) and not managed(code)


def overseen_by_own(own: tuple[str, ...]) -> tuple[str, ...]:
    """The code prefixes of the work the person's ``own`` occupations supervise or manage
    (:func:`supervised`), less those of work they do themselves: one placed as a
    farmworker and as a farmer keeps the farmworkers' moves (animal breeding), as work
    of their own, while a production supervisor's production work stays below them."""
    doing = [o for o in own if not oversees(o)]
    return tuple(
        p for code in own for p in supervised(code) if not any(o.startswith(p) for o in doing)
    )
