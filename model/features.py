"""Text features for the category model: what a profile looks like to scikit-learn.

A profile has three fields that carry different signals (a title word weighs more
than the same word in a duty), so each field gets its own vectorizer. The module is
imported when the pickled pipeline is loaded, so it must stay importable without
textual and cheap to import; scikit-learn is imported inside the functions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from career_resilience.skills.word_forms import OWN_PLURALS

#: Field order of the tuples the pipeline consumes.
FIELDS = ("role", "skills", "duties")
#: Vectorizers: (name, field index, analyzer). Character n-grams of the title catch
#: compounds and spellings the corpus never wrote ("Boilermakers", "Millwrights").
VECTORIZERS = (
    ("role", 0, "word"),
    ("role_chars", 0, "char_wb"),
    ("skills", 1, "word"),
    ("duties", 2, "word"),
)

# Abbreviations people use in titles, expanded so "Sr. SWE" and "senior software
# engineer" share features. Keys are lower-case whole words.
ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "mgr": "manager",
    "mngr": "manager",
    "swe": "software engineer",
    "sde": "software engineer",
    "dev": "developer",
    "devs": "developers",
    "eng": "engineer",
    "engr": "engineer",
    "asst": "assistant",
    "assoc": "associate",
    "admin": "administrator",
    "coord": "coordinator",
    "dir": "director",
    "ops": "operations",
    "mle": "machine learning engineer",
    "ml": "machine learning",
    "sre": "site reliability engineer",
    "qa": "quality assurance",
    "bi": "business intelligence",
    "hr": "human resources",
    "hrbp": "human resources business partner",
    "ap": "accounts payable",
    "ar": "accounts receivable",
    "csr": "customer service representative",
    "rn": "registered nurse",
    "lpn": "licensed practical nurse",
    "cna": "certified nursing assistant",
    "np": "nurse practitioner",
    "emt": "emergency medical technician",
    "pm": "manager",
    "vp": "vice president",
    "svp": "senior vice president",
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "cto": "chief technology officer",
    "coo": "chief operating officer",
    "hvac": "hvac heating cooling",
    "cdl": "cdl commercial driver",
    # Everyday clipped words O*NET's task statements write out ("Enforce rules ... of
    # dormitory programs"): "live in the dorm" read no residential advisor's task.
    "dorm": "dormitory",
    "dorms": "dormitories",
    "meds": "medications",
    "vitals": "vital signs",
    "fridge": "refrigerator",
    "fridges": "refrigerators",
}

#: "OR" in capitals amid lower-case words is the operating room ("assist in OR", "OR
#: nurse"), not the word "or", which every reader drops ("Surgical tech" with "assist in
#: OR" had read "assist" alone).
_OPERATING_ROOM = re.compile(r"\bOR\b")


def operating_room(text: str) -> str:
    """``text`` with a capital "OR" written out as "operating room", unless the text is
    all capitals (where "OR" is the word)."""
    if "OR" not in text or text.upper() == text:
        return text
    return _OPERATING_ROOM.sub("operating room", text)


_TOKEN = re.compile(r"[^\W_]+(?:[+#]+|(?:[.'][^\W_]+)*)", re.UNICODE)


def stem(word: str) -> str:
    """A deliberately light English stemmer: plurals only ("nurses" -> "nurse").

    Occupation titles are often plural ("Registered Nurses") while people type the
    singular; anything heavier would merge words that mean different jobs.
    """
    if len(word) <= 3 or not word.isalpha() or word in OWN_PLURALS:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word


_WORD_FORMS: dict[str, str] = {}


def _word_form(word: str) -> str:
    """The normalised form of one lower-case token (memoised: vocabularies are small)."""
    form = _WORD_FORMS.get(word)
    if form is None:
        if len(_WORD_FORMS) > 200_000:
            _WORD_FORMS.clear()
        form = _WORD_FORMS[word] = stem(ABBREVIATIONS.get(word.rstrip("."), word))
    return form


@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case, expand common abbreviations, stem plurals; word-like tokens only.

    Remembered: one score normalises about 18 texts, 8 of them again (the title by the
    category model and by each featurizer, a title unit by the drivers), ~5 us each.
    """
    # A dict look-up per known token, a call only for a new one: every featurised field
    # and every title look-up normalises its text, and the call was most of the cost.
    forms, form = _WORD_FORMS, _word_form
    text = operating_room(text)
    return " ".join([forms.get(word) or form(word) for word in _TOKEN.findall(text.casefold())])


class FieldText:
    """A scikit-learn transformer that picks one field of ``(role, skills, duties)`` rows."""

    def __init__(self, index: int) -> None:
        self.index = index

    def fit(self, rows: Sequence[Sequence[str]], y: Any = None) -> FieldText:
        """Nothing to learn."""
        return self

    def transform(self, rows: Sequence[Sequence[str]]) -> list[str]:
        """The normalised text of this transformer's field for every row."""
        return [normalise(row[self.index]) for row in rows]

    def get_params(self, deep: bool = True) -> dict[str, int]:
        """scikit-learn parameter protocol."""
        return {"index": self.index}

    def set_params(self, **params: Any) -> FieldText:
        """scikit-learn parameter protocol."""
        self.index = params.get("index", self.index)
        return self


#: How much each vectorizer counts relative to the others (title words are the strongest cue).
FIELD_WEIGHTS = {"role": 1.0, "role_chars": 0.6, "skills": 0.7, "duties": 0.8}


def build_vectorizer() -> Any:
    """A FeatureUnion of TF-IDF vectorizers over the profile's fields."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline

    parts = []
    for name, index, analyzer in VECTORIZERS:
        if analyzer == "word":
            tfidf = TfidfVectorizer(
                ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+", dtype=np.float32
            )  # normalise() already tokenised, so split on spaces only
        else:
            tfidf = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2,
                dtype=np.float32,
            )  # fmt: skip
        parts.append((name, make_pipeline(FieldText(index), tfidf)))
    return FeatureUnion(parts, transformer_weights=FIELD_WEIGHTS)
