"""The category model's entries of a batch's whole chunk at once, for the drivers.

The drivers split the category model's logits between a profile's items
(``driver_category``), from each field's TF-IDF entries times the classifier's weights
(``CategoryRows.entries``). One score finds them kept: its category model read the same
field texts through ``CategoryRows``. A batch's category model reads its chunk through
the sparse transform instead (``CategoryTables.proba`` past ``FEW_ROWS`` rows), so every
profile's drivers worked its entries out again, in Python, field by field: about a
third of the cost the category split added to a batch row.

The transform of the chunk's own texts holds the same entries (the featurizer keeps each
field text's columns since the model read them, so it costs ~0.01 ms a row): the same
columns, ascending, and the same float32 values (tests/test_driver_category_batch.py
checks them against ``CategoryRows.entries``). One gather of the weights' rows for every
entry of the chunk then gives each row's products, and each field's entries are a slice
of its row (the fields' columns follow one another in the model's order).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.category_tables import FEW_ROWS
from career_resilience.model.driver_category import CategoryReading, Found, frame_of

if TYPE_CHECKING:
    from career_resilience.model.category_tables import CategoryTables
    from career_resilience.model.engine import Engine
    from career_resilience.model.profile import Profile
    from career_resilience.skills.matching import SkillMatch


def category_readings(
    engine: Engine, profiles: Sequence[Profile], matches: Sequence[Sequence[SkillMatch]]
) -> list[CategoryReading | None]:
    """Each profile's category reading for its drivers (None: a chosen occupation or
    category, which has none), with its entries from the chunk's transform when the
    category model read the chunk through it."""
    frame = frame_of(engine)
    readings: list[CategoryReading | None] = [
        None
        if p.occupation or p.category
        else CategoryReading(frame, p.role, p.skills, m, p.duties, engine.category_title)
        for p, m in zip(profiles, matches, strict=True)
    ]
    read = [r for r in readings if r is not None]
    if len(profiles) > FEW_ROWS and read:
        found = chunk_entries(engine.tables, [r.texts for r in read])
        for reading, entries in zip(read, found, strict=True):
            reading.found = entries
    return readings


def chunk_entries(tables: CategoryTables, texts: Sequence[tuple[str, str, str]]) -> list[Found]:
    """Per row of ``texts`` (title, skills field, duties), each field's columns and
    products, as ``tables.few.entries`` gives them, from one transform of every row."""
    matrix = tables.featurizer.transform(texts)
    starts = _field_starts(tables)
    cols = matrix.indices.astype(np.int64)
    products = matrix.data[:, None] * tables.coef_t[cols]
    # Row r's entries are indptr[r]..indptr[r + 1], columns ascending: each field's begin
    # where its first column would go (one search over the rows' keys, all at once).
    width = np.int64(tables.featurizer.n_features)
    rows = np.arange(len(texts), dtype=np.int64)
    keys = np.repeat(rows, np.diff(matrix.indptr)) * width + cols
    cuts = np.searchsorted(keys, (rows[:, None] * width + starts[None, :]).ravel())
    bounds = np.concatenate(
        [cuts.reshape(len(texts), len(starts)), matrix.indptr[1:, None]], axis=1
    ).tolist()
    return [[(cols[a:b], products[a:b]) for a, b in pairwise(row)] for row in bounds]


def _field_starts(tables: CategoryTables) -> np.ndarray:
    """Each field's first column (fields 0, 1, 2: title, skills, duties; a field no
    vectorizer reads begins where the next does, so its entries are none)."""
    featurizer = tables.featurizer
    return np.array(
        [
            min((p.offset for p in featurizer.parts if p.field >= f), default=featurizer.n_features)
            for f in range(3)
        ],
        np.int64,
    )
