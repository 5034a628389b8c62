"""Training rows built from the corpus: single items and whole profiles composed from them.

Each corpus item (a title, a skill list, a duty) is a labelled example on its own;
composites stitch a title, a skill list and a few duties of one category together so
the model also sees full profiles as users enter them. Composition is seeded, so the
same corpus always gives the same rows.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import CorpusSection, Skill
from career_resilience.skills.typed_skill_text import split_skills

Row = tuple[str, str, str]

#: Composite profiles made per category and training run.
COMPOSITES_PER_CATEGORY = 70


def skills_field(skills: Iterable[str], resolve: Callable[[str], Skill | None]) -> str:
    """The skills text the model sees: what was typed plus catalogue names of matches.

    Adding the catalogue name lets "k8s" and "Kubernetes" share a feature. ``resolve``
    is a matcher's (cached) ``resolve`` method.
    """
    typed = [s for s in skills if s.strip()]
    canonical = []
    for text in typed:
        skill = resolve(text)
        if skill is not None and skill.name.casefold() != text.casefold():
            canonical.append(skill.name)
    return "; ".join(typed + canonical)


@dataclass(frozen=True)
class Items:
    """The corpus items of one category, as plain lists for sampling."""

    category: str
    titles: list[str]
    skill_lists: list[str]
    duties: list[str]


def section_items(section: CorpusSection) -> Items:
    """Plain lists of a corpus section's text."""
    return Items(
        section.category,
        list(section.titles),
        list(section.skill_lists),
        [duty.text for duty in section.duties],
    )


def single_rows(items: Items, matcher: SkillMatcher) -> list[Row]:
    """Every item as its own example: title alone, skill list alone, duty alone."""
    rows: list[Row] = [(title, "", "") for title in items.titles]
    rows += [("", skills_field(split_skills(s), matcher.resolve), "") for s in items.skill_lists]
    rows += [("", "", duty) for duty in items.duties]
    return rows


def composite_rows(items: Items, matcher: SkillMatcher, count: int, seed: int) -> list[Row]:
    """``count`` whole profiles drawn from one category's items (deterministic for a seed)."""
    rng = random.Random(f"{seed}:{items.category}")
    rows: list[Row] = []
    for _ in range(count):
        role = rng.choice(items.titles) if items.titles else ""
        skills = ""
        if items.skill_lists and rng.random() < 0.75:
            skills = skills_field(split_skills(rng.choice(items.skill_lists)), matcher.resolve)
        duties = ""
        if items.duties and rng.random() < 0.7:
            picked = rng.sample(items.duties, k=min(len(items.duties), rng.randint(1, 5)))
            duties = "\n".join(picked)
        rows.append((role, skills, duties))
    return rows


def build_rows(
    sections: Sequence[Items], matcher: SkillMatcher, seed: int, composites: bool = True
) -> tuple[list[Row], list[str]]:
    """All training rows and their category labels for the given items."""
    rows: list[Row] = []
    labels: list[str] = []
    for items in sections:
        made = single_rows(items, matcher)
        if composites:
            made += composite_rows(items, matcher, COMPOSITES_PER_CATEGORY, seed)
        rows += made
        labels += [items.category] * len(made)
    return rows, labels


def split_items(items: Items, folds: int, fold: int, seed: int) -> tuple[Items, Items]:
    """Split one category's items into (train, test) for cross-validation fold ``fold``.

    Items are split before composing, so no title or duty seen in training appears in
    a test profile: the cross-validated score is not flattered by leakage.
    """
    rng = random.Random(f"{seed}:split:{items.category}")

    def part(values: list[str]) -> tuple[list[str], list[str]]:
        order = values[:]
        rng.shuffle(order)
        test = [v for i, v in enumerate(order) if i % folds == fold]
        train = [v for i, v in enumerate(order) if i % folds != fold]
        return train, test

    (t1, s1), (t2, s2), (t3, s3) = part(items.titles), part(items.skill_lists), part(items.duties)
    return Items(items.category, t1, t2, t3), Items(items.category, s1, s2, s3)
