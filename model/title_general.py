"""An occupation of general work counts no more holders of a field's title than the field's.

"Salon manager" typed alone: O*NET lists it under general and operations managers,
spa managers, and first-line supervisors of entertainment and recreation workers (who
list "Hair Salon Manager" too). Employment weighs an exact tie typed alone, and the
general managers' 3.4 million holders, who run every kind of business, sent the salon
manager to them (94%, exposure of a general manager). Most of those millions hold
titles that name no salon; of those whose title does, the field's own occupations hold
most, as ``title_ties.catch_all_as_named`` reads an "All Other" group against the
occupation a title names.

So, in a tie on a title typed alone, an occupation of general work (official title
"General and Operations Managers", or ending ", General" or ", All Other") counts no
more holders than the most held of the others tied, when the title holds a word its
official title does not (the field: "salon"). "Operations manager" and "General
manager" name the general managers' own words, and their employment stands.
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.model.title_last_word import official_words
from career_resilience.skills.word_forms import singular

#: How O*NET names an occupation of general work.
_GENERAL_START = "General and Operations"
_GENERAL_ENDS = (", General", ", All Other")


def general_capped(
    codes: tuple[str, ...], ties: np.ndarray, read: str, jobs: np.ndarray
) -> np.ndarray:
    """``jobs`` (holders of each tied occupation) with general work capped at the most
    held of the others, where the title ``read`` names a field its name does not."""
    words = {singular(w) for w in read.split()}
    if not words:
        return jobs
    general = np.array(
        [_general(codes[k]) and not words <= official_words(codes[k]) for k in ties.tolist()],
        dtype=bool,
    )
    if not general.any() or general.all():
        return jobs
    return np.where(general, np.minimum(jobs, jobs[~general].max()), jobs)


@functools.lru_cache(maxsize=2048)
def _general(code: str) -> bool:
    """Whether O*NET names an occupation as general work."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    title = found.title if found is not None else ""
    return title.startswith(_GENERAL_START) or title.endswith(_GENERAL_ENDS)
