"""The inference featurizer builds exactly the matrix scikit-learn's fitted union does."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from career_resilience.model.examples import build_rows, section_items
from career_resilience.model.fast_features import (
    FastFeaturizer,
    FastWordVectorizer,
    char_wb_ngrams,
    export_tfidf,
    export_union,
)
from career_resilience.model.features import build_vectorizer, normalise
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher

TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
) | st.sampled_from(["Sr. data analyst", "RN - ICU", "sql; tableau", "fix leaks\nquote jobs"])


@pytest.fixture(scope="module")
def fitted():
    """A union fitted on part of the real corpus, and its exported fast twin."""
    kb = shipped_knowledge_base()
    sections = [section_items(kb.corpus[c]) for c in sorted(kb.corpus)[:12]]
    rows, _ = build_rows(sections, SkillMatcher(kb.skills.values()), seed=1)
    union = build_vectorizer().fit(rows)
    return union, FastFeaturizer(export_union(union))


def test_char_ngrams_match_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    for text in ["sr data analyst", "a bb ccc dddd", "  x  ", "ünïcode wörds"]:
        assert char_wb_ngrams(text, 3, 5) == analyzer(text)


def _same_matrix(actual, expected) -> None:
    """The same sparse structure exactly, and the same values to a few float32 units in
    the last place (scikit-learn rounds each float32 step; the featurizer rounds once)."""
    expected = expected.tocsr()
    expected.sort_indices()
    assert actual.dtype == expected.dtype == np.float32
    np.testing.assert_array_equal(actual.indptr, expected.indptr)
    np.testing.assert_array_equal(actual.indices, expected.indices)
    np.testing.assert_array_max_ulp(actual.data, expected.data, maxulp=4)


@settings(max_examples=60, deadline=None)
@given(role=TEXT, skills=TEXT, duties=TEXT)
def test_union_transform_matches_scikit_learn(fitted, role: str, skills: str, duties: str) -> None:
    union, fast = fitted
    rows = [(role, skills, duties), ("Data analyst", "SQL", "build dashboards"), (role, "", "")]
    _same_matrix(fast.transform(rows), union.transform(rows))


def test_a_batch_is_each_row_on_its_own_bit_for_bit(fitted) -> None:
    """Batching and the featurizer's caches change nothing: rows in a batch of 600
    (repeats included) get the floats they get alone, and a repeat gets the same."""
    union, fast = fitted
    rows = [
        ("Sr. data analyst", "SQL; Excel", "build dashboards\nwrite reports"),
        ("RN - ICU", "charting", ""),
        ("", "", ""),
        ("Plumbr", "", "fix leaks"),
    ] * 150
    _same_matrix(fast.transform(rows), union.transform(rows))
    batch = fast.transform(rows)
    for i in (0, 1, 2, 3, 599):
        alone = FastFeaturizer(export_union(union)).transform([rows[i]])
        np.testing.assert_array_equal(batch[i].indices, alone.indices)
        np.testing.assert_array_equal(batch[i].data, alone.data)
    np.testing.assert_array_equal(fast.transform(rows).data, batch.data)
    # Forgotten as in a fresh process (the batch benchmark's cold runs): nothing kept,
    # and the same floats worked out again.
    fast.forget()
    assert not any(fast._pieces.values()) and not any(p._word_columns for p in fast.parts)
    np.testing.assert_array_equal(fast.transform(rows).data, batch.data)


def test_skills_and_duty_lines_read_piece_by_piece_match_scikit_learn(fitted) -> None:
    """The featurizer reads each skill and duty line once per batch and joins them:
    a word pair that runs across a join (the last word of one skill and the first of
    the next) still counts as the bigram scikit-learn sees, whatever the spacing, empty
    pieces or order the pieces come in."""
    union, fast = fitted
    part = next(p for p in fast.parts if p.name == "skills")
    pair = next(t for t in sorted(part.vocab) if t.count(" ") == 1)
    first, second = pair.split()
    duty = next(p for p in fast.parts if p.name == "duties")
    line_pair = next(t for t in sorted(duty.vocab) if t.count(" ") == 1).split()
    rows = [
        ("Data analyst", f"{first}; {second}", f"{line_pair[0]}\n{line_pair[1]} daily"),
        ("Data analyst", f"{second};{first}", f"{line_pair[1]} daily\n\n{line_pair[0]}"),
        ("", f";; {first} ;  ; {second} ;", "\n \n"),
        ("Nurse", f"{first} {second}; SQL", f"  {line_pair[0]} {line_pair[1]}  "),
        ("Nurse", "SQL; " + f"{first}; {second}", line_pair[0]),
    ]
    matrix = fast.transform(rows)
    _same_matrix(matrix, union.transform(rows))
    assert matrix[0, part.offset + part.vocab[pair]] > 0  # the pair across "; " counted
    for i, row in enumerate(rows):
        alone = FastFeaturizer(export_union(union)).transform([row])
        np.testing.assert_array_equal(matrix[i].indices, alone.indices)
        np.testing.assert_array_equal(matrix[i].data, alone.data)


@settings(max_examples=40, deadline=None)
@given(line=TEXT)
def test_duty_vectorizer_matches_scikit_learn(line: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = ["write the weekly report", "lift and turn patients", "fix leaks under the sink"]
    tfidf = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")
    tfidf.fit([normalise(t) for t in corpus])
    expected = tfidf.transform([normalise(line)]).toarray()
    actual = FastWordVectorizer(export_tfidf(tfidf)).transform([line]).toarray()
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-6)


def test_shipped_artifact_holds_no_scikit_learn_objects(engine) -> None:
    import pickle

    assert b"sklearn" not in pickle.dumps(engine.bundle)
