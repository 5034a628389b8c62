"""What one Enter in the profile form's skill box adds, refuses and says.

Pure rules, no widgets: the profile screen lists what is added and shows the message.
Repeats within the entry merge silently ("first aid; first aid", a paste: nothing is
wrong and nothing is left to fix); skills listed before, too long or past the limit
are refused, said once per kind, and put back to fix; a skill naming one listed under
another name is added with a note that it counts once, one note per listed skill.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from career_resilience.tui.session import Held

#: Which listed skill names the same catalogue skill as a typed one (Session.held_as).
HeldAs = Callable[[str, list[str]], "Held | None"]


class EntryOutcome:
    """The skills an entry adds, what it refuses and why, and the counted-once notes
    (a plain class: a dataclass compiles its methods when the app starts, 0.4 ms)."""

    def __init__(self) -> None:
        self.added: list[str] = []
        self.refused: list[str] = []
        self.problems: list[str] = []
        self.held: list[tuple[str, Held]] = []

    def message(self) -> str:
        """The one line under the skill box ("" when there is nothing to say)."""
        return "; ".join(self.problems + held_notes(self.held))


def read_entry(
    parts: Sequence[str], listed: Sequence[str], held_as: HeldAs, *, max_chars: int, limit: int
) -> EntryOutcome:
    """Sort the skills of one entry (already split) against the ``listed`` ones."""
    from career_resilience.skills.identity import skill_key
    from career_resilience.wording import already_listed

    out = EntryOutcome()
    now = list(listed)
    before = {skill_key(s) for s in listed}
    keys_now = set(before)
    repeated: dict[str, str] = {}  # key -> the first spelling typed, said once
    for index, raw in enumerate(parts):
        text = " ".join(raw.split())
        key = skill_key(text)
        if len(text) > max_chars:
            out.problems.append(f"“{text[:30]}…” is over {max_chars} characters")
            out.refused.append(text)
        elif key in keys_now:
            if key in before and key not in repeated:
                repeated[key] = text
                out.refused.append(text)
        elif len(now) >= limit:
            out.problems.append(f"the limit is {limit} skills")
            out.refused += [" ".join(p.split()) for p in parts[index:]]
            break
        else:
            if other := held_as(text, now):
                out.held.append((text, other))
            now.append(text)
            keys_now.add(key)
            out.added.append(text)
    if repeated:
        out.problems.append(already_listed(list(repeated.values())))
    out.held = names_listed_before(out.held, listed, held_as) + out.held
    return out


def names_listed_before(
    held: Sequence[tuple[str, Held]], listed: Sequence[str], held_as: HeldAs
) -> list[tuple[str, Held]]:
    """The skills listed before this entry that name a listed skill this entry named
    again, so its note names them all: after "cuts and styling" (read as "hair
    colouring"), "perms" said only "“perms” is already in your list", as if it alone
    counted once."""
    named = {other for _, other in held}
    if not named:
        return []
    earlier = [(s, held_as(s, list(listed[:i]))) for i, s in enumerate(listed)]
    return [(s, other) for s, other in earlier if other is not None and other in named]


def held_notes(held: Sequence[tuple[str, Held]]) -> list[str]:
    """One note for each listed skill that skills typed name again ("hair colouring"
    and "blow dry" both Hairdressing, as "haircutting"): one clause, not one each."""
    from career_resilience.wording import already_listed_as

    by_listed: dict[Held, list[str]] = {}
    for text, other in held:
        by_listed.setdefault(other, []).append(text)
    return [already_listed_as(texts, *other) for other, texts in by_listed.items()]
