"""The title walk's faster steps give the very floats of the plain arithmetic (issue 12)."""

from __future__ import annotations

import numpy as np

from career_resilience.model.duty_channel import (
    DUTY_LINE,
    DUTY_MARK,
    duty_best,
    duty_title_text,
    title_query,
)
from career_resilience.model.occupation_match import title_channel
from career_resilience.model.title_postings import group_maxima
from career_resilience.model.title_specialty import official_unnamed
from career_resilience.skills.titles import normalise_title


def test_group_maxima_are_the_float_maxima_bit_for_bit() -> None:
    rng = np.random.default_rng(12)
    sums = rng.random(5000) * rng.integers(0, 2, 5000)  # cosines, half of them +0.0
    sums[:7] = [0.0, 5e-324, 2.2e-308, 1.0, 1.0000000000000002, 0.0, 0.0]  # subnormal, ties
    starts = np.unique(np.concatenate([[0, 1, 2, 5, 6], rng.integers(0, 5000, 300)]))
    found = group_maxima(sums, starts)
    assert found.dtype == np.float64
    assert found.tobytes() == np.maximum.reduceat(sums, starts).tobytes()


def test_a_titles_figures_are_the_plain_sums_term_after_term(engine) -> None:
    """Best title and official title of each occupation, for titles and a duty text,
    against the sums added one posting at a time in the query's term order."""
    mt = engine.match_tables
    ptr, size = mt.titles.indptr, len(mt.title_owner)
    texts = [normalise_title(t) for t in ("RN - med/surg", "Sr. data analyst", "Welder")]
    texts.append(duty_title_text(mt, "answer 911 calls and dispatch ambulances to the scene"))
    best, official = title_channel(mt, texts)
    for k, text in enumerate(texts):
        cols, vals = title_query(mt, text)
        plain = np.zeros(size)
        for c, v in zip(cols.tolist(), vals.tolist(), strict=True):
            rows = mt.titles.indices[ptr[c] : ptr[c + 1]]
            np.add.at(plain, rows, mt.titles.data[ptr[c] : ptr[c + 1]].astype(np.float64) * v)
        if text.startswith(DUTY_MARK):
            # Each title taken by how much of it the duty lines name (duty_title_words).
            plain *= mt.duty_words.shares(text[1:].split(DUTY_LINE))
        ends = [*mt.title_starts[1:].tolist(), size]
        most = [plain[a:b].max() for a, b in zip(mt.title_starts.tolist(), ends, strict=True)]
        assert np.array_equal(best[k], np.array(most).astype(np.float32)), text
        expected = plain[mt.official].astype(np.float32)
        # A specialty the text does not name reads it no nearer than its parent does.
        official_unnamed(mt.codes, text.lstrip(DUTY_MARK), expected)
        assert np.array_equal(official[k], expected), text


def test_a_duty_texts_best_titles_are_the_title_channels_bit_for_bit(engine) -> None:
    """The duty column reads only each occupation's best title of the duties: the very
    float32 row the title channel gives for the text, whether the text is one of its
    remembered titles or not, and the same again from the duties' own memo."""
    mt = engine.match_tables
    for duties in (
        "answer 911 calls and dispatch ambulances to the scene",
        "Registered nurse",  # a title typed as a duty line
        "prune vines\ndrive the tractor at harvest",
        "xqzv",  # no n-gram known: every cosine 0
        "",
    ):
        text = duty_title_text(mt, duties)
        mt.duty_memo.pop(text, None)
        first = duty_best(mt, text)
        again = duty_best(mt, text)
        mt.title_memo.pop(text, None)
        expected = title_channel(mt, [text])[0][0]  # now in the title memo
        assert first.dtype == np.float32, duties
        assert first.tobytes() == expected.tobytes(), duties
        assert again.tobytes() == expected.tobytes(), duties
        assert duty_best(mt, text).tobytes() == expected.tobytes(), duties
