"""Load and validate the knowledge base under ``skills/data``.

Every file is parsed into the typed records of :mod:`career_resilience.skills.models`
and cross-checked (category ids, skill names, citations, duplicate aliases). Any
problem raises :class:`~career_resilience.skills.fields.KnowledgeBaseError` naming
the file, the entry and the field.
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path
from typing import Any, cast

from career_resilience.skills.fields import Entry, KnowledgeBaseError
from career_resilience.skills.identity import has_identity, skill_key
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.models import (
    AI_EFFECTS,
    DUTY_EXPOSURE_VALUE,
    PIVOT_KINDS,
    TRENDS,
    AiEffect,
    Category,
    Citation,
    CorpusSection,
    Duty,
    DutyExposure,
    KnowledgeBase,
    Outlook,
    Pivot,
    PivotKind,
    PlanStep,
    Skill,
    Source,
    Trend,
)

DATA_DIR = Path(__file__).with_name("data")

_ONET_SOC = re.compile(r"\d\d-\d{4}\.\d\d")


def read_yaml(path: Path, root: Path) -> Entry:
    """Parse one YAML file into a top-level :class:`Entry` (errors name the file)."""
    # Imported here: a start that finds the compiled copy (kb_cache) never parses YAML.
    import yaml

    # libyaml's C parser is ~10x faster than the pure-Python one and just as safe.
    safe_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    name = path.relative_to(root).as_posix()
    try:
        data: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=safe_loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        raise KnowledgeBaseError(name, where, "", f"is not valid YAML ({exc})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(name, "file", "", f"cannot be read ({exc})") from exc
    return Entry(name, "top level", data)


def _citation(entry: Entry, sources: dict[str, Source]) -> Citation:
    cite = entry.child("citation")
    source = cite.text("source")
    if source not in sources:
        raise cite.fail("source", f"unknown source {source!r}")
    return Citation(source, cite.text("detail"))


def _ident(entry: Entry, field: str = "id") -> str:
    value = entry.text(field)
    if not value.replace("_", "").isalnum() or not value.islower():
        raise entry.fail(field, f"{value!r} must be snake_case (a-z, 0-9, _)")
    return value


def parse_categories(top: Entry) -> tuple[dict[str, Source], dict[str, Category]]:
    """Sources and role categories from ``categories.yaml``."""
    sources: dict[str, Source] = {}
    for e in top.entries("sources", "source"):
        src = Source(
            _ident(e),
            e.text("title"),
            e.text("authors"),
            int(e.number("year", 1900, 2100)),
            e.text("url", required=False),
            e.text("licence"),
        )
        if src.id in sources:
            raise e.fail("id", f"duplicate source id {src.id!r}")
        sources[src.id] = src
    categories: dict[str, Category] = {}
    for e in top.entries("categories", "category"):
        cid = _ident(e)
        e.name = f"category {cid!r}"
        if cid in categories:
            raise e.fail("id", f"duplicate category id {cid!r}")
        exp, out = e.child("exposure"), e.child("outlook")
        categories[cid] = Category(
            id=cid,
            label=e.text("label"),
            family=e.text("family"),
            description=e.text("description"),
            exposure=exp.number("figure", 0, 100),
            exposure_rationale=exp.text("rationale"),
            exposure_citation=_citation(exp, sources),
            substitution=e.number("substitution", 0, 1),
            outlook=Outlook(
                cast(Trend, out.choice("trend", TRENDS)), out.text("basis"), _citation(out, sources)
            ),
            titles=e.texts("titles", min_items=1),
        )
    return sources, categories


def parse_skills(
    top: Entry, categories: dict[str, Category], seen: dict[str, tuple[str, str]]
) -> list[Skill]:
    """Skills from one catalogue file; ``seen`` maps keys already taken to their owner."""
    skills = []
    for e in top.entries("skills", "skill"):
        sid = _ident(e)
        e.name = f"skill {sid!r}"
        cats = e.texts("categories", min_items=1)
        for cat in cats:
            if cat not in categories:
                raise e.fail("categories", f"unknown category id {cat!r}")
        skill = Skill(
            sid,
            e.text("name"),
            e.texts("aliases", required=False),
            cats,
            cast(AiEffect, e.choice("ai_effect", AI_EFFECTS)),
            (senses := e.texts("sense_of", required=False)),
            e.texts("sense_when", min_items=1) if senses else (),
            e.texts("holds", required=False),
            product=e.flag("product"),
        )
        for field, label in [("name", skill.name)] + [("aliases", a) for a in skill.aliases]:
            key = skill_key(label)
            if not has_identity(label):
                raise e.fail(field, f"{label!r} has no letters or digits")
            owner_id, owner_where = seen.get(key, (sid, ""))
            if owner_id != sid:
                raise e.fail(field, f"{label!r} is already used by {owner_where}")
            seen[key] = (sid, f"{top.file}: skill {sid!r}")
        skills.append(skill)
    return skills


def _check_senses(skills: dict[str, Skill], seen: dict[str, tuple[str, str]]) -> None:
    """A skill ``holds`` only other skills of the catalogue. A sense (``sense_of``) is a
    name another skill owns, the sense used when the profile does not say otherwise
    ("CAD" stays drafting outside dispatch work), or a name no skill owns, read only
    where the profile says ("cutting" to a hairdresser); never the skill's own name."""
    for skill in skills.values():
        for held in skill.holds:
            if held not in skills or held == skill.id:
                raise KnowledgeBaseError(
                    "skills", f"skill {skill.id!r}", "holds", f"{held!r} is no other skill's id"
                )
        for name in skill.senses:
            owner_id, _ = seen.get(skill_key(name), ("", ""))
            if owner_id == skill.id or not has_identity(name):
                raise KnowledgeBaseError(
                    "skills", f"skill {skill.id!r}", "sense_of",
                    f"{name!r} must be another skill's name or alias, or a name no skill owns",
                )  # fmt: skip


def parse_pivots(top: Entry, kb_parts: dict[str, Any], matcher: SkillMatcher) -> dict[str, Pivot]:
    """Pivot targets from ``pivots.yaml``, with skill names resolved to catalogue ids."""
    categories, sources = kb_parts["categories"], kb_parts["sources"]

    def resolve(e: Entry, field: str, names: tuple[str, ...]) -> tuple[str, ...]:
        ids = []
        for name in names:
            skill = matcher.lookup(name)
            if skill is None:
                raise e.fail(field, f"skill {name!r} is not in the skill catalogue")
            ids.append(skill.id)
        return tuple(dict.fromkeys(ids))

    pivots: dict[str, Pivot] = {}
    for e in top.entries("pivots", "pivot"):
        pid = _ident(e)
        e.name = f"pivot {pid!r}"
        if pid in pivots:
            raise e.fail("id", f"duplicate pivot id {pid!r}")
        category = e.text("category")
        adjacent = e.texts("adjacent", min_items=1)
        for cat in (category, *adjacent):
            if cat not in categories:
                raise e.fail(
                    "category" if cat == category else "adjacent", f"unknown category id {cat!r}"
                )
        steps = tuple(
            PlanStep(
                s.text("step"),
                s.number("weeks", 0.1, 104),
                s.text("evidence"),
                resolve(s, "skills", s.texts("skills", required=False)),
                s.flag("any_skill"),
            )
            for s in e.entries("plan", "step")
        )
        kind = e.text("kind")
        if kind not in PIVOT_KINDS:
            raise e.fail("kind", f"must be one of {', '.join(PIVOT_KINDS)}, not {kind!r}")
        anchors = e.texts("anchors", min_items=1)
        for code in anchors:
            if not _ONET_SOC.fullmatch(code):
                raise e.fail("anchors", f"{code!r} is not an O*NET-SOC code like 15-1252.00")
        pivots[pid] = Pivot(
            id=pid,
            label=e.text("label"),
            category=category,
            summary=e.text("summary"),
            why=e.text("why"),
            adjacent=adjacent,
            core_skills=resolve(e, "core_skills", e.texts("core_skills", min_items=1)),
            nice_skills=resolve(e, "nice_skills", e.texts("nice_skills", required=False)),
            plan=steps,
            citation=_citation(e, sources),
            kind=cast(PivotKind, kind),  # checked against PIVOT_KINDS above
            anchors=anchors,
            newcomers_only=e.flag("newcomers_only"),
            from_anchors=e.flag("from_anchors"),
            suits=e.text("suits", required=False),
        )
    return pivots


def parse_corpus(top: Entry, categories: dict[str, Category]) -> CorpusSection:
    """One category's training text from ``corpus/<category>.yaml``."""
    cat = top.text("category")
    if cat not in categories:
        raise top.fail("category", f"unknown category id {cat!r}")
    if Path(top.file).stem != cat:
        raise top.fail("category", f"{cat!r} does not match the file name")
    duties = tuple(
        Duty(d.text("text"), cast(DutyExposure, d.choice("exposure", tuple(DUTY_EXPOSURE_VALUE))))
        for d in top.entries("duties", "duty")
    )
    return CorpusSection(cat, top.texts("titles", min_items=1), top.texts("skill_lists"), duties)


def load_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """Load, validate and cross-check every file under ``root`` (default: shipped data)."""
    root = root or DATA_DIR
    digest = training_digest(root)
    if not (root / "categories.yaml").is_file():
        raise KnowledgeBaseError("categories.yaml", "file", "", f"is missing from {root}")
    tops: list[Entry] = [read_yaml(root / "categories.yaml", root)]
    sources, categories = parse_categories(tops[0])
    seen: dict[str, tuple[str, str]] = {}
    skills: dict[str, Skill] = {}
    for path in sorted((root / "skills").glob("*.yaml")):
        tops.append(read_yaml(path, root))
        for skill in parse_skills(tops[-1], categories, seen):
            if skill.id in skills:
                raise KnowledgeBaseError(
                    path.name, f"skill {skill.id!r}", "id", "duplicate skill id"
                )
            skills[skill.id] = skill
    _check_senses(skills, seen)
    matcher = SkillMatcher(skills.values())
    parts = {"categories": categories, "sources": sources}
    tops.append(read_yaml(root / "pivots.yaml", root))
    pivots = parse_pivots(tops[-1], parts, matcher)
    corpus = {}
    for path in sorted((root / "corpus").glob("*.yaml")):
        tops.append(read_yaml(path, root))
        section = parse_corpus(tops[-1], categories)
        corpus[section.category] = section
    for top in tops:  # after parsing, so a missing field is reported before a stray one
        top.check_unknown_keys()
    for cid in categories:
        if cid not in corpus:
            raise KnowledgeBaseError(
                f"corpus/{cid}.yaml", "file", "", "is missing: every category needs training text"
            )
    frame_path = root / "occupation_categories.yaml"
    frame = read_yaml(frame_path, root).data if frame_path.is_file() else {}
    if not isinstance(frame, dict):
        raise KnowledgeBaseError(frame_path.name, "top level", "", "expected rules and anchors")
    words_path = root / "title_abbreviations.yaml"
    words = read_yaml(words_path, root).data if words_path.is_file() else {}
    if not isinstance(words, dict):
        raise KnowledgeBaseError(words_path.name, "top level", "", "expected a mapping")
    return KnowledgeBase(sources, categories, skills, pivots, corpus, digest, frame, words)


def training_digest(root: Path) -> str:
    """SHA-256 over the files the model is trained from (all YAML but ``pivots.yaml``).

    Pivots and plans can be edited without retraining; anything else changes what the
    model learns, so a model artifact records this digest and is refused when it differs.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*.yaml") if p.is_file()):
        name = path.relative_to(root).as_posix()
        if name != "pivots.yaml":
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


#: Skill matchers built, with the knowledge base each was built from (kept alive with
#: it, so its id stays its own).
_MATCHERS: list[tuple[KnowledgeBase, SkillMatcher]] = []


def matcher_for(kb: KnowledgeBase) -> SkillMatcher:
    """The skill matcher of ``kb``, built once: the engine and the title's kind reading
    (``model/title_kind.py``) share it, where each built its own (about 40 ms, paid on
    the first one-word title with skills)."""
    for known, matcher in _MATCHERS:
        if known is kb:
            return matcher
    matcher = SkillMatcher(kb.skills.values())
    _MATCHERS[:] = [(kb, matcher), *_MATCHERS[:3]]
    return matcher


@functools.cache
def shipped_knowledge_base() -> KnowledgeBase:
    """The knowledge base that ships with the package, loaded once per process.

    From its compiled copy in the user cache when that matches the YAML and this code
    (see :mod:`career_resilience.skills.kb_cache`); otherwise parsed and checked from the
    YAML, and the compiled copy written for the next start.
    """
    from career_resilience.skills import kb_cache

    kb = kb_cache.read_cached(DATA_DIR)
    if kb is None:
        kb = load_knowledge_base(DATA_DIR)
        kb_cache.write_cached(DATA_DIR, kb)
    return kb
