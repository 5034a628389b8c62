"""Which project category frames each O*NET occupation (``data/occupation_categories.yaml``).

Every occupation resolves to one category by the longest matching SOC-code prefix, so a
result told in categories ("your work is in data analysis") stays consistent with the
occupations it was matched to. AI-era categories that O*NET 2019 lacks carry *anchor*
occupations instead, whose published figures stand in for them (cited as such).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from career_resilience.skills.fields import KnowledgeBaseError

FRAME_FILE = Path(__file__).with_name("data") / "occupation_categories.yaml"


@dataclass(frozen=True)
class Frame:
    """Category of every occupation, and anchor occupations of the AI-era categories."""

    category_of: dict[str, str]
    anchors: dict[str, tuple[str, ...]]


def build_frame(codes: Iterable[str], categories: Iterable[str], raw: Any) -> Frame:
    """Resolve every occupation code from the parsed file; errors name file, entry, problem."""
    known = set(categories)
    codes = list(codes)
    name = FRAME_FILE.name
    try:
        rules = {str(k): str(v) for k, v in raw["rules"].items()}
        anchors = {str(k): tuple(str(c) for c in v) for k, v in raw["anchors"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeBaseError(name, "top level", "", f"cannot be read ({exc})") from exc
    for prefix, cid in rules.items():
        if cid not in known:
            raise KnowledgeBaseError(name, f"rule {prefix!r}", "", f"unknown category {cid!r}")
    for cid, anchor_codes in anchors.items():
        if cid not in known:
            raise KnowledgeBaseError(name, f"anchor {cid!r}", "", "unknown category")
        for code in anchor_codes:
            if code not in codes:
                raise KnowledgeBaseError(name, f"anchor {cid!r}", "", f"unknown occupation {code}")
    # The longest rule that prefixes a code: its prefixes looked up, longest first (trying
    # every rule on every code cost a fifth of building the pivot scorer at start-up).
    lengths = sorted({len(p) for p in rules}, reverse=True)
    category_of = {}
    for code in codes:
        found = next((code[:n] for n in lengths if n <= len(code) and code[:n] in rules), None)
        if found is None:
            raise KnowledgeBaseError(name, "rules", "", f"no rule covers occupation {code}")
        category_of[code] = rules[found]
    return Frame(category_of, anchors)


@functools.cache
def shipped_frame() -> Frame:
    """The frame for the shipped occupations and knowledge base (built once)."""
    from career_resilience.skills.loader import shipped_knowledge_base
    from career_resilience.skills.occupations import occupation_codes

    kb = shipped_knowledge_base()
    return build_frame(occupation_codes(), kb.categories, kb.occupation_frame)
