"""No figure of the result contract reads "-0.0": a change too small to show is 0.

A pivot whose exposure moved by -0.03 read ``"exposure_change": -0.0`` in the JSON, and
a saved copy kept the sign for every surface that reads it back. Every float of a real
result is replaced by a drawn one, the small negatives that round to zero among them,
and the JSON, the saved copy and its JSON are checked whole.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from career_resilience.contract import Result
from career_resilience.model.profile import Profile

#: Mostly values that round to zero from below at every precision the contract keeps
#: (one to four decimals), with ordinary figures of both signs among them.
FIGURES = st.one_of(
    st.floats(min_value=-0.049, max_value=-1e-9),
    st.floats(min_value=-0.00004, max_value=0.0),
    st.floats(min_value=-100.0, max_value=100.0, allow_nan=False),
)


@pytest.fixture(scope="module")
def scored(engine) -> Result:
    """A real result with pivots, drivers, duties and resilience parts to vary."""
    result = engine.score(
        Profile.create(
            "Lunch lady",
            "food prep, serving",
            "serve lunch to students\nprepare trays\nclean the kitchen",
        )
    )
    assert result.pivots and result.drivers and result.duties and result.resilience_parts
    return result


def _redrawn(value: Any, draw: Any) -> Any:
    """``value`` with every float in it (dataclass fields, tuples, dict values) drawn."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return draw(FIGURES)
    if isinstance(value, tuple):
        return tuple(_redrawn(v, draw) for v in value)
    if isinstance(value, dict):
        return {k: _redrawn(v, draw) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in fields(value) if f.init]
        drawn = {n: _redrawn(getattr(value, n), draw) for n in names}
        if "weeks" in drawn:  # a plan step's duration is never negative
            drawn["weeks"] = draw(st.floats(min_value=0.0, max_value=520.0))
        return replace(value, **drawn)
    return value


def _negative_zeros(data: Any, at: str = "result") -> list[str]:
    """Where in a JSON value a float is -0.0."""
    if isinstance(data, float):
        return [at] if data == 0.0 and math.copysign(1.0, data) < 0 else []
    if isinstance(data, dict):
        return [z for k, v in data.items() for z in _negative_zeros(v, f"{at}.{k}")]
    if isinstance(data, list | tuple):
        return [z for i, v in enumerate(data) for z in _negative_zeros(v, f"{at}[{i}]")]
    return []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_figure_of_the_json_or_a_saved_result_reads_minus_zero(scored, data) -> None:
    result = _redrawn(scored, data.draw)
    for name, shown in [
        ("json", result.to_dict()),
        ("saved", result.as_saved()),
        ("saved json", result.as_saved().to_dict()),
    ]:
        where = _negative_zeros(shown if isinstance(shown, dict) else _as_tree(shown))
        assert not where, (name, where)
    # As printed: no number reads "-0" or "-0.0" ("-0.03" is a figure).
    assert not re.search(r"-0(\.0+)?(?![\d.])", json.dumps(result.to_dict()))


def _as_tree(value: Any) -> Any:
    """A record's fields as nested dicts and lists, so a saved copy is walked as JSON is."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _as_tree(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_as_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_tree(v) for k, v in value.items()}
    return value
