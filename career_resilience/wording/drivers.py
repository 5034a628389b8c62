"""What moves the score, in a worker's words (model/driver_lines.py merges the lines)."""

from __future__ import annotations

from career_resilience.wording.numbers import signed, whole

__all__ = [
    "DRIVERS_LEGEND",
    "REST_DRIVER",
    "SAVED_REST_DRIVERS",
    "driver_line",
    "drivers_total",
    "duty_driver",
    "field_driver",
    "is_rest_driver",
    "match_duty_driver",
    "placing_duty_driver",
    "skill_driver",
    "unrated_duty_driver",
    "whole_title_driver",
]

#: Under every list of drivers: what the points are.
DRIVERS_LEGEND = "Points on the 0-100 exposure score, from the words you typed."
#: The last line of a list of drivers: what the lines above do not account for, so the
#: list adds up to the score's move from a profile with nothing typed. Since the category
#: model's reading is split between the items (``driver_category``), that is only the
#: items not listed (too small, or past the list's length) and what they do together.
REST_DRIVER = "items not listed above, and what they do together"
#: The last line's earlier labels, as results saved before 2026-12-05 04:30 UTC carry them
#: (it then also held the kind of work the words point to together): still read as the
#: last line, in the words it was saved with, since that is what it held.
SAVED_REST_DRIVERS = ("the kind of work your words point to together, and smaller items",)


def is_rest_driver(name: str) -> bool:
    """Whether a driver's name is the last line's, today's label or one saved before."""
    return name == REST_DRIVER or name in SAVED_REST_DRIVERS


def drivers_total(start: float, score: float) -> str:
    """Under a list of drivers that adds up: where its points start and end."""
    return f"These points add up: from {whole(start)} with nothing typed to your {whole(score)}."


_DRIVER_FIELDS = {"title": "your title", "skills": "your skills", "duties": "your duties"}


def field_driver(field: str, words: str) -> str:
    """Words of one field that move the score: 'your title: "senior accountant"'."""
    return f'{_DRIVER_FIELDS.get(field, field)}: "{words}"'


def whole_title_driver(words: str) -> str:
    """A title whose words move the score only together, credited as one line."""
    return f'your title as a whole: "{words}"'


def skill_driver(skill: str, substitutes: bool) -> str:
    """A skill that moves the score by the kind of work it is."""
    return f"skill {skill}: " + ("AI can do much of it" if substitutes else "AI leaves it alone")


def duty_driver(duty: str) -> str:
    """A duty line that moves the score."""
    return f'duty "{duty}"'


def placing_duty_driver(duty: str, occupation: str = "") -> str:
    """A duty line without which another occupation would come first: its points are
    where it places the work, whatever its own rating says, so the line names the
    occupation ("Feed the cattle" +4 beside a rating of 3 read as a contradiction).
    Results saved before the name was given have none."""
    if occupation:
        return f'duty "{duty}" (places your job in {occupation})'
    return f'duty "{duty}" (places your job)'


def match_duty_driver(duty: str, up: bool) -> str:
    """A rated duty line whose points run against its own rating ("Feed the cattle",
    rated 3, +3.5 points for a farmhand): they come from the occupations its words
    point to, and the line says which way, rather than being left out of the list."""
    toward = "more" if up else "less"
    return f'duty "{duty}" (moves your match toward {toward} exposed occupations)'


def unrated_duty_driver(duty: str) -> str:
    """A duty line the duty model cannot rate that still moves the score: through the
    occupations its words point to (the duty section says it is not rated)."""
    return f'duty "{duty}" (not rated; moves the occupation match)'


def driver_line(points: float, text: str) -> str:
    """One driver as the command line and the reports print it: "  +2.0  skill "SQL"."""
    return f"{signed(points):>6}  {text}"
