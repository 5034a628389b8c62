"""Whether the words that qualify a short title are the title's own work instead.

``title_qualify`` reads "Driver" with "school bus" as a "School Bus Driver". A skill
may hold a listed title's qualifier yet be the typed title's own work ("Housekeeper"
with "laundry"), another skill's word ("Manager" with "cash handling"), or the common
work of the title's most held occupation ("Manager" with "budgets"): these checks keep
the typed title then.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.occupation_match import SKILL_COLUMNS, MatchTables
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_employment import employment, named_by
from career_resilience.model.title_kind_tables import kind_tables, skill_votes
from career_resilience.model.title_specialty import words_of

if TYPE_CHECKING:
    from career_resilience.skills.models import Skill


def skills_keep_typed(
    tables: MatchTables,
    role: str,
    skills: str,
    duties: str,
    typed: np.ndarray,
    listers: np.ndarray,
) -> bool:
    """Whether the skills name the occupations listing the typed title (``typed``) more
    than those listing the longer title a skill completes (``listers``), none of which
    lists the typed title: then the skill is the typed title's own work, not its
    qualifier.

    "Housekeeper" is listed whole, under maids; "laundry; vacuuming; making beds" had
    read it as "Laundry Housekeeper" (laundry workers 89%), though all three skills are
    housekeeping work and none names laundry workers. A typed title that is no listed
    title ("Technician"), or a skill naming the longer title's listers as much when no
    lister of the typed title holds most of its people ("Attendant" with "flight
    safety"), still reads the longer title.
    """
    if not typed.any() or (typed & listers).any():
        return False
    kinds = kind_tables(tables.codes)
    votes, _cores, _readings = skill_votes(kinds, role, split_skills_text(skills), skills, duties)
    if votes is None:
        return False
    own, other = int(votes[typed].max()), int(votes[listers].max())
    # As many skills naming each: a title whose most held lister holds most of its
    # listers' people is the person's word for their work, and one skill more does not
    # re-place it ("Cashier" with cash handling and "pharmacy dispensing" had read
    # "Pharmacy Cashier": pharmacy aides 88%, exposure 60 against a cashier's 43).
    return own > other or (own == other > 0 and _held_by_most(tables, typed))


def evidence_keeps_typed(
    tables: MatchTables,
    f: np.ndarray,
    head: str,
    typed: np.ndarray,
    listers: np.ndarray,
    said: bool = False,
    duties: bool = False,
) -> bool:
    """Whether the title typed (``head``) keeps the occupations listing it as typed
    (``typed``) against a longer listed title the profile completes it into, listed by
    ``listers``: it does when the skills and duties read no lister of the longer title
    better than the best lister of the typed title the reading would leave
    (``f``'s skill and duty columns, weighed as the combiner weighs them).

    Asked of three readings whose words alone do not say which work it is:
    - a title of two words or more completed into one none of whose listers lists it
      ("Intelligence analyst" with "all-source analysis" had read O*NET's "All Source
      Intelligence Analyst", listed only under remote sensing scientists, which the
      duties "brief the commander; write intelligence reports" read at a third of
      intelligence analysts: business intelligence analysts 69%, intelligence analysts
      28%);
    - a title a duty line completes (``said``): the line says where or on what the work
      is done, not which of the title's holders the person is ("Economist" with "write
      research reports" had read "Research Economist", which O*NET lists only under
      environmental economists, 86%, against the economists its official title names;
      "Flagger" with "hold the stop sign at the work zone", "Work Zone Flagger", highway
      maintenance workers 70%, against crossing guards and flaggers);
    - a one-word title a skill completes, when duty lines are typed too (``duties``):
      they are the evidence ("Flagger" with "traffic control").
    A title the duties bear out still reads so ("Driver" with "drive the school bus
    route": school bus drivers; "Nurse" with "work in the ICU": critical care nurses)."""
    if said or (duties and len(head.split()) == 1):
        left = typed & ~listers
        if not left.any():
            return False
    else:
        if len(head.split()) < 2 or not typed.any() or (typed & listers).any():
            return False
        left = typed
    if f.shape[1] < SKILL_COLUMNS.stop:
        return False  # the drivers' title-only variants: no skill or duty columns
    evidence = f[:, SKILL_COLUMNS] @ tables.weights[SKILL_COLUMNS].astype(np.float32)
    return bool(evidence[listers].max() < evidence[left].max())


def _inside_skills(
    tables: MatchTables,
    texts: list[str],
    whole: set[str],
    inside: dict[str, list[str]],
    role: str,
    skills: str,
    duties: str,
) -> list[Skill] | None:
    """The catalogue skills of the skill lines qualifying the titles read, when every
    title is qualified only by words inside such lines; else None (a whole line, a title
    no skill line holds, or a line that is no catalogue skill still qualifies)."""
    if whole.intersection(texts) or not all(t in inside for t in texts):
        return None
    matcher = kind_tables(tables.codes).catalogue[0]
    context = matcher.context(role, skills, duties)
    found = [matcher.resolve(line, context) for t in texts for line in inside[t]]
    held = [skill for skill in found if skill is not None]
    return held if len(held) == len(found) else None


def _skills_vote_other_work(
    tables: MatchTables,
    listers: np.ndarray,
    role: str,
    lines: list[str],
    skills: str,
    duties: str,
) -> bool:
    """Whether the typed skill lines name an occupation outside ``listers`` more than any
    of the listers (the last step the qualifier checks below share)."""
    votes, _cores, _readings = skill_votes(kind_tables(tables.codes), role, lines, skills, duties)
    if votes is None:
        return False
    return int(votes[~listers].max(initial=0)) > int(votes[listers].max(initial=0))


def words_of_other_skills(
    tables: MatchTables,
    texts: list[str],
    whole: set[str],
    inside: dict[str, list[str]],
    listers: np.ndarray,
    role: str,
    skills: str,
    duties: str,
) -> bool:
    """Whether the titles read are qualified only by words inside skill lines that are
    catalogue skills naming none of their listers: the words belong to another skill.

    "Manager" with "cash handling" had read as "Cash Manager" (financial managers, 87%):
    "cash" qualifies O*NET's title, but cash handling is a till's work, which frames
    retail, not finance. A whole line ("cosmetology" of "Cosmetology Teacher"), a line
    that is no catalogue skill, or a skill naming a lister ("food safety" of "Food
    Server") still qualifies.
    """
    found = _inside_skills(tables, texts, whole, inside, role, skills, duties)
    kinds = kind_tables(tables.codes)
    return found is not None and not any(kinds.named_by(s.id)[listers].any() for s in found)


def skills_name_other_work(
    tables: MatchTables,
    texts: list[str],
    whole: set[str],
    inside: dict[str, list[str]],
    listers: np.ndarray,
    role: str,
    skills: str,
    duties: str,
) -> bool:
    """Whether the titles read are qualified only by words inside skill lines that are
    catalogue skills, while the typed skills name another occupation more than any of
    the titles' listers: the words belong to that other work.

    "Staff engineer" with Java; system design; Kubernetes had read "Design Engineer"
    from inside "system design" (mechanical engineers 30%), though the skills name
    software developers more than any design engineer. A line the catalogue does not
    hold still qualifies ("Bus driver" with "city routes" is a "City Bus Driver").
    """
    if _inside_skills(tables, texts, whole, inside, role, skills, duties) is None:
        return False
    return _skills_vote_other_work(tables, listers, role, split_skills_text(skills), skills, duties)


def said_words_of_other_skills(
    tables: MatchTables,
    qualifier: frozenset[str],
    listers: np.ndarray,
    role: str,
    skills: str,
    duties: str,
) -> bool:
    """Whether the duty lines qualifying the titles read use words (``qualifier``) that
    one of the person's skill lines holds among others, while the typed skills name
    another occupation more than any of the titles' listers: the word is that skill's.

    "Staff engineer" with Java; system design; Kubernetes and "lead the design of our
    payment services; write design docs" had read "Design Engineer" from the duty lines
    (mechanical engineers 36%), though "design" is the person's "system design" and the
    skills name software developers twice, any design engineer once. A word no skill
    line holds ("drive the school bus", "ICU") still qualifies.
    """
    if not qualifier or not skills:
        return False
    lines = split_skills_text(skills)
    if not any(qualifier < words_of(line) for line in lines):
        return False
    return _skills_vote_other_work(tables, listers, role, lines, skills, duties)


def loose_words_of_other_work(
    tables: MatchTables,
    texts: list[str],
    loose: set[str],
    lines_of: dict[str, list[str]],
    listers: np.ndarray,
    role: str,
    skills: str,
) -> bool:
    """Whether the titles read are qualified only by duty-line words that do not name
    them (``loose``: the line's verb, or a word outside its object), while the typed
    skills name another occupation more than any of the titles' listers.

    "Machine operator (metal shop)" with machine setup; mills; drills; calipers and
    "check parts against the print" had read "Print Machine Operator" (photographic
    process workers 77%): the print is what the parts are checked against, and the
    skills name machining. A line's object still names the title ("Driver" with "drive
    the school bus"), and so do its other words when no skill names other work.
    """
    if not skills or not loose.issuperset(texts) or any(t in lines_of for t in texts):
        return False
    return _skills_vote_other_work(tables, listers, role, split_skills_text(skills), skills, "")


def common_work(
    tables: MatchTables,
    head: str,
    texts: list[str],
    lines_of: dict[str, list[str]],
    listers: np.ndarray,
    role: str,
    skills: str,
    duties: str,
) -> bool:
    """Whether every skill line qualifying the titles read is a catalogue skill that
    names the occupation most people typing the title hold, which lists none of them
    nor is a specialty of or a parent to one of their listers: the skill is the title's
    common work, not its qualifier.

    "Manager" with "budgets" had read as O*NET's "Budget Manager" (financial managers,
    95%), yet budget management is part of a general manager's work, the most held
    "... manager" (3 million). "Nurse" with "ICU" still reads "ICU Nurse" (critical care
    nurses are a specialty of registered nurses, the most held "... nurse"), "Server"
    with "food safety" "Food Server" (fast-food workers, the most held, list it).

    A qualifier that O*NET names every lister by, in its official title, is the kind of
    work typed, not the common work: "Secretary" with "medical terminology" reads
    "Medical Secretary" (medical secretaries), though medical terminology is office work
    that general secretaries, the most held, are framed by too (they had come first, 41%
    against 39%, and legal secretaries first with "EHR" beside it). No "Budget Manager"
    lister is named "budget".
    """
    kinds = kind_tables(tables.codes)
    found = kinds.holders(head)
    if found is None or not len(found[1]) or not all(lines_of.get(t) for t in texts):
        return False
    if _official_names(tables, words_of(*texts) - words_of(head), listers):
        return False
    rows = found[1]
    most = int(rows[np.argmax(employment(tables.codes)[rows])])
    # A specialty detailed under the most held's SOC code is its own kind ("ICU Nurse").
    soc = tables.codes[most][:7]
    if any(tables.codes[k][:7] == soc for k in np.flatnonzero(listers)):
        return False
    matcher = kinds.catalogue[0]
    context = matcher.context(role, skills, duties)
    for text in texts:
        for line in lines_of[text]:
            skill = matcher.resolve(line, context)
            if skill is None or not kinds.named_by(skill.id)[most]:
                return False
    return True


def _official_names(tables: MatchTables, qualifier: AbstractSet[str], listers: np.ndarray) -> bool:
    """Whether every lister's official title holds every ``qualifier`` word (some)."""
    if not qualifier or not listers.any():
        return False
    named = named_by(tables.codes)
    held = listers.copy()
    for word in qualifier:
        row = np.zeros(len(listers), dtype=bool)
        row[list(named.get(word, ()))] = True
        held &= row
    return bool((held == listers).all())


def core_holders(
    tables: MatchTables, role: str, skills: str, duties: str, listers: np.ndarray
) -> np.ndarray:
    """The occupations holding a typed skill as a core skill, if any lister does and
    another does not; else every lister (a boolean row)."""
    _, cores, _ = skill_votes(
        kind_tables(tables.codes), role, split_skills_text(skills), skills, duties
    )
    if cores is None:
        return listers
    held = listers & (cores > 0)
    return held if held.any() and (listers & ~held).any() else listers


def part_of_typed_work(typed: np.ndarray, listers: np.ndarray, lines: int, written: int) -> bool:
    """Whether a title the duty lines alone name (in ``lines`` of the ``written`` ones)
    is one part of the typed title's work rather than other work: the title typed is
    listed as typed (``typed``), not by the occupations listing the one read
    (``listers``), and fewer than half the lines name it.

    "Bookkeeper" with "pay bills; do payroll; reconcile the bank" had read "Payroll
    Bookkeeper" (payroll and timekeeping clerks, 100%), though bookkeepers run the payroll
    among the rest; with only "do payroll every other friday" typed, it still reads so."""
    return bool(typed.any()) and not (listers & typed).any() and 2 * lines < written


def _held_by_most(tables: MatchTables, typed: np.ndarray) -> bool:
    """Whether one of the occupations listing the typed title holds more than half of
    the people who hold any of them (BLS employment): cashiers, of "Cashier"'s three
    listers; not one lister of "Attendant"."""
    jobs = employment(tables.codes)[typed]
    return bool(jobs.max() > jobs.sum() / 2)
