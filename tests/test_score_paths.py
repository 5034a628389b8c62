"""The single-score fast paths give the very numbers of the general (matrix) paths.

A cold ``resilience score`` avoids scipy and per-term Python loops; none of that may
change a digit of what people get.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from career_resilience.model.category_rows import CategoryRows
from career_resilience.model.occupation_match import query, similarities, similarities_many
from career_resilience.model.skill_items import skill_query
from career_resilience.model.sparse_rows import category_logits
from career_resilience.model.title_postings import reached_sums, similarity_sum
from career_resilience.skills.titles import normalise_title

ROWS = [
    ("Sr. data analyst", "SQL; Python; Tableau", "build dashboards\nclean data"),
    ("RN - med/surg", "IV therapy; Epic", ""),
    ("911 dispatcher", "", "answer 911 calls and dispatch units"),
    ("", "", ""),
    ("zzqx", "madeupskill", "qqqq wwww"),
    ("Head of Ops", "budgets, hiring", "run the weekly ops review with the ops team"),
]


def test_category_scores_without_scipy_equal_the_matrix_product(engine) -> None:
    t = engine.tables
    matrix = np.asarray(t.featurizer.transform(ROWS) @ t.coef_t)
    assert np.array_equal(category_logits(t.featurizer, ROWS, t.coef_t), matrix)


def test_category_scores_kept_per_field_equal_the_matrix_product(engine) -> None:
    """A row scored from kept field products (the what-if changes one skill: role and
    duties come from what was kept) has the floats of the whole matrix product."""
    t = engine.tables
    rows = CategoryRows(t.featurizer, t.coef_t)
    changed = [(r, s + "; Excel; Excel", d) for r, s, d in ROWS]  # a repeated term too
    for batch in (ROWS, changed, ROWS):
        matrix = np.asarray(t.featurizer.transform(batch) @ t.coef_t)
        assert np.array_equal(rows.logits(batch), matrix)


def test_one_texts_query_is_the_featurizers_own_vector(engine) -> None:
    """The title, skills and task channels look a text up by a vector built without
    scipy (``sparse_query.query``): it must be the very vector the model was trained
    on, the featurizer's row, each value rounded to float32 as the featurizer rounds."""
    mt = engine.match_tables
    texts = [
        "Sr. data analyst",
        "banana bandana analyst analyst",  # n-grams and words counted more than once
        "answer 911 calls and dispatch units",
        "SQL; Python; Tableau",
        "build dashboards clean data",
        "qqqq wwww",
    ]
    for featurizer in (mt.title_features, mt.tech_features, mt.task_features):
        for text in texts:
            cols, vals = query(featurizer, text)
            row = featurizer.transform([(text,)]).tocsr()
            assert sorted(cols.tolist()) == sorted(row.indices.tolist()), text
            mine = dict(zip(cols.tolist(), vals.astype(np.float32).tolist(), strict=True))
            assert mine == dict(zip(row.indices.tolist(), row.data.tolist(), strict=True)), text


def test_one_pass_over_many_queries_equals_a_plain_sum_per_query(engine) -> None:
    mt = engine.match_tables
    texts = [normalise_title(r) for r, _, _ in ROWS] + [normalise_title(d) for _, _, d in ROWS]
    queries = [query(mt.title_features, text) for text in texts]
    size = len(mt.title_owner)
    many = similarities_many(mt.titles, queries, size)
    ptr = mt.titles.indptr
    for k, (cols, vals) in enumerate(queries):
        plain = np.zeros(size)  # term after term, posting after posting
        for c, v in zip(cols.tolist(), vals.tolist(), strict=True):
            rows = mt.titles.indices[ptr[c] : ptr[c + 1]]
            np.add.at(plain, rows, mt.titles.data[ptr[c] : ptr[c + 1]].astype(np.float64) * v)
        assert np.array_equal(many[k], plain.astype(np.float32))
        assert np.array_equal(similarities(mt.titles, cols, vals, size), many[k])


def test_a_skills_reached_items_have_the_sums_of_the_full_pass(engine) -> None:
    """A skill's row reads only the technology items its terms reach: they are every
    item with a non-zero sum of the full pass, with the same float64 sums."""
    mt = engine.match_tables
    items = mt.items.items
    size = len(items.indptr) - 1  # every row of the table, one full pass
    texts = ["SQL", "Python; Excel", "Epic", "IV therapy", "forklift", "qqqq", "Microsoft Excel"]
    for text in texts:
        cols, vals = skill_query(mt.tech_features, text)
        full = similarity_sum(items, cols, vals, size)
        rows, sums = reached_sums(items, cols, vals)
        assert np.array_equal(rows, np.unique(rows))  # ascending, each once
        assert np.array_equal(rows[sums > 0], np.flatnonzero(full > 0))
        assert np.array_equal(sums, full[rows])


def test_a_single_score_does_not_load_scipy_or_the_app(tmp_path) -> None:
    # A one-word title with skills is read by its kind of work (``title_kind``), whose
    # sets of occupations once went through np.unique: its first call imports numpy.ma
    # (about 10 ms of a cold score).
    code = (
        "import sys, json\n"
        "from career_resilience.cli import main\n"
        "main(['score', '--role', 'Sr. data analyst', '--skills', 'SQL', '--json'])\n"
        "main(['score', '--role', 'Teacher', '--skills', 'lesson planning', '--duties',\n"
        "      'teach 5th grade', '--json'])\n"
        "heavy = ('scipy', 'sklearn', 'textual', 'rich', 'jinja2', 'numpy.ma')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_duty_ratings_kept_for_a_profile_are_the_models_own(engine) -> None:
    """The what-if rates the same duty lines again with each skill changed: the kept
    ratings are the model's for those lines, and a caller changing its list changes
    nothing kept."""
    lines = ["answer 911 calls", "dispatch ambulances", "keep logs", "xyzzy plugh"]
    first = engine.rate_duties(lines)
    assert first == engine.duty_model.rate(lines)
    first.clear()
    again = engine.rate_duties(list(lines))
    assert again == engine.duty_model.rate(lines) and len(again) == 4
    assert not again[-1].readable  # an unreadable line still says so
