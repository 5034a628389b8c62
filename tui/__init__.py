"""The Textual app (``resilience`` with no arguments): profile, result, pivots, what-if.

Start it with :func:`career_resilience.tui.app.make_app`. Nothing here scores: the
engine in :mod:`career_resilience.model` does, in thread workers.
"""
