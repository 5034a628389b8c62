"""A bare job word ("Engineer") read as the kind of work the skills name.

"Staff engineer" with "Java; Kubernetes" is a software engineer; with "AutoCAD; HVAC" a
mechanical one. Normalised, both titles are the one word "engineer", which O*NET lists
alone under some thirty kinds of physical engineering and not under software work at all
(software developers list "Software Engineer"). The title channel then rated those thirty
a perfect match, and the skills could not take it back: O*NET's technology lists name
Java under every engineering occupation and Kubernetes under none.

The catalogue knows what each skill is for: its categories, which frame O*NET's
occupations (``skills/data/occupation_categories.yaml``; an AI-era category by its anchor
occupations), and the occupations holding it as a core skill (``pivot_core_skills``).
So, for a title of one word with skills, each catalogue skill votes for those
occupations; among the occupations that list a title ending with the word ("Software
Engineer", or "Engineer" itself), those with the most votes are the kind the profile
names, if most of the typed skills name it. Then:

- an occupation the title matches exactly but of another kind drops to the best cosine
  of a title not matched exactly (as the employment discount stops there, see
  ``title_context``): the title no longer speaks for it, the skills may;
- those of the kind are read as listing the word itself, so "engineer" matches software
  developers as "Software Engineer" would, and take the best official-title cosine the
  word had among the others ("Mechanical Engineers"); unless the profile's words already read the
  title as a listed title of that kind ("Driver" with duties on the school bus route is
  a school bus driver, not any driver).

Nothing changes when the skills name no catalogue skill, when every holder of the word
is of the kind they name ("Teacher" with lesson planning), or when none is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.skill_items import split_skills_text
from career_resilience.model.title_employment import named_by, one_occupation
from career_resilience.model.title_kind_tables import EXACT, KindTables, kind_tables, skill_votes
from career_resilience.model.title_specialty import Heard, heard_them

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2


def read_kind(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    skills: str,
    duties: str,
    qualified: bool,
    heard: Heard | None = None,
) -> bool:
    """Read a one-word title as the kind of work the skills name, in the channel
    features ``f`` (occupations, F) of one profile, changed in place; whether it did.

    ``qualified``: the profile's words already read the title as a listed title ("school
    bus driver"); it is kept when of the kind, and only the other kinds drop; when of
    another kind, it stands and nothing is read here ("Teacher" with "cosmetology" is a
    "Cosmetology Teacher", though cosmetology votes for personal care work).

    ``heard`` is told once the skills are read (``title_context.read_in_context``).
    """
    if not skills:
        return False
    head = title_texts(tables, role)[-1]
    if not head or " " in head:
        return False
    kinds = kind_tables(tables.codes)
    found = kinds.holders(head)
    # A word O*NET lists alone under exactly one occupation ("Teller") names that work,
    # whatever the skills' kinds say (a teller's cash handling is a cashier's skill too);
    # a word listed alone under many ("Engineer") or none ("Developer") leaves the kind
    # to the skills.
    if found is None or found[0] == 1 or not len(found[1]):
        return False
    if found[0] == 0 and kinds.plural_alone_once(head):
        # "Paramedic": O*NET lists only the plural official title "Paramedics" alone, and
        # "Ski Patrol Paramedic" under lifeguards; read by its skills, one "ACLS" (CPR,
        # which frames lifeguards) sent a paramedic to lifeguards at 100%.
        return False
    if _one_work(tables, head):
        return False
    holders = found[1]
    heard_them(heard)
    votes, cores, readings = skill_votes(kinds, role, split_skills_text(skills), skills, duties)
    if votes is None or cores is None:
        return False
    held = votes[holders]
    most = int(held.max())
    kind = holders[held == most]
    # Most of what the skills name must name the kind: one skill read from a part of its
    # words ("circuit design" as graphic design) does not outvote the title.
    if 2 * most <= readings or len(kind) == len(holders):
        return False
    exact = f[:, _MAX] >= EXACT
    # Core skills tell apart what the typed word does not. A word O*NET lists whole
    # under at least half the occupations listing a title it ends is a name in its own
    # right, not the head of longer titles ("Housekeeper": maids and locker room
    # attendants list it, supervisors "Executive Housekeeper", laundry workers "Laundry
    # Housekeeper"), and those of the kind listing it keep their place, for employment
    # to weigh (with "laundry" the supervisors, to whom "Laundry Supervisor" gives it
    # as a core skill, had taken the title from the maids: 100%).
    whole = exact & (not qualified and 2 * found[0] >= len(holders))
    if 2 * len(kind) > len(holders):
        kind = _nearest_kind(tables, kinds, kind, cores, whole, skills)
    elif len(kind) > 1 and cores[kind].max() > 0:
        # Among those the skills' categories name alike, the ones holding the skills as
        # core skills are the kind ("Manager" with restaurant skills: food service
        # managers, not managers, all other, whom middle management frames as well).
        kind = kind[(cores[kind] == cores[kind].max()) | whole[kind]]
    kind = _with_parents(kinds, kind, holders, votes, cores)
    kind = _with_residuals(kinds.codes, kind, holders, f"{skills} {duties}")
    kind = _with_namesake(tables.codes, kind, head, exact)
    of_kind = np.zeros(len(f), dtype=bool)
    of_kind[kind] = True
    if qualified and not (exact & of_kind).any():
        # The words typed name a listed title; the kind is only what the skills vote
        # for (cosmetology voted childcare workers, 46%, over cosmetology teachers).
        return False
    holding = np.zeros(len(f), dtype=bool)
    holding[holders] = True
    # The best title of an occupation that neither lists the word nor matches exactly:
    # its cosines, with and without the official title, are what the word still says
    # for another kind.
    near = np.flatnonzero(~exact & ~holding)
    ref = int(near[np.argmax(f[near, _MAX])]) if len(near) else None
    floor = f[ref, [_MAX, _OFFICIAL]].copy() if ref is not None else np.zeros(2, np.float32)
    other = np.flatnonzero((exact | holding) & ~of_kind)
    if not qualified:
        f[kind, _MAX] = 1.0
        # The word's official-title evidence moves with it: "engineer" is as near
        # "Software Developers" read as software engineering as it was to "Mechanical
        # Engineers" (Engineer with Python; Django: software developers 10% -> 60%).
        if len(other):
            f[kind, _OFFICIAL] = np.maximum(f[kind, _OFFICIAL], f[other, _OFFICIAL].max())
    f[other, _MAX] = np.minimum(f[other, _MAX], floor[0])
    f[other, _OFFICIAL] = np.minimum(f[other, _OFFICIAL], floor[1])
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


def _nearest_kind(
    tables: MatchTables,
    kinds: KindTables,
    kind: np.ndarray,
    cores: np.ndarray,
    whole: np.ndarray,
    skills: str,
) -> np.ndarray:
    """Among the kind of work the skills name, when it holds most of the title word's
    holders (the word says little: "Doctor"), those the skills name most nearly.

    Those holding the skills as core skills first: "Doctor" with "pediatrics" is a
    pediatrician, not any of the 32 health occupations listing a "... Doctor" title that
    paediatrics' category frames (pharmacists, 17%, came first on their employment).
    Then those a skill names by its practitioner's title (``KindTables.practitioners``):
    "Doctor" with "surgery" is a surgeon; dentists hold surgery as a core skill too
    (O*NET lists "Doctor of Dental Surgery") and came first on their employment (41%).
    Those listing the word whole (``whole``, when it names them) stay with the first.
    """
    cored = cores[kind]
    if cored.max() > 0:
        kind = kind[(cored == cored.max()) | whole[kind]]
    named = kinds.practitioners(tables, skills)[kind]
    if 0 < int(named.sum()) < len(kind):
        kind = kind[named]
    return kind


def _with_parents(
    kinds: KindTables, kind: np.ndarray, holders: np.ndarray, votes: np.ndarray, cores: np.ndarray
) -> np.ndarray:
    """The kind, with the SOC parent of each O*NET specialty in it that the skills name
    as much (by their categories and as core skills) and that lists no title ending
    with the word.

    A specialty is one branch of its parent's work, and its own titles name the branch:
    "Manager" with plumbing had read as Solar Energy Installation Managers (95%), the
    one "... Manager" among the holders plumbing's categories frame, though nothing
    typed says solar; their parent, the construction trades' first-line supervisors,
    lists no "... Manager" and is the work itself. The parent then stands beside the
    specialty, for employment to weigh.
    """
    held = set(holders.tolist()) | set(kind.tolist())
    parents = set()
    for k in kind.tolist():
        code = kinds.codes[k]
        if code.endswith(".00"):
            continue
        parent = kinds.column.get(code[:8] + "00")
        if parent is None or parent in held:
            continue
        if votes[parent] >= votes[k] and cores[parent] >= cores[k]:
            parents.add(parent)
    if not parents:
        return kind
    return _union(kind, parents)


#: A residual occupation's clause and the words in it that name no excepted work.
_EXCEPT = re.compile(r",\s*except\s+(.*)$", re.IGNORECASE)
_NO_WORK = frozenset({"and", "or", "other", "all", "of", "the"})


def _with_residuals(
    codes: Sequence[str], kind: np.ndarray, holders: np.ndarray, said: str
) -> np.ndarray:
    """The kind, with each holder of the word that is the residual of a kind's SOC broad
    group ("Secretaries and Administrative Assistants, Except Legal, Medical, and
    Executive" beside medical and executive secretaries) when two or more of the group
    are of the kind, unless the profile says a word of the work it excepts ("medical").

    A skill votes for the kinds that hold it as a core skill, and a residual names no
    specialty to hold: "Secretary" with "scheduling" had dropped the general secretaries,
    whom most secretaries are (1.8 million against 0.6 million medical), to 0% (medical
    secretaries 62%). Beside the kind, employment weighs them (``title_ties``)."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    # Only where the skills name two or more kinds of the group alike: a skill core to one
    # excepted kind says which ("Dispatcher" with "911 calls" is a police dispatcher).
    counts: dict[str, int] = {}
    for k in kind.tolist():
        counts[codes[k][:6]] = counts.get(codes[k][:6], 0) + 1
    groups = {group for group, n in counts.items() if n >= 2}
    if not groups:
        return kind
    words = set(re.findall(r"[a-z]+", said.lower()))
    joined = []
    for k in sorted(set(holders.tolist()) - set(kind.tolist())):
        occ = table.get(codes[k])
        found = _EXCEPT.search(occ.title) if occ is not None else None
        if found is None or codes[k][:6] not in groups:
            continue
        excepted = set(re.findall(r"[a-z]+", found.group(1).lower())) - _NO_WORK
        if not excepted & words:
            joined.append(k)
    if not joined:
        return kind
    return _union(kind, joined)


def _union(kind: np.ndarray, more: Iterable[int]) -> np.ndarray:
    """``np.union1d(kind, more)`` of occupation indices (sorted, each once), by a set:
    ``np.union1d`` and ``np.setdiff1d`` go through ``np.unique``, whose first call
    imports ``numpy.ma`` (10-17 ms of a cold ``resilience score``, ``title_ties``)."""
    return np.array(sorted({*kind.tolist(), *more}), dtype=kind.dtype)


def _with_namesake(
    codes: tuple[str, ...], kind: np.ndarray, head: str, exact: np.ndarray
) -> np.ndarray:
    """The kind, with the one occupation listing the word whose official title holds it,
    when only one does: the word is that work's own name, which skills that vote for
    other listers too do not take away ("Roustabout" with rigging and forklift had read
    as sailors and marine oilers, 99%, who list "Roustabout" too, beside "Roustabouts,
    Oil and Gas", 0%). Beside the kind, the skills and employment weigh it. An official
    title excepting kinds shares its name with them: "Dispatchers, Except Police, Fire,
    and Ambulance" is not every dispatcher (``title_excepted``)."""
    from career_resilience.skills.occupations import occupation_table

    named = [k for k in named_by(codes).get(head, ()) if exact[k]]
    if len(named) != 1 or named[0] in kind:
        return kind
    occupation = occupation_table().get(codes[named[0]])
    if occupation is None or _EXCEPT.search(occupation.title):
        return kind
    return _union(kind, named)


def _one_work(tables: MatchTables, head: str) -> bool:
    """Whether every occupation listing the word alone is one SOC code's parent or its
    specialties ("Economist": Economists and Environmental Economists; "Nurse":
    registered nurses and their four specialties): one occupation as BLS counts it, so
    the word names that work as a word listed under one occupation does. Reading it as
    the kind the skills name had sent "Economist" with "Stata; forecasting" to data
    scientists (99%), who list "Data Economist", not "Economist"."""
    return one_occupation(
        tables.codes, np.flatnonzero(title_channel(tables, [head])[0][0] >= EXACT)
    )
