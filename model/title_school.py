"""A subject teacher at a school: the school occupations a grade or school names.

O*NET lists many subject titles only under college teachers ("Geography Teacher",
"Drama Teacher": postsecondary), or under secondary and college teachers ("French
Teacher"), so "Geography teacher" + "teach 7th grade geography" had read college
geography teachers (100%, exposure 88) and "French teacher" + "teach 5th grade french"
secondary teachers: the grade's own title ("7th Grade Teacher", listed under middle
school teachers) is not among the subject's listers, where ``title_qualify`` reads a
setting. A duty line naming a grade or a school is read, for a title ending in
"teacher", among the school teachers (preschool to secondary), unless the person says
they teach at a college.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from career_resilience.sanitise import duty_lines

#: Words that place the teaching at a college or university: the title's college
#: listers stand ("French lecturer" + "teach french at the university").
_COLLEGE = re.compile(
    r"\b(college|university|universities|postsecondary|undergrad\w*|graduate|faculty|"
    r"professor|lecturer|campus|adjunct|tenure\w*)\b",
    re.IGNORECASE,
)
#: The last word of the titles this reads: O*NET's school titles are "... Teacher".
TEACHER = "teacher"


def at_college(*texts: str) -> bool:
    """Whether any of the typed texts places the teaching at a college."""
    return any(_COLLEGE.search(text) for text in texts if text)


#: The teachers O*NET lists subject titles under: college teachers, the school
#: teachers of every grade but special education and career/technical education
#: ("French Teacher", "Biology Teacher": secondary), and self-enrichment teachers
#: ("Drama Teacher").
SUBJECTS = ("25-1", "25-2011", "25-2012", "25-2021", "25-2022", "25-2031", "25-3021")
#: Words of a duty line naming a grade or a school ("teach 7th grade", "at a high
#: school", "kindergarten"); a line without one ("private lessons to 30 students") says
#: no school.
_SCHOOL = re.compile(
    r"\b(grades?|graders?|k-?\d+|kindergarten|elementary|primary|middle|junior|high|"
    r"secondary|preschool|pre-?k|school|schools|year\s*\d+)\b",
    re.IGNORECASE,
)


def at_school(
    codes: tuple[str, ...], f: np.ndarray, last: str, duties: str
) -> tuple[str, np.ndarray] | None:
    """The duty lines naming a grade or a school, and the school teachers (a boolean
    row) they are read among (``title_qualify``), or None: only for a title ending in
    "teacher", with such lines, whose listers are all college, school or
    self-enrichment teachers (``SUBJECTS``), a subject's teachers (when O*NET lists it
    nowhere, some of the occupations nearest it are). A title other school teachers list
    ("Special ed teacher"), or another kind of teacher ("Substitute teacher"), is that
    work at any grade."""
    lines = "\n".join(line for line in duty_lines(duties) if _SCHOOL.search(line))
    if last != TEACHER or not lines:
        return None
    best = f[:, 0]
    typed = np.flatnonzero(best >= 0.999)
    if len(typed):
        subject = all(codes[k].startswith(SUBJECTS) for k in typed.tolist())
    else:  # listed nowhere: a subject's teachers among those nearest it
        nearest = np.flatnonzero(best >= best.max() - NEAR)
        subject = any(codes[k].startswith(SUBJECTS) for k in nearest.tolist())
    if not subject:
        return None
    return lines, school_rows(codes)


#: How far below the nearest a title's cosine still counts as nearest, for a title O*NET
#: lists nowhere ("Latin teacher": Latin dancers 0.539, college teachers 0.534).
NEAR = 0.02
#: The school teachers a subject teacher at a school is read among: preschool to
#: secondary, special and career/technical education aside.
SCHOOLS = ("25-2011", "25-2012", "25-2021", "25-2022", "25-2031")


@functools.lru_cache(maxsize=4)
def school_rows(codes: tuple[str, ...]) -> np.ndarray:
    """The school teachers (``SCHOOLS``) among ``codes``, as a boolean row."""
    return np.array([code.startswith(SCHOOLS) for code in codes], dtype=bool)


def keep_college(codes: tuple[str, ...], f: np.ndarray, typed: np.ndarray) -> bool:
    """Among the occupations listing the title typed (``typed``), keep the college
    teachers (SOC 25-1000) when some are and some are not: the others fall to the best
    title of an occupation not listing it. Whether any fell; ``f`` changed in place.

    "Computer science teacher" + "teach university courses" had read secondary school
    teachers (51%), who list "Computer Science Teacher" too; college computer science
    teachers 55% before duty lines named titles by two words ("university" alone had
    carried it)."""
    college = np.array([code.startswith("25-1") for code in codes], dtype=bool)
    others = typed & ~college
    if not (typed & college).any() or not others.any():
        return False
    rest = ~typed
    floor = f[rest, 0].max() if rest.any() else 0.0
    f[others, 0] = np.minimum(f[others, 0], floor)
    f[others, 2] = f[others, 0] ** 2
    return True
