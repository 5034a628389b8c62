"""What moves the score: drivers that push exposure up and those that pull it down.

The engine names its drivers after the model's features (``title "senior"``, ``skills
mention "financial"``). Shown as they are, they read as jargon and duplicates, so
:func:`readable_drivers` turns them into lines a worker recognises before display:

- overlapping word groups of one field are one line: ``title "senior"``, ``title
  "accountant"`` and ``title "senior accountant"`` become ``your title: "senior
  accountant"`` with their points added up;
- a word the person did not type (a feature reached through a catalogue skill's
  description, say) is never shown;
- a duty is listed only on the side its own score is on: a duty rated very high never
  appears as pulling exposure down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget

from career_resilience.model.result import Driver, DutyScore
from career_resilience.wording import signed

if TYPE_CHECKING:
    from career_resilience.model.profile import Profile

#: Effects smaller than this (in points) are not worth a line.
MIN_POINTS = 0.05
#: The duty score above which a duty pushes exposure up (the scale's middle).
MIDDLE = 50.0
LEGEND = "Points on the 0-100 exposure score, from the words you typed."

_FEATURE = re.compile(r'^(title|skills mention|duties mention) "(.*)"$')
_SKILL = re.compile(r'^skill "(.*)" \((AI substitutes|AI leaves alone)\)$')
_DUTY = re.compile(r'^duty "(.*)"$')
_FIELD_WORDS = {
    "title": "your title",
    "skills mention": "your skills",
    "duties mention": "your duties",
}


@dataclass(frozen=True)
class DriverLine:
    """One line of the list: what moves the score, in words, and by how many points."""

    text: str
    points: float


def _words(text: str) -> list[str]:
    from career_resilience.model.features import normalise

    return normalise(text).split()


def readable_drivers(
    drivers: Sequence[Driver],
    typed: dict[str, str],
    duties: Sequence[DutyScore] = (),
) -> list[DriverLine]:
    """Merge, filter and name ``drivers`` for a person; strongest first.

    ``typed`` holds what the person typed per field (``title``, ``skills``, ``duties``).
    """
    typed_words = {
        "title": set(_words(typed.get("title", ""))),
        "skills mention": set(_words(typed.get("skills", ""))),
        "duties mention": set(_words(typed.get("duties", ""))),
    }
    order = {
        f: _words(typed.get(k, ""))
        for f, k in (("title", "title"), ("skills mention", "skills"), ("duties mention", "duties"))
    }
    groups: dict[str, list[tuple[set[str], float]]] = {f: [] for f in typed_words}
    lines: list[DriverLine] = []
    for driver in drivers:
        name, effect = driver.feature, float(driver.effect)
        feature = _FEATURE.match(name)
        if feature:
            field, term = feature.groups()
            words = set(term.split())
            if words and words <= typed_words[field]:
                _merge(groups[field], words, effect)
            continue
        skill = _SKILL.match(name)
        if skill:
            verb = "AI can do much of it" if skill[2] == "AI substitutes" else "AI leaves it alone"
            lines.append(DriverLine(f"skill {skill[1]}: {verb}", effect))
            continue
        duty = _DUTY.match(name)
        if duty:
            if _duty_agrees(duty[1], effect, duties):
                lines.append(DriverLine(f'duty "{duty[1]}"', effect))
            continue
        lines.append(DriverLine(name, effect))
    for field, merged in groups.items():
        for words, effect in merged:
            label = " ".join(w for w in dict.fromkeys(order[field]) if w in words)
            lines.append(DriverLine(f'{_FIELD_WORDS[field]}: "{label}"', effect))
    lines = [line for line in lines if abs(line.points) >= MIN_POINTS]
    return sorted(lines, key=lambda line: -abs(line.points))


def _merge(groups: list[tuple[set[str], float]], words: set[str], effect: float) -> None:
    """Add a word group, joining every group it shares a word with."""
    joined, total = set(words), effect
    for group in [g for g in groups if g[0] & words]:
        groups.remove(group)
        joined |= group[0]
        total += group[1]
    groups.append((joined, total))


def _duty_agrees(shown: str, effect: float, duties: Sequence[DutyScore]) -> bool:
    """Whether a duty's effect has the sign of its own score (above or below the middle)."""
    stem = shown.removesuffix("…")
    for duty in duties:
        if duty.text.startswith(stem):  # a line with no rating has no side to be on
            return duty.exposure is not None and (effect > 0) == (duty.exposure >= MIDDLE)
    return True


class DriverList(Widget):
    """Top drivers, split into "pushes exposure up" and "pulls it down", in points."""

    DEFAULT_CSS = """
    DriverList {
        height: auto;
    }
    """

    def __init__(self, *, limit: int = 5, legend: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.legend = legend
        self.lines: list[DriverLine] = []

    def show(
        self,
        drivers: Sequence[Driver],
        typed: dict[str, str],
        duties: Sequence[DutyScore] = (),
        layout: bool = True,
    ) -> None:
        """Display new drivers (``layout=False`` when the widget has a fixed height)."""
        lines = readable_drivers(drivers, typed, duties)
        if lines == self.lines and self.lines:
            return  # nothing to redraw (a live what-if often keeps the same drivers)
        self.lines = lines
        self.refresh(layout=layout)

    def render(self) -> Content:
        """Two short lists with signed points and an arrow for each."""
        up = [line for line in self.lines if line.points > 0][: self.limit]
        down = [line for line in self.lines if line.points < 0][: self.limit]
        lines: list[Content] = [Content.styled("▲ Pushes exposure up", "bold")]
        lines += self._rows(up) or [Content.styled("  nothing", "dim")]
        lines.append(Content.styled("▼ Pulls exposure down", "bold"))
        lines += self._rows(down) or [Content.styled("  nothing", "dim")]
        if self.legend:
            lines.append(Content.styled(LEGEND, "dim italic"))
        return Content("\n").join(lines)

    @staticmethod
    def _rows(lines: list[DriverLine]) -> list[Content]:
        # The sign and the arrow heading carry the direction: no colour is needed to read it.
        return [
            Content.assemble("  ", (f"{signed(line.points):>6}", "bold"), "  ", line.text)
            for line in lines
        ]


def typed_fields(profile: Profile) -> dict[str, str]:
    """What the person typed, per field, for :func:`readable_drivers`."""
    return {"title": profile.role, "skills": "; ".join(profile.skills), "duties": profile.duties}
