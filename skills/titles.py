"""How job titles are normalised before they are matched to occupations.

People type "Sr. staff acct II" where O*NET writes "Accountants": seniority words and
grades say how senior someone is, not what they do, so they are dropped; punctuation
and case are ignored.
"""

from __future__ import annotations

import re

#: Words that grade a job rather than name it (whole words, lower case).
SENIORITY = frozenset(
    ("sr", "snr", "senior", "jr", "jnr", "junior", "lead", "staff", "principal", "i", "ii",
     "iii", "iv", "v", "entry", "level", "mid", "trainee")
)  # fmt: skip

_WORD = re.compile(r"[^\W_]+(?:[+#]+|(?:['][^\W_]+)*)", re.UNICODE)


def title_words(text: str) -> list[str]:
    """Lower-case words of a title with seniority words and grades removed."""
    words = _WORD.findall(text.casefold())
    kept = [w for w in words if w not in SENIORITY]
    return kept or words


def search_key(text: str) -> str:
    """The form both sides of the fuzzy title search are compared in."""
    return " ".join(title_words(text))
