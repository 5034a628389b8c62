"""``Engine.prepare_workers`` builds what a first score would otherwise build while the
person waits: the app's loader thread is to call it, and a batch does before forking its
workers. After a warm-up score, a first score had taken 65-200 ms (the listed titles read
and the "did you mean" index built) against ~18 ms for the scores after it."""

from __future__ import annotations

import pytest

from career_resilience.model import title_employment, title_specialty
from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.profile import Profile
from career_resilience.skills import listed_titles, matching

#: Tables a first score builds on first use, kept by ``functools`` caches.
FIRST_USE_TABLES = (
    title_employment.named_by,
    title_employment.namesakes,
    title_employment.headed_by,
    title_employment.narrowed_to,
    title_specialty.specialty_names,
    licence_of,
)
#: Tables a first score given skills or duties builds, kept as ``MatchTables`` properties.
FIRST_USE_PROPERTIES = ("tech_features", "task_features", "duty_words")


def test_after_prepare_a_first_score_builds_no_table(engine, monkeypatch, tmp_path):
    # As a freshly loaded engine: nothing read on first use yet.
    for cached in (
        listed_titles.listed_rows,
        listed_titles._listed_lines,
        listed_titles.listed_title_words,
        listed_titles.listed_text,
        *FIRST_USE_TABLES,
    ):
        cached.cache_clear()
    monkeypatch.setattr(engine.matcher, "_trigrams", None)
    monkeypatch.setattr(engine.matcher, "_filter", None)
    # The skills' and duties' vectorizers and the duty lines' title words: not built yet.
    built = engine.match_tables.__dict__
    for name in FIRST_USE_PROPERTIES:
        monkeypatch.delitem(built, name, raising=False)
    engine.prepare_workers()
    assert all(name in built for name in FIRST_USE_PROPERTIES)
    missed = [table.cache_info().misses for table in FIRST_USE_TABLES]

    # From here, reading the listed titles or building the index again would fail.
    monkeypatch.setattr(listed_titles, "LISTED_TITLES_FILE", tmp_path / "not_there.csv")

    def built_again(self, keys):  # type: ignore[no-untyped-def]
        raise AssertionError("the did-you-mean index was built during a score")

    monkeypatch.setattr(matching.TrigramIndex, "__init__", built_again)
    # A title typed alone that the listed titles are read for, a skill that matches
    # nothing (its "did you mean" ranked by the index), and licensed work whose pivots
    # read the licence ladder, its title and skills read by the title rules' tables.
    for role, skills in (
        ("Principal", ""),
        ("Porter", "lifting; zzgarbled skil"),
        ("LPN", "wound care; med passes"),
    ):
        result = engine.score(Profile.create(role, skills, ""))
        assert result.occupations
    assert listed_titles.listed_as_typed("school principal")
    # Nor any table of the official titles or the licences: each was built once, ahead.
    assert [table.cache_info().misses for table in FIRST_USE_TABLES] == missed


@pytest.mark.parametrize("text", ["forklift drivng", "pipe fiting"])
def test_prepared_suggestions_are_the_ones_built_on_first_use(engine, text):
    from career_resilience.skills.matching import SkillMatcher

    fresh = SkillMatcher(engine.kb.skills.values())
    on_first_use = fresh.suggest(text)
    prepared = SkillMatcher(engine.kb.skills.values())
    prepared.prepare_suggestions()
    assert prepared.suggest(text) == on_first_use
