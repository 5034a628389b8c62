"""The Textual app (``resilience`` with no arguments): profile, result, pivots, what-if.

Start it with :func:`career_resilience.tui.app.make_app`. Nothing here scores: the
engine in :mod:`career_resilience.model` does, in thread workers.

Importing this package turns off Python's automatic cyclic garbage collection: the
imports and the first screen allocate tens of thousands of long-lived objects and
almost no cyclic garbage, and the collections they set off were a sixth of the CPU time
to the first frame (the ``resilience score`` command pauses it the same way). Once the
first frame is up the app collects in the pauses between keys instead
(tui/collector.py), and turns automatic collection back on when it closes.
"""

import gc

gc.disable()
