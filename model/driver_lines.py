"""Drivers in a worker's words: merged, filtered and signed the same on every surface.

The engine names its drivers after what it measured (``title "senior"``, ``skill
"SQL"``, ``duty "..."``; older saved results also hold ``skills mention "..."``). The
app, ``resilience score``, and the Markdown and HTML reports all list them through
:func:`readable_drivers`, so one result shows the same lines everywhere:

- overlapping word groups of one field are one line: ``title "senior"``, ``title
  "accountant"`` and ``title "senior accountant"`` become ``your title: "senior
  accountant"`` with their points added up;
- a word the person did not type (a feature reached through a catalogue skill's
  description, say) is never shown;
- a duty whose points run against its own rating (a farmhand's "Feed the cattle",
  rated 3, +3.5 points) says where they come from: ``duty "..." (moves your match
  toward more exposed occupations)``; it was left out, and the list then did not
  explain what moved the score. A line the duty model cannot rate reads ``duty "..."
  (not rated; moves the occupation match)``: its points come from the match alone. A
  line without which another occupation would come first reads ``duty "..." (places
  your job in Emergency Medical Technicians)``: its points are where it places the
  work, not its own rating;
- a title credited as one (its words move the score only together, see
  ``title_shapley``) reads ``your title as a whole: "911 dispatcher"``.

Inputs are plain pairs, so the reports can pass a saved result's dicts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from career_resilience import wording as w

#: Effects smaller than this (in points) are not worth a line.
MIN_POINTS = 0.05
#: The duty score above which a duty pushes exposure up (the scale's middle).
MIDDLE = 50.0

_FEATURE = re.compile(r'^(title|skills mention|duties mention) "(.*)"$')
_SKILL = re.compile(r'^skill "(.*)" \((AI substitutes|AI leaves alone)\)$')
_DUTY = re.compile(r'^duty "(.*)"$')


def _pattern(line: str) -> re.Pattern[str]:
    """A wording function's line as a pattern: \\x00 is the duty, \\x01 an occupation."""
    escaped = re.escape(line).replace("\x00", "(.*)").replace("\x01", "(.+)")
    return re.compile(f"^{escaped}$")


#: A duty line that placed the work (``grounded_drivers``), as the wording names it:
#: with the occupation it places the work in, and (saved before that) without.
_PLACING = (
    _pattern(w.placing_duty_driver("\x00", "\x01")),
    _pattern(w.placing_duty_driver("\x00")),
)
_TYPED_WORD = re.compile(r"[^\W_]+(?:[+#]+|(?:['][^\W_]+)*)")
#: What may join two words of one name as typed: a space, or a slash, hyphen or "&".
_JOINER = re.compile(r"\s*[/&-]\s*|\s+")
_FIELDS = {"title": "title", "skills mention": "skills", "duties mention": "duties"}


@dataclass(frozen=True)
class DriverLine:
    """One line of the list: what moves the score, in words, and by how many points."""

    text: str
    points: float


def typed_fields(role: str, skills: Iterable[str], duties: str) -> dict[str, str]:
    """What the person typed, per field, as :func:`readable_drivers` takes it."""
    return {"title": role, "skills": "; ".join(skills), "duties": duties}


def _words(field: str, text: str) -> list[str]:
    """The words of a field as typed (case kept), then as the engine normalises them.

    Title drivers name the typed word ("RN"); older saved results name normalised ones
    ("registered"): both count as typed, and a label takes the first (typed) spelling.
    """
    from career_resilience.model.features import normalise
    from career_resilience.skills.titles import normalise_title

    words = [*_TYPED_WORD.findall(text), *normalise(text).split()]
    if field == "title":  # title drivers come from the title matcher's own normalising
        words += normalise_title(text).split()  # ("Acct" is "accountant" there)
    return list(dict.fromkeys(words))


def readable_drivers(
    drivers: Iterable[tuple[str, float]],
    typed: Mapping[str, str],
    duties: Iterable[tuple[str, float | None]] = (),
) -> list[DriverLine]:
    """Merge, filter and name ``(feature, points)`` drivers for a person; strongest first.

    ``typed`` holds what the person typed per field (``title``, ``skills``, ``duties``);
    ``duties`` the ``(text, exposure)`` of each duty line (None: the line has no rating).
    """
    duty_scores = list(duties)
    rest: float | None = None  # the engine's last line (results saved before: none)
    rest_label = w.REST_DRIVER  # ... in the words it was saved with
    unshown = 0.0  # points of lines left out, which the rest line then carries
    order = {f: _words(key, typed.get(key, "")) for f, key in _FIELDS.items()}
    # Each word once, case-blind, spelled the first way it appears (as typed).
    spelled: dict[str, dict[str, str]] = {f: {} for f in _FIELDS}
    for f, words_of_field in order.items():
        for word in words_of_field:
            spelled[f].setdefault(word.casefold(), word)
    groups: dict[str, list[tuple[set[str], float]]] = {f: [] for f in _FIELDS}
    lines: list[DriverLine] = []
    for name, effect in drivers:
        effect = float(effect)
        if w.is_rest_driver(name):
            rest, rest_label = (rest or 0.0) + effect, name
            continue
        feature = _FEATURE.match(name)
        if feature:
            field, term = feature.groups()
            words = {word.casefold() for word in term.split()}
            if words and words <= spelled[field].keys():
                _merge(groups[field], words, effect)
            else:
                unshown += effect
            continue
        skill = _SKILL.match(name)
        if skill:
            substitutes = skill[2] == "AI substitutes"
            lines.append(DriverLine(w.skill_driver(skill[1], substitutes), effect))
            continue
        placing = _PLACING[0].match(name) or _PLACING[1].match(name)
        if placing:  # its points are where it places the work, not its own rating
            lines.append(DriverLine(w.placing_duty_driver(*placing.groups()), effect))
            continue
        duty = _DUTY.match(name)
        if duty:
            rated, agrees = _duty_agrees(duty[1], effect, duty_scores)
            if not rated:
                line = w.unrated_duty_driver(duty[1])
            elif agrees:
                line = w.duty_driver(duty[1])
            else:  # against its own rating: its points come through the match, said so
                line = w.match_duty_driver(duty[1], effect > 0)
            lines.append(DriverLine(line, effect))
            continue
        lines.append(DriverLine(name, effect))
    from career_resilience.skills.titles import typed_title_words

    title_words = {word.casefold() for word in typed_title_words(typed.get("title", ""))}
    for field, merged in groups.items():
        for words, effect in merged:
            label = " ".join(word for key, word in spelled[field].items() if key in words)
            if field == "title":
                label = _as_typed(typed.get("title", ""), label)
            # The engine credits a title whose words only work together as one driver.
            whole = field == "title" and len(title_words) > 1 and title_words <= words
            text = w.whole_title_driver(label) if whole else w.field_driver(_FIELDS[field], label)
            lines.append(DriverLine(text, effect))
    unshown += sum(line.points for line in lines if abs(line.points) < MIN_POINTS)
    lines = sorted(
        (line for line in lines if abs(line.points) >= MIN_POINTS),
        key=lambda line: -abs(line.points),
    )
    if rest is not None and abs(rest + unshown) >= MIN_POINTS:
        lines.append(DriverLine(rest_label, rest + unshown))
    return lines


def _as_typed(text: str, label: str) -> str:
    """``label`` (typed words joined by spaces) as the person wrote it where its words
    run in ``text`` joined by a slash, hyphen or "&": "Owner/operator" had read "Owner
    operator" (touches drvfast's file: display only, the drivers' points unchanged)."""
    parts = label.split()
    found = list(_TYPED_WORD.finditer(text))
    for k in range(len(found) - len(parts) + 1):
        run = found[k : k + len(parts)]
        if [m.group(0) for m in run] == parts and all(
            _JOINER.fullmatch(text[a.end() : b.start()]) for a, b in itertools.pairwise(run)
        ):
            return " ".join(text[run[0].start() : run[-1].end()].split())
    return label


def adds_up(drivers: Iterable[tuple[str, float]]) -> bool:
    """Whether a result's drivers end with the rest line, so that they add up to the
    score's move from a profile with nothing typed (results saved before: no)."""
    return any(w.is_rest_driver(name) for name, _ in drivers)


def total_line(drivers: Iterable[tuple[str, float]], lines: list[DriverLine], score: float) -> str:
    """The sentence under a list that adds up ("These points add up: from 51 with
    nothing typed to your 23."); "" for a result saved before the rest line."""
    if not adds_up(drivers):
        return ""
    return w.drivers_total(score - sum(line.points for line in lines), score)


def at_most(lines: list[DriverLine], n: int) -> list[DriverLine]:
    """The ``n`` first lines, those cut folded into the rest line (kept last), so a
    shortened list still adds up; a list without a rest line is just cut."""
    if len(lines) <= n or not lines or not w.is_rest_driver(lines[-1].text):
        return lines[:n]
    kept, cut, rest = lines[: n - 1], lines[n - 1 : -1], lines[-1]
    return [*kept, DriverLine(rest.text, rest.points + sum(line.points for line in cut))]


def _merge(groups: list[tuple[set[str], float]], words: set[str], effect: float) -> None:
    """Add a word group, joining every group it shares a word with."""
    joined, total = set(words), effect
    for group in [g for g in groups if g[0] & words]:
        groups.remove(group)
        joined |= group[0]
        total += group[1]
    groups.append((joined, total))


def _duty_agrees(
    shown: str, effect: float, duties: list[tuple[str, float | None]]
) -> tuple[bool, bool]:
    """(whether the duty has a score, whether its effect has the sign of that score:
    above or below the middle). A line without a score agrees: its points come from the
    match alone (the title channel reads "teach 5th grade math" where the duty model
    cannot), nothing of it can contradict them, and hiding it hid what moved the score;
    its line says it is not rated. A line not found among the duties counts as rated."""
    stem = shown.removesuffix("…")
    for text, exposure in duties:
        if text.startswith(stem):
            return exposure is not None, exposure is None or (effect > 0) == (exposure >= MIDDLE)
    return True, True
