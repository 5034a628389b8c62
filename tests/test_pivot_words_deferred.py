"""A pivot's words (gaps, plan, why, fit reasons) are built when first read, not in the score.

One score ranks the pivots; the what-if's re-scores and a batch's figures never read the
words of five pivots, which were a third of the ranking's time. Read, a deferred pivot is
the same record as one built with its words.
"""

from __future__ import annotations

import pickle
from dataclasses import fields, replace

from pivot_support import advise

from career_resilience.contract import PIVOT_WORDS, PivotOption, PlanItem
from career_resilience.model.profile import Profile

FIGURES = {
    "id": "x",
    "label": "Stockers",
    "category": "retail_service",
    "exposure": 30.0,
    "resilience": 62.5,
    "fit": 0.41,
    "summary": "O*NET 53-7065.00",
    "kind": "related",
    "onet_soc": "53-7065.00",
    "exposure_change": -5.0,
    "resilience_change": 12.5,
    "bls_change_pct": 2.0,
    "job_zone": 2,
    "job_zone_step": 0,
    "citation": "O*NET",
    "outlook": "",
}
WORDS = {
    "gap_skills": ("Forklift operation",),
    "held_skills": ("Customer service",),
    "plan": (PlanItem("Learn forklift operation", 2.0, "O*NET", ("forklift",), False),),
    "why": "Less exposed to AI.",
    "fit_reasons": ("shares 60% of its work activities with yours",),
}


def test_a_deferred_pivot_builds_its_words_once_on_first_read():
    calls = []

    def words() -> dict[str, object]:
        calls.append(1)
        return dict(WORDS)

    option = PivotOption.deferred(lambda: words(), **FIGURES)
    assert option.fit == 0.41 and option.label == "Stockers"
    assert calls == []  # figures read: no words built
    assert option.why == "Less exposed to AI."
    assert option.plan_weeks == 2.0 and option.gap_skills == ("Forklift operation",)
    assert calls == [1]


def test_a_deferred_pivot_reads_as_the_same_record():
    eager = PivotOption(**FIGURES, **WORDS)
    # Built before the one it is compared with reads its words, each way round.
    assert PivotOption.deferred(lambda: dict(WORDS), **FIGURES) == eager
    assert eager == PivotOption.deferred(lambda: dict(WORDS), **FIGURES)
    assert repr(PivotOption.deferred(lambda: dict(WORDS), **FIGURES)) == repr(eager)
    assert hash(PivotOption.deferred(lambda: dict(WORDS), **FIGURES)) == hash(eager)
    # The recipe (a lambda here, the scorer in the app) is never pickled.
    thawed = pickle.loads(pickle.dumps(PivotOption.deferred(lambda: dict(WORDS), **FIGURES)))
    assert thawed == eager and type(thawed) is PivotOption
    longer = replace(PivotOption.deferred(lambda: dict(WORDS), **FIGURES), why="Other.")
    assert longer == replace(eager, why="Other.")
    assert {f.name for f in fields(PivotOption)} == set(FIGURES) | set(PIVOT_WORDS)
    assert PivotOption.fit_reasons == ()  # the field's default, as before


def _counted(texts, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The word builders of ``texts`` each call records itself in (the list returned)."""
    built: list[str] = []
    for name in ("_gaps_and_plan", "why", "fit_reasons"):
        method = getattr(texts, name)

        def counted(*args, _method=method, _name=name):  # type: ignore[no-untyped-def]
            built.append(_name)
            return _method(*args)

        monkeypatch.setattr(texts, name, counted)
    return built


def test_a_score_builds_no_pivot_words_until_they_are_read(scorer, matcher, monkeypatch):
    built = _counted(scorer.texts, monkeypatch)
    # A resilience no other test uses: the scorer's advice cache is not what answers.
    pivots = advise(scorer, matcher, {"41-2011.00": 0.9}, ["customer service"], 31.417).pivots
    assert len(pivots) >= 3 and built == []
    first = pivots[0]
    assert first.why and first.fit_reasons
    assert sorted(built) == ["_gaps_and_plan", "fit_reasons", "why"]
    eager = PivotOption(**{f.name: getattr(first, f.name) for f in fields(PivotOption)})
    assert repr(eager) == repr(first) and eager == first


def test_a_result_as_the_app_shows_it_builds_no_pivot_words_either(engine, monkeypatch):
    # The app and the what-if show every result as saved; the what-if reads only each
    # pivot's name and fit, so a re-score there builds no words at all.
    built = _counted(engine.pivot_scorer.texts, monkeypatch)
    role, skills = "Ferry terminal ticket cashier", ["cash handling", "customer service", "POS"]
    result = engine.score(Profile.create(role, skills, ""))
    saved = result.as_saved()
    assert len(saved.pivots) >= 2 and built == []
    assert [p.label for p in saved.pivots] == [p.label for p in result.pivots]
    assert saved.pivots[0].fit == round(result.pivots[0].fit, 3) and built == []
    assert saved.to_dict() == result.to_dict() and built
    # Read through the saved copy, the words were built once, for both records.
    assert saved.pivots[0].why == result.pivots[0].why
    assert saved == result.as_saved()
    assert len(built) == 3 * len(result.pivots)


def test_two_threads_reading_a_pivots_words_at_once_build_them_once():
    # The app's UI thread and an export (or a saved copy) may read the same pivot at
    # once: the second reader waits for the first's words instead of building its own.
    import threading

    started, second = threading.Event(), threading.Event()
    calls = []

    def words() -> dict[str, object]:
        calls.append(1)
        if len(calls) == 1:
            started.set()
            second.wait(0.1)  # a second build (the old code) would set it at once
        else:
            second.set()
        return {**WORDS, "why": f"built {len(calls)} time(s)"}

    option = PivotOption.deferred(words, **FIGURES)
    read: list[object] = []
    first = threading.Thread(target=lambda: read.append((option.why, option.plan)))
    first.start()
    assert started.wait(5)
    other = threading.Thread(target=lambda: read.append((option.why, option.plan)))
    other.start()
    first.join(5)
    other.join(5)
    assert calls == [1]
    assert read == [("built 1 time(s)", WORDS["plan"])] * 2
