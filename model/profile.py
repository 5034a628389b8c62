"""What a person tells the app about themselves, and the limits on it.

Validation lives here so the CLI, the batch scorer and the app refuse the same bad
input with the same words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from career_resilience import wording
from career_resilience.sanitise import (
    MAX_DUTIES_CHARS,
    MAX_DUTY_LINES,
    MAX_ROLE_CHARS,
    MAX_SKILL_CHARS,
    MAX_SKILLS,
    clean_block,
    duty_lines,
)
from career_resilience.skills.situations import situation_only
from career_resilience.skills.typed_skill_text import split_skills

__all__ = [
    "MAX_DUTIES_CHARS",
    "MAX_DUTY_LINES",
    "MAX_ROLE_CHARS",
    "MAX_SKILLS",
    "MAX_SKILL_CHARS",
    "Profile",
    "ProfileError",
    "clean_role",
    "clean_text",
    "duty_lines",
]

_ONET_CODE = re.compile(r"\d\d-\d{4}\.\d\d")


class ProfileError(ValueError):
    """The profile cannot be scored; the message says which field and why."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        super().__init__(f"{field}: {problem}")


def clean_text(text: str) -> str:
    """Normalise Unicode and drop control and escape characters (keeping newlines and
    tabs): :func:`career_resilience.sanitise.clean_block`, the one sanitiser."""
    return clean_block(text)


def clean_role(role: str) -> str:
    """A job title as every interface reads it: cleaned (:func:`clean_text`), on one
    line, with compatibility characters folded (NFKC) as skills and duties are read: a
    title typed full-width ("Ｒｅｇｉｓｔｅｒｅｄ ｎｕｒｓｅ", as East Asian keyboards type
    it) matched no occupation at all, and a ligature ("ﬁtter") split its word."""
    text = clean_text(role)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Profile:
    """A role, the skills a person lists, and optionally what they do all day."""

    role: str
    skills: tuple[str, ...] = ()
    duties: str = ""
    #: A category the person chose themselves ("that's not me"); overrides the model.
    category: str | None = field(default=None)
    #: An O*NET-SOC code the person chose ("that's not me"); its published figures are used.
    occupation: str | None = field(default=None)
    #: The typed title said the person's situation and is not read (``title_situation``:
    #: the role is then empty); set by the engine, never typed, saved or compared.
    title_unread: bool = field(default=False, compare=False, repr=False)
    #: Such a title's place is taken by the work the skills name ("gardening": a
    #: gardener's; ``title_situation.read_work``); set by the engine as above.
    work_for_title: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def create(
        cls,
        role: str,
        skills: str | Iterable[str] = (),
        duties: str = "",
        category: str | None = None,
        occupation: str | None = None,
    ) -> Profile:
        """Build a validated profile; ``skills`` may be a typed list like "a; b, c"."""
        if not isinstance(role, str):
            raise ProfileError("role", "must be text")
        role = clean_role(role)
        if not role:
            raise ProfileError("role", "is empty: enter a job title such as 'Data analyst'")
        if len(role) > MAX_ROLE_CHARS:
            raise ProfileError("role", f"is {len(role)} characters; the limit is {MAX_ROLE_CHARS}")
        items = split_skills(skills) if isinstance(skills, str) else list(skills)
        cleaned: list[str] = []
        seen: set[str] = set()
        for item in items:
            text = " ".join(clean_text(str(item)).split())
            if len(text) > MAX_SKILL_CHARS:
                raise ProfileError("skills", f"{text[:30]!r}… is over {MAX_SKILL_CHARS} characters")
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                cleaned.append(text)
        if len(cleaned) > MAX_SKILLS:
            raise ProfileError("skills", f"{len(cleaned)} skills given; the limit is {MAX_SKILLS}")
        if not isinstance(duties, str):
            raise ProfileError("duties", "must be text")
        if len(duties) > MAX_DUTIES_CHARS:
            raise ProfileError(
                "duties", f"is {len(duties)} characters; the limit is {MAX_DUTIES_CHARS}"
            )
        duties = clean_text(duties)
        if len(duty_lines(duties)) > MAX_DUTY_LINES:
            raise ProfileError("duties", f"has more than {MAX_DUTY_LINES} lines")
        if not (cleaned or duties.strip() or occupation or category) and situation_only(role):
            # Nothing to place the person from: no occupation shown as theirs.
            raise ProfileError("role", wording.situation_alone(role))
        if occupation is not None and not _ONET_CODE.fullmatch(str(occupation)):
            raise ProfileError(
                "occupation", f"{occupation!r} is not an O*NET-SOC code like 15-1252.00"
            )
        return cls(role, tuple(cleaned), duties, category or None, occupation or None)

    def to_dict(self) -> dict[str, object]:
        """The profile as the JSON/YAML the app saves and the coach records store."""
        data: dict[str, object] = {
            "role": self.role,
            "skills": list(self.skills),
            "duties": self.duties,
        }
        if self.category:
            data["category"] = self.category
        if self.occupation:
            data["occupation"] = self.occupation
        return data

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """Rebuild (and re-validate) a profile from :meth:`to_dict` output."""
        if not isinstance(data, dict):
            raise ProfileError("profile", "expected a mapping with role, skills and duties")
        skills = data.get("skills") or []
        if not isinstance(skills, list | str):
            raise ProfileError("skills", "expected a list")
        return cls.create(
            data.get("role") or "",
            skills,
            data.get("duties") or "",
            data.get("category"),
            data.get("occupation"),
        )
