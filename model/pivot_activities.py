"""How alike two occupations' work is, from O*NET's work activities at two levels of detail.

O*NET weighs each occupation over 332 *intermediate* work activities (IWAs), and each
IWA belongs to one of 37 *generalized* work activities (GWAs, the code before ``.I``:
``4.A.1.a.1.I01`` is part of ``4.A.1.a.1``, "Getting Information"). Detailed activities
alone are sparse (an occupation has 10-20): a cashier and a pharmacy technician share
two of them (cosine 0.13), though half of what they do is the same kind of work
(serving customers, keeping records, handling stock; GWA cosine 0.50). Each
occupation's vector is therefore both levels side by side, each at unit length and
weighted by ``W_GENERAL``, so one dot product is the blend of the two cosines:

    similarity = (1 − W_GENERAL) · cos(IWA) + W_GENERAL · cos(GWA)

The two levels count equally; nothing is fitted.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

#: The share of the similarity that comes from the generalized activities.
W_GENERAL = 0.5
#: The file whose header names the IWA columns of ``OccupationData.iwa``.
IWA_FILE = "soc_iwa_weights.csv"


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.maximum(norms, 1e-9)


def iwa_columns(directory: Path) -> list[str]:
    """The IWA ids of the weight columns, in order (empty when the file cannot be read)."""
    try:
        with (directory / IWA_FILE).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
    except OSError:
        return []
    return header[1:]


def activity_vectors(iwa: np.ndarray, columns: list[str]) -> np.ndarray:
    """Unit rows whose dot products are the blended similarity (see the module docstring).

    Without the column ids (a header that does not match the weights) the rows are the
    IWA level alone.
    """
    weights = np.asarray(iwa, dtype=np.float32)
    detailed = _unit(weights)
    if len(columns) != weights.shape[1]:
        return detailed
    groups = sorted({c.rsplit(".I", 1)[0] for c in columns})
    index = {g: k for k, g in enumerate(groups)}
    rollup = np.zeros((len(columns), len(groups)), np.float32)
    for i, column in enumerate(columns):
        rollup[i, index[column.rsplit(".I", 1)[0]]] = 1.0
    general = _unit(weights @ rollup)
    both = np.hstack([np.sqrt(1 - W_GENERAL) * detailed, np.sqrt(W_GENERAL) * general])
    return both.astype(np.float32)
