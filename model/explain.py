"""Drivers: which title words, skills and duty lines push a profile's exposure up or down.

Each effect is an item's Shapley value over the items typed, read off the occupation
match (see ``grounded_drivers``); this module keeps the strongest of them for the
result.
"""

from __future__ import annotations

#: Drivers listed per direction.
DRIVERS_PER_SIDE = 4
#: Effects smaller than this (in score points) are noise and not shown.
MIN_EFFECT = 0.05


def top_drivers(named_effects: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The strongest effects up and down, merged by name, strongest first on each side."""
    merged: dict[str, float] = {}
    for name, effect in named_effects:
        merged[name] = merged.get(name, 0.0) + effect
    ups = sorted((kv for kv in merged.items() if kv[1] >= MIN_EFFECT), key=lambda kv: -kv[1])
    downs = sorted((kv for kv in merged.items() if kv[1] <= -MIN_EFFECT), key=lambda kv: kv[1])
    return ups[:DRIVERS_PER_SIDE] + downs[:DRIVERS_PER_SIDE]
