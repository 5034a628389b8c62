"""Which title a typed title is read as, when its words say more or less than one job.

Two readings ``occupation_match.title_texts`` asks before it reads a title as typed:

- **Licence letters** after a one-word job ("Therapist (LPC)"): the title they stand for.
- **A setting before a job** ("Church secretary"): the job, when O*NET lists no title
  ending with the job that holds the setting's word, and the job's listers are kinds of
  one work. Read whole, the title's cosine with every secretaries' title was alike and
  the shortest official titles came first (medical secretaries 35%, legal 34%, the
  secretaries and administrative assistants who are most secretaries 23%).
"""

from __future__ import annotations

import re

import numpy as np

from career_resilience.model.occupation_match import (
    LISTED,
    MatchTables,
    title_channel,
    title_text,
)
from career_resilience.model.title_index import listed, qualified_titles
from career_resilience.skills.titles import normalise_title

#: One word and, in brackets or after a dash, letters that stand for a title
#: ("Therapist (LPC)", "Nurse - RN").
_LICENCE = re.compile(
    r"^\s*([^\W\d_]+)\s*(?:\(\s*([^\W\d_]+)\s*\)|[-\u2013\u2014,]\s*([^\W\d_]+))\s*$"
)


def licence_title(tables: MatchTables, role: str) -> str:
    """The title that letters after a one-word title stand for, as the title channel
    reads it, when O*NET lists it and not the word before it with it: "Therapist (LPC)"
    is a licensed professional counselor; else empty.

    The letters name the licence the person works under, which says the work more
    exactly than the one word of the job: "Therapist (LPC)" had read "lpc" as its
    qualifier, whose "licensed" named O*NET's "Licensed Therapist", listed only by
    marriage and family therapists (87%)."""
    found = _LICENCE.match(role)
    if found is None:
        return ""
    letters = found.group(2) or found.group(3)
    written = normalise_title(letters)
    if len(written.split()) < 2:
        return ""  # no shorthand of a title ("Cook (prep)", "Nurse (ICU)")
    written = title_text(tables, written)
    whole = title_text(tables, normalise_title(role))
    word = title_text(tables, normalise_title(found.group(1)))
    best = title_channel(tables, [written, whole, word])[0]
    # A word O*NET lists under one occupation is the job itself, the letters a licence
    # held besides ("Firefighter (EMT)" fights fires).
    one_job = int((best[2] >= LISTED).sum()) == 1
    return written if best[0].max() >= LISTED and best[1].max() < LISTED and not one_job else ""


def job_of_setting(tables: MatchTables, title: str) -> str:
    """The job word of a two-word title O*NET does not list, when the first word is no
    word of any title O*NET lists ending with the job and the job's listers are kinds of
    one work ("Church secretary": secretary); else empty."""
    words = title.split()
    if len(words) != 2 or listed(title):
        return ""
    setting, job = words
    if any(setting in q.split() for q in qualified_titles(job)):
        return ""
    best = title_channel(tables, [job, title])[0]
    if best[1].max() >= LISTED:
        return ""
    listers = np.flatnonzero(best[0] >= LISTED)
    if len(listers) < 2 or len({tables.codes[k][:5] for k in listers}) != 1:
        return ""
    return job
