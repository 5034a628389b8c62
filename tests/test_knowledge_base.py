"""The shipped knowledge base: complete, consistent, and loud about mistakes."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from career_resilience.skills.fields import KnowledgeBaseError
from career_resilience.skills.loader import DATA_DIR, load_knowledge_base, shipped_knowledge_base

REQUIRED = {
    "middle_management", "basic_coding", "data_analysis", "oversight_ops", "ai_orchestration",
    "platform_engineering", "data_governance", "model_evaluation", "data_engineering",
}  # fmt: skip


@pytest.fixture(scope="module")
def kb():
    return shipped_knowledge_base()


def test_every_shipped_file_loads_with_the_promised_coverage(kb) -> None:
    assert len(kb.categories) >= 20
    assert set(kb.categories) >= REQUIRED
    assert len(kb.skills) >= 400
    assert sum(s.size for s in kb.corpus.values()) >= 3000
    assert min(s.size for s in kb.corpus.values()) >= 80
    assert len(kb.pivots) >= 12


def test_every_category_cites_a_known_source_and_has_an_outlook(kb) -> None:
    for cat in kb.categories.values():
        assert cat.exposure_citation.source in kb.sources, cat.id
        assert cat.outlook.citation.source in kb.sources, cat.id
        assert 0 <= cat.exposure <= 100


def test_articles_claims_shape_the_outlooks(kb) -> None:
    # The seed articles: these three are being subsumed, the AI-operations work is growing.
    for cid in ("middle_management", "basic_coding", "data_analysis"):
        assert kb.categories[cid].outlook.trend == "shrinking"
    for cid in REQUIRED - {"middle_management", "basic_coding", "data_analysis"}:
        assert kb.categories[cid].outlook.trend == "growing"


def test_every_worker_has_somewhere_to_pivot(kb) -> None:
    adjacent = {c for p in kb.pivots.values() for c in p.adjacent}
    assert adjacent == set(kb.categories)


def test_every_category_has_typical_skills(kb) -> None:
    for cid in kb.categories:
        tagged = [s for s in kb.skills.values() if cid in s.categories]
        assert len(tagged) >= 5, cid


#: Parsed YAML by (text, loader), for the module.
_PARSED: dict[tuple[str, object], object] = {}


@pytest.fixture(autouse=True)
def yaml_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test loads a copy of the whole knowledge base with one file changed: a file
    whose text is unchanged is parsed once for the module, and each load gets its own
    copy of it (the loader still reads every file and checks everything it holds)."""
    parse = yaml.load

    def load(text, Loader):
        key = (text, Loader)
        if key not in _PARSED:
            _PARSED[key] = parse(text, Loader=Loader)  # a broken file raises, every time
        return copy.deepcopy(_PARSED[key])

    monkeypatch.setattr(yaml, "load", load)


def _copy_data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA_DIR, root)
    return root


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_unknown_category_in_a_pivot_names_file_entry_and_field(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    pivot_id = yaml.safe_load((root / "pivots.yaml").read_text())["pivots"][0]["id"]
    _edit(root / "pivots.yaml", lambda d: d["pivots"][0].update(category="astronaut"))
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(root)
    message = str(err.value)
    assert "pivots.yaml" in message and pivot_id in message and "'category'" in message
    assert "astronaut" in message


def test_duplicate_alias_names_both_skills(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    first = sorted((root / "skills").glob("*.yaml"))[0]
    _edit(first, lambda d: d["skills"][1]["aliases"].append(d["skills"][0]["name"]))
    with pytest.raises(KnowledgeBaseError, match="already used by") as err:
        load_knowledge_base(root)
    assert first.name in str(err.value) and "'aliases'" in str(err.value)


def test_missing_citation_is_refused(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    _edit(root / "categories.yaml", lambda d: d["categories"][2]["exposure"].pop("citation"))
    with pytest.raises(
        KnowledgeBaseError, match=r"categories.yaml: category .*citation.* is missing"
    ):
        load_knowledge_base(root)


def test_broken_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    (root / "corpus" / "legal.yaml").write_text("category: legal\ntitles: [unclosed\n")
    with pytest.raises(KnowledgeBaseError, match=r"corpus/legal.yaml: line \d+.*not valid YAML"):
        load_knowledge_base(root)


def test_wrong_type_says_what_was_expected(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    _edit(root / "pivots.yaml", lambda d: d["pivots"][0]["plan"][0].update(weeks="three"))
    with pytest.raises(KnowledgeBaseError, match="'weeks': expected a number, got 'three'"):
        load_knowledge_base(root)


def test_a_yes_no_field_written_as_a_word_is_refused(tmp_path: Path) -> None:
    # YAML reads "yes" as true but "y" or "sure" as text: say so, do not guess.
    root = _copy_data(tmp_path)
    _edit(root / "pivots.yaml", lambda d: d["pivots"][0].update(newcomers_only="sure"))
    with pytest.raises(KnowledgeBaseError, match="'newcomers_only': expected true or false"):
        load_knowledge_base(root)


def test_a_skills_product_flag_is_read_and_checked(tmp_path: Path) -> None:
    # A product keeps its maker's capitals in a plan (skills/proper_names.py).
    kb = load_knowledge_base(_copy_data(tmp_path / "a"))
    assert kb.skills["kubernetes"].product and not kb.skills["welding"].product
    root = _copy_data(tmp_path / "b")
    _edit(root / "skills" / "software.yaml", lambda d: d["skills"][0].update(product="sure"))
    with pytest.raises(KnowledgeBaseError, match="'product': expected true or false"):
        load_knowledge_base(root)


def test_duty_rating_outside_the_rubric_is_refused(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    _edit(root / "corpus" / "legal.yaml", lambda d: d["duties"][0].update(exposure="maybe"))
    with pytest.raises(KnowledgeBaseError, match=r"corpus/legal\.yaml: .*duty 1.*'exposure'"):
        load_knowledge_base(root)


def test_a_misspelt_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    first = sorted((root / "skills").glob("*.yaml"))[0]

    def misspell(data: dict) -> None:
        skill = data["skills"][0]
        skill["alaises"] = skill.pop("aliases", ["x"])

    _edit(first, misspell)
    sid = yaml.safe_load(first.read_text())["skills"][0]["id"]
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(root)
    message = str(err.value)
    assert message.startswith(f"skills/{first.name}: skill {sid!r}: field 'alaises'")
    assert "did you mean 'aliases'?" in message


def test_an_unknown_key_deep_in_a_plan_is_found(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    _edit(root / "pivots.yaml", lambda d: d["pivots"][0]["plan"][1].update(wekes=3))
    with pytest.raises(KnowledgeBaseError, match=r"step 2: field 'wekes'.*did you mean 'weeks'"):
        load_knowledge_base(root)
