"""How a duty line looks to the duty model: stemmed content words, their pairs, TF-IDF.

O*NET task statements are written in the third person imperative ("Answer customer
inquiries ..."); people write "I answer emails from customers", "answering calls",
"fixed the boiler". Stemming (Snowball, via PyStemmer) and dropping the function and
first-person words people add bring both onto one vocabulary. The same code fits the
vectorizer during training and transforms lines at run time, so the two cannot drift.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from itertools import pairwise
from typing import Any

import numpy as np

from career_resilience.model.features import operating_room

#: Bump when tokenising, stop words, abbreviations or stemming change: a model fit with
#: other text rules would look up the wrong terms, so loading it is refused.
TEXT_VERSION = 3

# Words of two or more letters (a lone letter is noise: "e" of "e-mail", "s" of "'s"),
# and numbers. "e-mail" is joined first: task statements spell it both ways.
_TOKEN = re.compile(r"[a-z][a-z0-9+#]+|[0-9]+(?:[.,][0-9]+)?")
_EMAIL = re.compile(r"\be-mail")

# Function words and the first-person framing people put around a duty. Verbs and
# nouns stay, even common ones ("call", "fill", "bill"): they carry the duty.
_STOP = """a about above across after all also am an and any are as at be been being both but
    by can could did do does doing done during each either etc every for from had has have
    having he her here hers him his how i if in into is it its itself just lot lots
    many me more most much my myself no nor not of off on once one only or other others
    our ours ourselves out over own per really same she should so some such than that the
    their theirs them themselves then there these they this those through to too under
    until up upon us very via was we were what when where whether which while who whom
    whose why will with within without would you your yours yourself daily day days
    everyday usually often sometimes always mostly basically try trying get gets getting
    got make sure need needs ll re ve"""
STOP_WORDS = frozenset(_STOP.split())

# Shorthand people type in duty lines, expanded to the words task statements use.
# Keys are whole lower-case tokens.
ABBREVIATIONS = {
    "cj": "criminal justice",
    "mtg": "meeting",
    "mtgs": "meetings",
    "pt": "patient",
    "pts": "patients",
    "docs": "documents",
    "doc": "document",
    "prep": "prepare",
    "mgmt": "management",
    "acct": "account",
    "accts": "accounts",
    "admin": "administrative",
    "qa": "quality assurance",
    "hr": "human resources",
    "ap": "accounts payable",
    "po": "purchase order",
    "sql": "database query",
    "excel": "spreadsheet",
    "kpi": "performance indicator",
    "kpis": "performance indicators",
    "ppt": "presentation",
    "slides": "presentation",
    "phone": "telephone",
    "ui": "user interface",
    "ux": "user experience",
    "ml": "machine learning",
    "ai": "artificial intelligence",
    "hvac": "heating air conditioning",
    "meds": "medications",
    "vitals": "vital signs",
    "dorm": "dormitory",
    "dorms": "dormitories",
    "fridge": "refrigerator",
    "fridges": "refrigerators",
}


def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball stemmers in C (about 1 µs a word, cached)

    return Stemmer.Stemmer("english")


_STEM = _stemmer()


def content_words(line: str) -> list[str]:
    """Lower-case tokens of ``line`` with shorthand expanded and stop words dropped."""
    text = _EMAIL.sub("email", operating_room(unicodedata.normalize("NFKC", line)).lower())
    words: list[str] = []
    for token in _TOKEN.findall(text):
        for word in ABBREVIATIONS.get(token, token).split():
            if word not in STOP_WORDS:
                words.append(word)
    return words


#: What follows a number in an ordinal ("5th", "1st", "2nd", "3rd"): tokens of their own.
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


_DIGIT = re.compile(r"[0-9]")


def words_counted(words: list[str], line: str) -> list[str]:
    """The stems of ``line`` (``words``) that count toward its known share: all but the
    numbers ("28", "1,000", "2.5"; ``_TOKEN`` starts words with a letter) and an
    ordinal's ending right after one (the "th" of "5th")."""
    if not _DIGIT.search(line):  # most lines hold no digit at all: nothing to leave out
        return words
    return [
        w
        for n, w in enumerate(words)
        if not (w[:1].isdigit() or (w in _ORDINAL_ENDS and n and words[n - 1][:1].isdigit()))
    ]


#: People's words that O*NET's task statements do not use, with the words they use. Read
#: so only at rating time and only for a stem the fitted vocabulary lacks (a word it
#: learned is read as learned), into stems it holds: "Teach math to kids" was unrated
#: (one known word of three) where "teach mathematics to children" reads as a task.
PEOPLES_WORDS = {
    "kids": "children",
    "toddlers": "children",
    "teens": "adolescents",
    "pupils": "students",
    "math": "mathematics",
    "maths": "mathematics",
    "folks": "people",
    "boss": "supervisor",
    "bosses": "supervisors",
    "vet": "veterinarian",
    "cops": "police",
    "rx": "prescription",
    "er": "emergency room",
}


@functools.cache
def _peoples_stems() -> dict[str, tuple[str, ...]]:
    """:data:`PEOPLES_WORDS` as stems: each person's stem, the task statements' stems."""
    return {_STEM.stemWord(k): tuple(_STEM.stemWords(v.split())) for k, v in PEOPLES_WORDS.items()}


def as_tasks_say(words: list[str], known: Container[str]) -> list[str]:
    """``words`` (stems) with each that ``known`` lacks read as the task statements'
    word for it (:data:`PEOPLES_WORDS`), where ``known`` holds that word."""
    bridge = _peoples_stems()
    out: list[str] = []
    for w in words:
        said = bridge.get(w, ()) if w not in known else ()
        out.extend(said if said and all(x in known for x in said) else (w,))
    return out


def stems(line: str) -> list[str]:
    """The stemmed content words of a line, in order."""
    return list(_STEM.stemWords(content_words(line)))


def terms(line: str) -> list[str]:
    """Unigram and bigram terms of a line (bigrams over adjacent content words)."""
    s = stems(line)
    return s + [f"{a} {b}" for a, b in pairwise(s)]


class DutyVectorizer:
    """Sublinear, L2-normalised TF-IDF over ``terms``; fit and transform share the code."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray) -> None:
        self.vocabulary = list(vocabulary)
        self.index = {t: j for j, t in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)

    @classmethod
    def fit(cls, docs: Sequence[list[str]], min_df: int = 2) -> DutyVectorizer:
        """Keep terms in at least ``min_df`` documents; smooth IDF as scikit-learn does."""
        df = Counter(t for doc in docs for t in set(doc))
        vocabulary = sorted(t for t, n in df.items() if n >= min_df)
        n = len(docs)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocabulary])
        return cls(vocabulary, idf)

    def entries(self, docs: Sequence[Iterable[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The non-zero entries of ``docs``' rows: (row, column, weight), rows in order.

        One numpy pass over all documents: a handful of lines costs little more than one.
        """
        index = self.index
        rows: list[int] = []
        cols: list[int] = []
        counts: list[int] = []
        for r, doc in enumerate(docs):
            found: dict[int, int] = {}
            for t in doc:
                j = index.get(t)
                if j is not None:
                    found[j] = found.get(j, 0) + 1
            rows.extend([r] * len(found))
            cols.extend(found)
            counts.extend(found.values())
        row = np.asarray(rows, dtype=np.int64)
        col = np.asarray(cols, dtype=np.int64)
        weight = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * self.idf[col]
        norms = np.sqrt(np.bincount(row, weights=weight * weight, minlength=len(docs)))
        return row, col, weight / norms[row]

    def matrix(self, docs: Sequence[list[str]]) -> Any:
        """A CSR matrix (documents x vocabulary) for training."""
        from scipy.sparse import csr_matrix

        row, col, weight = self.entries(docs)
        return csr_matrix((weight, (row, col)), shape=(len(docs), len(self.vocabulary)))
