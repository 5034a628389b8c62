"""Numbers as people read them: one rounding rule (halves round up, on the number shown),
whole percentages that add up to 100, signed changes, weeks and counts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from math import copysign, floor

__all__ = [
    "count",
    "decimal",
    "percent",
    "percent_sure",
    "rounded",
    "score",
    "score_change",
    "score_change_points",
    "signed",
    "weeks",
    "whole",
    "whole_shares",
]


def rounded(value: float, digits: int = 0) -> float:
    """``value`` to ``digits`` decimals, halves away from zero (78.5 -> 79, 2.25 -> 2.3).

    Python's ``round`` and format strings round halves to even and work on the binary
    value (so 78.5 shows "78" and 2.675 shows "2.67"); people expect the school rule on
    the number they see, so the decimal text of the float is rounded instead.
    """
    v = float(value)
    if 0 <= digits <= _FAST_DIGITS:
        scale = _SCALES[digits]
        t = abs(v) * scale
        # Clear of a half (and finite, not huge): the binary value and its decimal text
        # lie on the same side of it (they differ by far less than 1e-6 at this size),
        # so rounding the float is the text's rounding, without a Decimal (~3 us each:
        # a batch row reads ~14 fresh figures). Near a half, the text decides.
        if t < _FAST_BELOW and abs(t - floor(t) - 0.5) > _CLEAR_OF_HALF:
            # k / 10**d is the double nearest the decimal, as float(Decimal) gives it.
            return copysign(floor(t + 0.5) / scale, v)
    return _rounded_text(repr(v), digits)


#: The fast path of :func:`rounded`: up to this many decimals, below this many units of
#: the last decimal, and this far from a half of one.
_FAST_DIGITS, _FAST_BELOW, _CLEAR_OF_HALF = 6, 1e7, 1e-6
_SCALES = [10.0**d for d in range(_FAST_DIGITS + 1)]


@lru_cache(maxsize=8192)
def _rounded_text(text: str, digits: int) -> float:
    # Cached by the float's decimal text (so 0.0 and -0.0 stay apart): shown numbers
    # repeat (the contract keeps one decimal: at most 1,001 scores from 0 to 100), and
    # a Decimal round costs ~5 µs where a client with 5,000 sessions shows 25,000 scores.
    # decimal is imported on a miss only: a command that shows no number never loads it.
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(text).quantize(quantum, rounding=ROUND_HALF_UP))


def whole(value: float) -> int:
    """``value`` as a whole number under the one rounding rule.

    The value is first taken to the one decimal the JSON contract keeps, so the app
    (holding the engine's 44.47) and a report (reading the saved 44.5) both show "45".
    """
    # Not cached by value: fresh figures seldom repeat (a batch row shows ~35). Clear of
    # a half of a tenth (as :func:`rounded`'s fast path), the tenths are ``k``, and ``k``
    # tenths to a whole is a half exactly when ``k`` ends in 5, which the decimal text
    # rounds away from zero: 0.2 us, where two calls of :func:`rounded` took 0.4.
    v = float(value)
    t = abs(v) * 10.0
    if t < _FAST_BELOW and abs(t - floor(t) - 0.5) > _CLEAR_OF_HALF:
        k = int(t + 0.5)
        return int(copysign(k // 10 + (k % 10 >= 5), v))
    return int(rounded(rounded(v, 1)))


def score(value: float) -> str:
    """A 0-100 score as a whole number: "79"."""
    return str(whole(value))


def decimal(value: float, digits: int = 1) -> str:
    """A number with exactly ``digits`` decimals under the one rounding rule, a negative
    one with the real minus sign every other figure uses ("LM-AIOE −1.43", not "-1.43"
    beside "−15% jobs"); one that rounds to zero has none."""
    text = f"{abs(rounded(value, digits)):.{digits}f}"
    return "−" + text if value < 0 and float(text) else text


def signed(value: float, digits: int = 1) -> str:
    """A change with an explicit sign and a real minus sign: "+2.0", "−3.5", "±0.0"."""
    text = decimal(abs(value), digits)
    if float(text) == 0:
        return f"±{text}"
    return ("+" if value > 0 else "−") + text


def score_change(new: float, old: float, digits: int = 0) -> str:
    """The signed change between two shown scores ("+47"), so "42 → 89" reads "+47",
    never the "+48" of the unrounded difference."""
    if digits == 0:
        return signed(whole(new) - whole(old), 0)
    return signed(rounded(new, digits) - rounded(old, digits), digits)


def score_change_points(new: float, old: float) -> str:
    """:func:`score_change` with its noun, singular for one: "+24 points", "−1 point",
    "±0 points" (a change of one read "−1 points")."""
    change = score_change(new, old)
    return f"{change} {'point' if change[1:] == '1' else 'points'}"


def percent(share: float) -> str:
    """A 0-1 share as a whole percentage: "41%"."""
    return f"{whole(share * 100)}%"


def percent_sure(probability: float) -> str:
    """A probability as a percentage that never claims certainty ("100%" reads ">99%")."""
    if probability > 0.99:
        return ">99%"
    if probability < 0.01:
        return "<1%"
    return percent(probability)


def whole_shares(values: Sequence[float], total: int = 100) -> list[int]:
    """Whole numbers proportional to ``values`` that add up to exactly ``total``.

    Largest remainder: each part gets its floor, and the units left over go to the parts
    with the largest fractions (ties to the earlier part). Rounding each part on its own
    can show 41% + 45% + 15% = 101%.
    """
    cleaned = [max(0.0, float(v)) for v in values]
    whole_sum = sum(cleaned)
    if not cleaned:
        return []
    if whole_sum <= 0:
        return [total] + [0] * (len(cleaned) - 1)
    exact = [v / whole_sum * total for v in cleaned]
    parts = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def weeks(value: float) -> str:
    """A duration in weeks: "1 week", "1.5 weeks", "3 weeks"."""
    text = decimal(value, 1).removesuffix(".0")
    return f"{text} week" + ("" if text == "1" else "s")


def count(number: int, noun: str, many: str | None = None) -> str:
    """ "1 session", "3 sessions", "1,234 bad rows" (``many`` for irregular plurals)."""
    return f"{number:,} {noun if number == 1 else many or noun + 's'}"
