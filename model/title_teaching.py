"""A teaching title: its skills and duties name what is taught, not who makes it.

"Pottery instructor" with "pottery; wheel throwing; glazing" and "teach evening pottery
classes", "Sewing instructor" with "sewing; quilting": O*NET lists neither title, and the
skills, tools and duty words read against each occupation's lists name the subject, which
O*NET holds under those who make it (manufacturing potters 75%, sewing machine operators
67%); no teacher's tool list holds a potter's wheel. "HVAC instructor", which O*NET lists
under career and technical teachers, went to HVAC mechanics (91%) on their tools, duties
and official title. But the title says the work is teaching: its last word is one O*NET
lists at the end of teachers' titles ("Ceramics Instructor", "Knitting Teacher"), and the
subject typed is what they teach.

So, for a title whose last word is a teaching word (:data:`TEACHING`), the skills and
duties columns of every occupation listing no title ending with that word are read as
naming nothing; the occupations that teach it are then told apart by the title and by
what the skills and duties say of them. Every occupation listing a title ending so keeps
its reading, teachers or not ("Yoga Teacher" is listed under fitness instructors, "Dance
Instructor" under choreographers too, "Flight Instructor" under pilots): O*NET's listing
says where those workers are counted.
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.occupation_match import SKILL_COLUMNS, MatchTables, title_texts
from career_resilience.model.title_kind_tables import kind_tables

# Feature columns of ``occupation_match.FEATURES``.
_MAX = 0
#: Last words of a title that name teaching as the work.
TEACHING = frozenset({"instructor", "teacher", "tutor"})


def read_as_teaching(tables: MatchTables, f: np.ndarray, role: str) -> bool:
    """In the channel features ``f`` (occupations, F) of one profile with skills or
    duties, changed in place: when the title ends with a teaching word, the skills and
    duties read nothing of an occupation that lists no title ending with it; whether
    they were so read."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] not in TEACHING:
        return False
    found = kind_tables(tables.codes).holders(words[-1])
    if found is None or not len(found[1]):
        return False
    others = np.ones(len(f), dtype=bool)
    others[found[1]] = False
    f[others, SKILL_COLUMNS] = np.minimum(f[others, SKILL_COLUMNS], 0.0)
    return True
