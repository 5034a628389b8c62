"""The matcher's codes tuple hashes once and travels to a worker without its hash."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

from career_resilience.model.occupation_match_tables import Codes

_CHECK = """
import pickle, sys
codes = pickle.loads(sys.stdin.buffer.read())
plain = tuple(codes)
print(hash(codes) == hash(plain), {plain: "found"}.get(codes))
"""


def test_codes_are_the_plain_tuple_as_a_key() -> None:
    codes = Codes(["11-1011.00", "11-1021.00", "15-1252.00"])
    plain = tuple(codes)
    assert codes == plain and hash(codes) == hash(plain)
    assert {plain: "found"}[codes] == "found"


def test_a_worker_started_afresh_hashes_the_codes_its_own_way() -> None:
    # A loky worker is a new interpreter with its own string hashes: a hash pickled
    # along would miss every table it had remembered by the plain codes.
    codes = Codes(["11-1011.00", "11-1021.00", "15-1252.00"])
    hash(codes)
    run = subprocess.run(
        [sys.executable, "-c", _CHECK],
        input=pickle.dumps(codes),
        capture_output=True,
        env=dict(os.environ, PYTHONHASHSEED="12345"),
        check=True,
    )
    assert run.stdout.decode().split() == ["True", "found"]
