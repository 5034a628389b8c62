"""A short title read as the listed title whose qualifier the profile's words hold.

"Driver" with a duty on the school bus route is a "School Bus Driver": when a skill, a
duty line or the title's own qualifier holds, as consecutive words, the qualifier of a
listed title that ends with the typed title, the title is read as that listed title
(``title_context`` explains why the combiner cannot do this itself).
"""

from __future__ import annotations

import re

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.title_duty_work import duty_reading
from career_resilience.model.title_employment import named_by, namesakes, one_occupation
from career_resilience.model.title_index import SAID_ALIKE
from career_resilience.model.title_index import listed as listed_title
from career_resilience.model.title_qualify_checks import (
    common_work,
    core_holders,
    evidence_keeps_typed,
    loose_words_of_other_work,
    part_of_typed_work,
    said_words_of_other_skills,
    skills_keep_typed,
    skills_name_other_work,
    words_of_other_skills,
)
from career_resilience.model.title_qualify_lines import (
    EXACT,
    holding_row,
    line_titles,
    read_duty_work,
    with_namesakes,
)
from career_resilience.model.title_school import TEACHER, at_college, at_school, keep_college
from career_resilience.model.title_specialty import Heard, heard_them, parents_work, words_of

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: Longer titles say their kind themselves ("school bus driver").
SHORT_TITLE_WORDS = 3

_SPLIT = re.compile(r"[;\n]")


def qualify(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    skills: str,
    duties: str,
    own: str,
    heard: Heard | None = None,
) -> bool:
    """Read the title as the listed title whose qualifier the skills, the duties or the
    title's own qualifier (``own``) hold; whether one was found. ``heard`` is told
    when some line qualified a listed title: what the skills and duties say decided it
    then (each line is read alone, so with none qualifying, lines left out qualify none
    either).

    A title of more words that nothing qualifies is read by its last word too, with the
    title's own qualifier, among the occupations listing the title typed: "College
    professor (biology)" is a "Biology Professor", though O*NET lists no "Biology College
    Professor"; of the 39 occupations listing "College Professor", biological science
    teachers had been behind those more held (education teachers 11%, biology under
    5%)."""
    head = title_texts(tables, role)[-1]  # without the employer's qualifier
    if not head or len(head.split()) > SHORT_TITLE_WORDS:
        return False
    if _qualify(tables, f, role, head, skills, duties, own, None, heard=heard):
        return True
    typed = f[:, _MAX] >= EXACT
    if " " not in head:
        return False
    last = head.split()[-1]
    if typed.sum() >= 2:
        if own and _qualify(tables, f, role, last, "", "", own, typed):
            return True
        # A duty line naming a setting qualifies the last word among the title's
        # listers ("English teacher" with "teach 8th grade english" is a middle school
        # teacher, not the college English teachers who list "English Teacher" too); see
        # ``_qualify``'s ``setting``.
        if duties and _qualify(tables, f, role, last, "", duties, "", typed, head, heard):
            return True
    # A college named keeps the subject's college teachers; else a grade or a school no
    # lister of the subject teaches at reads among the school teachers ("Geography
    # teacher" + "teach 7th grade geography": middle school; ``title_school``).
    if last == TEACHER and at_college(role, skills, duties):
        return keep_college(tables.codes, f, typed)
    school = at_school(tables.codes, f, last, duties)
    if school is None:
        return False
    return _qualify(tables, f, role, last, "", school[0], "", school[1], "", heard)


def _qualify(
    tables: MatchTables,
    f: np.ndarray,
    role: str,
    head: str,
    skills: str,
    duties: str,
    own: str,
    within: np.ndarray | None,
    setting: str = "",
    heard: Heard | None = None,
) -> bool:
    """:func:`qualify` for the title ``head``, its listers kept to ``within`` (a boolean
    row) when given.

    With ``setting`` (the whole title typed, ``head`` its last word) the listed title
    read must add a word to the typed title, a setting the lister's official title
    holds: "Park ranger" with "patrol the park" reads only "Park Ranger", the title
    typed, and had been taken as qualified, skipping the readings of a title nothing
    qualifies (park naturalists 74% -> 46%); "Mortgage advisor" with "advise clients on
    mortgages" reads "Mortgage Counselor", a title said alike (credit counselors 63% ->
    100%)."""
    listed = with_namesakes(tables.codes, head)
    if not listed:
        return False
    found: dict[str, tuple[int, int]] = {}  # listed title: (qualifier words, lines)
    said: set[str] = set()  # titles a duty line or the title's own qualifier names
    whole: set[str] = set()  # titles a whole skill line qualifies
    inside: dict[str, list[str]] = {}  # other titles: the skill lines holding them
    lines_of: dict[str, list[str]] = {}  # every title a skill line qualifies: those lines
    work: set[str] = set()  # titles a duty line names by its verb and object
    loose: set[str] = (
        set()
    )  # titles a duty line holds but does not name (``title_duty_work.duty_reading``)
    skill_lines = _SPLIT.split(skills)
    # The duty lines' indices (the title's own qualifier follows them).
    duty_lines = range(len(skill_lines), len(skill_lines) + len(_SPLIT.split(duties)))
    written = sum(1 for line in _SPLIT.split(duties) if line.strip())
    by_own: set[str] = set()  # titles the title's own qualifier names
    for k, phrase in enumerate([*skill_lines, *_SPLIT.split(f"{duties}\n{own}")]):
        if not phrase.strip():
            continue
        typed_words, read = line_titles(tables.codes, head, phrase)
        words, seen = list(typed_words), dict(read)
        if k in duty_lines and " " not in head:
            seen = read_duty_work(tables, head, words, seen, work)
        if k in duty_lines:
            # A word outside the line's object and settings names no title.
            seen = {t: n for t, n in seen.items() if duty_reading(t, head, words)}
        for title, size in seen.items():
            words_before, lines = found.get(title, (0, 0))
            found[title] = (max(words_before, size), lines + 1)
            if k > duty_lines[-1]:
                by_own.add(title)
            if k >= len(skill_lines):
                # A duty line's first word is its verb ("design services and review
                # code"): it says what the person does, not which kind they are.
                reading = duty_reading(title, head, words) if k in duty_lines else "said"
                (said if reading == "said" else loose).add(title)
                continue
            lines_of.setdefault(title, []).append(phrase)
            if size >= len(words):
                whole.add(title)
            else:
                inside.setdefault(title, []).append(phrase)
    if not found:
        return False
    if skills or duties:
        heard_them(heard)
    # The longest qualifier wins; among equally long ones, the one more lines name. A
    # reading the checks below turn down leaves the others: "Staff engineer" with
    # "system design" and "design services and review code" is no "Design Engineer",
    # the skills name software, yet "system design" still reads "System Engineer".
    while found:
        best_key = max(found.values())
        texts = sorted(t for t, key in found.items() if key == best_key)
        best, official = title_channel(tables, texts)
        # Each listed title read is matched exactly by the occupations listing it: a form
        # without its bracketed letters ("patient care assistant" of "Patient Care
        # Assistant (PCA)", ``listed_forms``) is nearest to them, below 1 only by the letters.
        each = best >= best.max(axis=1, keepdims=True) - 1e-6
        # An official title but for its clause names its own holders, wherever its words
        # are nearest ("kindergarten teacher" is a hair nearer a special education title).
        named = namesakes(tables.codes)
        for k, text in enumerate(texts):
            if text in named and not listed_title(text):
                each[k] = False
                each[k, list(named[text])] = True
                official[k, list(named[text])] = 1.0
        if work.intersection(texts):
            # A title a duty line's verb and object name speaks only for the occupations
            # listing a title ending with the typed one: "Logger" with "operate a skidder"
            # is no forklift driver, whom O*NET lists as a "Skidder Operator" too.
            holding = holding_row(tables, head)
            for k, text in enumerate(texts):
                if text in work:
                    each[k] &= holding
        # The skills or duties say which of the title's holders the person is; they do not
        # make another occupation more like the title typed. "Server" with "food safety",
        # read as "Food Server", had gone from waiters (the one occupation listing
        # "Server") to fast-food and food-preparation workers, who list "Food Server" too
        # and hold "food" in their official titles. A title O*NET lists under one
        # occupation (or one SOC code's parent and specialties) names that work, as
        # ``title_kind`` reads such a word: each title read narrows to it when it names it
        # (a "Flight Attendant" names no "Attendant" lister and stands; "Clerk", listed
        # under many, is not narrowed to file clerks by "Medical Records Clerk"). Every
        # occupation not read as a lister keeps the lower of its two readings.
        typed = f[:, _MAX] >= EXACT
        listers = each.any(axis=0)
        if one_occupation(tables.codes, np.flatnonzero(typed)):
            narrowed = each & typed
            listers = np.where(narrowed.any(axis=1, keepdims=True), narrowed, each).any(axis=0)
        # A specialty is not read from a qualifier that is its parent's own word, when the
        # parent lists the title typed: "Plant manager" with "production" had read
        # "Production Plant Manager", listed only under biofuels production managers (95%),
        # whose parent, industrial production managers, list "Plant Manager".
        rows = np.flatnonzero(listers | typed)
        found_in = np.flatnonzero(listers)
        qualifier = words_of(*texts) - words_of(head)
        dropped = np.zeros(len(f), dtype=bool)
        dropped[found_in[parents_work(tables.codes, found_in, rows, qualifier)]] = True
        if all(t in lines_of for t in texts):
            # A skill qualified the title: the listers holding a typed skill as a core skill
            # are the ones it names, when some do ("Machine operator" with "CNC" reads "CNC
            # Machine Operator", listed under CNC tool operators and packaging machine
            # operators too, who had come first on their employment: 57%, CNC 29%).
            dropped |= listers & ~core_holders(tables, role, skills, duties, listers)
        listers &= ~dropped
        if within is not None:
            listers &= within
        if setting:
            # Words in front of the title or of a title said alike ("mortgage counselor"
            # for "mortgage advisor" adds no setting).
            beyond = qualifier - words_of(setting, *SAID_ALIKE.get(head, ()))
            if not beyond:
                found = _without(found, texts)
                continue
            named = named_by(tables.codes)
            for word in beyond:
                held = np.zeros(len(f), dtype=bool)
                held[list(named.get(word, ()))] = True
                listers &= held
        if not listers.any():
            found = _without(found, texts)
            continue
        if said.issuperset(texts) and said_words_of_other_skills(
            tables, qualifier, listers, role, skills, duties
        ):
            found = _without(found, texts)
            continue
        if (
            said.issuperset(texts)
            and not by_own.intersection(texts)
            and (
                part_of_typed_work(typed, listers, best_key[1], written)
                or evidence_keeps_typed(tables, f, head, typed, listers, said=True)
            )
        ):
            found = _without(found, texts)
            continue
        skilled = all(t in lines_of for t in texts)  # a skill line completed the title
        if not said.intersection(texts) and (
            words_of_other_skills(tables, texts, whole, inside, listers, role, skills, duties)
            or skills_name_other_work(tables, texts, whole, inside, listers, role, skills, duties)
            or skills_keep_typed(tables, role, skills, duties, typed, listers)
            or evidence_keeps_typed(
                tables, f, head, typed, listers, duties=bool(duties.strip()) and skilled
            )
            or common_work(tables, head, texts, lines_of, listers, role, skills, duties)
            or loose_words_of_other_work(tables, texts, loose, lines_of, listers, role, skills)
        ):
            found = _without(found, texts)
            continue
        break
    else:
        return False
    best_of, official_of = best.max(axis=0), official.max(axis=0)
    np.minimum(f[:, _MAX], best_of, out=f[:, _MAX])
    np.minimum(f[:, _OFFICIAL], official_of, out=f[:, _OFFICIAL])
    f[listers, _MAX] = 1.0
    f[listers, _OFFICIAL] = official_of[listers]
    if dropped.any():
        # Listing the title read no longer speaks for them: down to the best title of an
        # occupation that neither lists it nor was read as the title typed.
        rest = ~listers & ~dropped & ~typed
        floor = f[rest, _MAX].max() if rest.any() else 0.0
        f[dropped, _MAX] = np.minimum(f[dropped, _MAX], floor)
        f[dropped, _OFFICIAL] = np.minimum(f[dropped, _OFFICIAL], official_of[listers].max())
    f[:, _MAX_SQ] = f[:, _MAX] ** 2
    return True


def _without(found: dict[str, tuple[int, int]], texts: list[str]) -> dict[str, tuple[int, int]]:
    """The readings ``found`` but ``texts``."""
    return {t: key for t, key in found.items() if t not in texts}
