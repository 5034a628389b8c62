"""Rebuild ``model/occupation_skills.json``: each O*NET occupation's core catalogue skills.

Run after the skill catalogue or the shipped occupation data changes
(``python tools/build_core_skills.py``); ``tests/test_pivot_evidence.py`` fails while the
shipped file is stale.
"""

from __future__ import annotations

import json

from career_resilience.model.pivot_core_skills import CORE_SKILLS_FILE, compute_core_skills
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.occupation_frame import shipped_frame
from career_resilience.skills.occupations import occupation_data


def main() -> None:
    """Compute and write the table, sorted for stable diffs."""
    kb = shipped_knowledge_base()
    core = compute_core_skills(
        occupation_data(), SkillMatcher(kb.skills.values()), shipped_frame().category_of
    )
    payload = {
        "about": "Core catalogue skills per O*NET-SOC occupation, named by O*NET 27.0 titles "
        "and technology (CC BY 4.0); built by tools/build_core_skills.py",
        "core": dict(sorted(core.items())),
    }
    CORE_SKILLS_FILE.write_text(json.dumps(payload, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {CORE_SKILLS_FILE} ({len(core)} occupations)")


if __name__ == "__main__":
    main()
