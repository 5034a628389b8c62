"""A translator's AI-era move is evaluation of language AI, reached by their languages
(``skills/data/pivots.yaml``: ai_language_evaluation_specialist)."""

from __future__ import annotations

from pivot_support import standing

from career_resilience import wording
from career_resilience.model.pivot_shown import Scored
from career_resilience.model.profile import Profile

ROLE = "AI language evaluation specialist"


def test_a_translator_is_offered_language_ai_evaluation_first_not_as_a_long_shot(engine):
    """A translator (exposure 100) had three long shots: Technical Writers (fit 6%)
    above AI evaluation (fit 1%: it asks none of a translator's skills). Evaluating
    translation and multilingual AI asks their languages: it leads, as a move that fits."""
    typed = "Spanish; legal translation; CAT tools"
    pivots = engine.score(Profile.create("Translator", typed, "")).pivots
    assert pivots and pivots[0].label == ROLE, [p.label for p in pivots]
    first = pivots[0]
    assert first.fit >= 0.5 and not wording.reads_long_shot(first.fit_reasons)
    assert first.resilience_change > 10
    assert "Translation" not in first.gap_skills  # held: not a skill to learn
    # A prompt engineer who evaluates models but names no language is not sent there.
    typed = "prompt engineering; Python; LLM evaluation"
    pivots = engine.score(Profile.create("Prompt engineer", typed, "")).pivots
    assert ROLE not in [p.label for p in pivots]


def test_a_translator_with_one_move_is_also_shown_the_long_shots_that_gain(scorer, matcher):
    """A translator (exposure 100, writing and editing work) was shown one move: a list
    that short, for work that exposed, also offers the long shots that gain (labelled so,
    after it), as an empty list does (``pivot_thresholds.FEW_IF_EXPOSED``), in one score and
    in a batch alike."""
    typed = ["translation", "CAT tools", "proofreading"]
    translator = standing(matcher, {"27-3091.00": 0.99}, typed, 36, "writing_editing")
    advice = scorer.advise(translator)
    labels = [p.label for p in advice.pivots]
    assert labels[0] == ROLE and "Technical Writers" in labels, labels
    for p in advice.pivots[1:]:
        assert wording.reads_long_shot(p.fit_reasons), p.fit_reasons
        assert p.resilience_change > 2
    # Beside a nurse, as a batch (a limit of 6: not the one score kept for 5).
    nurse = standing(matcher, {"29-1141.00": 0.9}, ["patient assessment"], 60)
    both = scorer.advise_many([nurse, translator], 6)
    assert [p.label for p in both[1].pivots] == labels


def test_about_the_same_resilience_is_said_of_the_change_shown(scorer, matcher):
    # A paramedic's health services management (raw +1.8, shown "+2": 40.3 -> 42.1 reads
    # 40 -> 42) read "More exposed to AI (+36 points) for about the same resilience".
    from dataclasses import replace

    target = next(t for t in scorer.table.targets if t.onet_soc == "11-9111.00" and not t.pivot)
    person = standing(matcher, {"29-2043.00": 0.9}, [], resilience=40.3)
    s = Scored(target, 0.5, None, (), (), (), {}, 0, 0.5, "", "", 30.0, 1.8)
    assert "for about the same resilience" not in scorer.texts.why(s, person)
    # Shown +1 (41.3 reads 41) is about the same.
    same = scorer.texts.why(replace(s, resilience_change=1.0), person)
    assert "for about the same resilience" in same, same
