"""One BLAS thread for a process that scores, asked for before numpy is loaded.

OpenBLAS starts a thread per core when numpy loads it and hands the large products of
an engine's set-up (the occupations' activity cosines, the matcher's tables) to them;
afterwards the threads spin, waiting for more work, while the set-up goes on in Python.
A score's own products are too small to be shared out, so the threads buy nothing there.
On a cold ``resilience score`` they cost CPU and, on a busy machine, wall time: the
spinning threads take the cores the start-up needs (docs/measurements.md, "cold start").
A batch pins its BLAS to one thread the same way while it scores (``model/batch.py``).

The results are the same bits: OpenBLAS shares a matrix product out by blocks of its
output, each figure summed whole by one thread in the same order either way (the
activity gram is bit-identical with one thread or two; 7,000 varied profiles scored one
at a time gave byte-identical JSON).
"""

from __future__ import annotations

import os
import sys

#: The variable OpenBLAS reads its thread count from when it is loaded.
THREADS_ENV = "OPENBLAS_NUM_THREADS"


def one_blas_thread() -> None:
    """Ask for one BLAS thread unless the person set ``OPENBLAS_NUM_THREADS`` themselves.

    Effective only before numpy is first imported (OpenBLAS reads the variable once,
    when it loads); the ``score`` command and the app call it before the engine is
    imported (the app loads it in the background while its first screen waits). Once
    numpy is loaded it changes nothing here, so it leaves the environment alone: the
    processes this one starts (a test's ``resilience train``) keep their own threads.
    """
    if "numpy" not in sys.modules:
        os.environ.setdefault(THREADS_ENV, "1")
