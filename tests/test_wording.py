"""The one wording module: rounding, shares, names, meanings, weeks, bars."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from career_resilience import wording as w


@pytest.mark.parametrize(
    ("value", "shown"), [(78.5, "79"), (78.4, "78"), (0.5, "1"), (2.5, "3"), (99.5, "100")]
)
def test_halves_round_up_everywhere(value: float, shown: str) -> None:
    # Python's round() and "{:.0f}" give "78" and "2" here: the app and reports disagreed.
    assert w.score(value) == shown


def test_a_score_shows_the_same_before_and_after_saving() -> None:
    # The engine's 44.47 is saved as 44.5 (one decimal); both must read 45.
    assert w.score(44.47) == w.score(44.5) == "45"
    assert w.score(78.449) == w.score(78.4) == "78"


def test_decimals_round_the_number_people_see() -> None:
    assert w.decimal(2.675, 2) == "2.68"  # the binary value is 2.67499...
    assert w.signed(-2.25) == "−2.3" and w.signed(0.04) == "±0.0" and w.signed(3) == "+3.0"
    assert w.effect(-5.25) == "lowers it by 5.3"


def test_a_negative_decimal_has_the_real_minus_sign() -> None:
    # A farmer's LM-AIOE read "-1.43" beside "−2% jobs" in the same view and reports.
    assert w.decimal(-1.425, 2) == "−1.43"
    assert w.index_line({"lm_aioe": -1.43}) == "LM-AIOE −1.43"
    assert w.decimal(-0.004, 2) == "0.00"  # rounds to nothing: no sign


def _school_rounding(value: float, digits: int) -> float:
    """The rule people expect, on the text of the number: halves away from zero."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def test_every_figure_rounds_as_its_decimal_text_does() -> None:
    # ``rounded`` skips the Decimal away from halves (a batch row rounds ~14 fresh
    # figures): on and beside a half of each decimal, and at random, it must not differ
    # (sign of zero included: "−0.0" and "0.0" read differently).
    import math
    import random

    rng = random.Random(7)
    values = [k / 10**d + nudge for d in (1, 2, 3) for k in range(-2005, 2006, 5)
              for nudge in (0.0, 1e-12, -1e-12, 4e-7, -4e-7)]  # fmt: skip
    values += [rng.uniform(-150, 150) for _ in range(4000)] + [0.0, -0.0, -0.04, 2.675]
    for value in values:
        for digits in range(5):
            got, want = w.rounded(value, digits), _school_rounding(value, digits)
            assert (got, math.copysign(1, got)) == (want, math.copysign(1, want)), (value, digits)
        assert w.whole(value) == int(_school_rounding(_school_rounding(value, 1), 0))


@given(st.lists(st.floats(0, 1, allow_nan=False), min_size=1, max_size=6))
def test_whole_shares_always_add_up_to_100(values: list[float]) -> None:
    parts = w.whole_shares(values)
    assert sum(parts) == 100 and all(p >= 0 for p in parts)


def test_mix_that_rounds_to_101_adds_up_to_100() -> None:
    mix = {"substitute": 0.415, "augment": 0.445, "untouched": 0.14}
    # Each rounded alone: 42 + 45 + 14 = 101.
    assert w.mix_percentages(mix) == [
        ("AI could do it alone", 42),
        ("AI helps a person do it", 44),
        ("AI leaves it alone", 14),
    ]
    assert w.mix_sentence(mix).endswith("AI leaves it alone 14%.")


def test_meaning_follows_the_band() -> None:
    very_low, very_high = w.band_meaning("very low"), w.band_meaning("very high")
    assert very_low.startswith("Little of this work")
    assert "much of this work" not in very_low.lower()
    assert "AI can do or speed up most" in very_high
    for band in ("moderate", "high", "very high"):
        text = w.exposure_meaning(band).lower()
        assert "not a prediction that you will lose your job" in text
        assert "fired" not in text
    for band in ("high", "very high"):
        assert "highly exposed work" in w.exposure_meaning(band)
    # A moderate band says "some tasks": its caution must not call the work highly exposed.
    assert "highly exposed" not in w.exposure_meaning("moderate").lower()
    assert "some of the tasks" in w.exposure_meaning("moderate")
    for band in ("very low", "low"):
        # A low score is cautioned the other way: it is no promise the job stays as it is.
        text = w.exposure_meaning(band).lower()
        assert "not a promise that the job will not change" in text
        assert "highly exposed" not in text


def test_band_sentence_claims_no_share_of_tasks_the_mix_contradicts() -> None:
    # A hospice chaplain: exposure 68 "high" (a percentile among occupations) beside a
    # mix where AI leaves half the tasks alone read "Much of this work is made of tasks
    # AI can do or speed up".
    chaplain = {"substitute": 0.04, "augment": 0.46, "untouched": 0.50}
    for band in ("high", "very high"):
        text = w.band_meaning(band, chaplain)
        assert "much of this work" not in text.lower() and "most of the tasks" not in text
        assert "than in" in text and "occupations" in text
        assert "no more than half of its tasks" in text
    # Where the mix agrees, the band keeps its plain sentence.
    accountant = {"substitute": 0.09, "augment": 0.87, "untouched": 0.04}
    assert w.band_meaning("high", accountant) == w.band_meaning("high")
    # The same rule the other way: a low band does not say "a small part" of tasks when
    # AI does or speeds up most of them.
    busy = {"substitute": 0.30, "augment": 0.40, "untouched": 0.30}
    for band in ("low", "very low"):
        text = w.band_meaning(band, busy)
        assert not text.startswith(("Little", "A small part"))
        assert "more than half of its tasks" in text
    line_cook = {"substitute": 0.02, "augment": 0.12, "untouched": 0.86}
    assert w.band_meaning("low", line_cook) == w.band_meaning("low")
    # "Some tasks ... much of the job still needs a person" fits any mix.
    assert w.band_meaning("moderate", busy) == w.band_meaning("moderate", chaplain)
    # The caution after it follows the mix too: "highly exposed work is often the work
    # AI makes more valuable" does not follow "no more than half of its tasks".
    for band in ("high", "very high"):
        text = w.exposure_meaning(band, chaplain)
        assert "highly exposed" not in text and "more valuable" not in text
        assert text.endswith(w.NOT_A_PREDICTION_SOME)
        assert w.not_a_prediction(band, accountant) == w.NOT_A_PREDICTION


def test_high_exposure_caution_does_not_call_work_ai_could_do_alone_more_valuable() -> None:
    # A court reporter: exposure 96 "very high" beside "AI could do it alone 85%, AI
    # helps a person do it 15%" had read "highly exposed work is often the work AI makes
    # more valuable".
    court_reporter = {"substitute": 0.85, "augment": 0.15, "untouched": 0.0}
    for band in ("high", "very high"):
        text = w.exposure_meaning(band, court_reporter)
        assert "more valuable" not in text
        assert "not a prediction that you will lose your job" in text
        assert w.not_a_prediction(band, court_reporter) == w.NOT_A_PREDICTION_ALONE
    # Where AI mostly helps a person, the caution is the usual one.
    librarian = {"substitute": 0.04, "augment": 0.86, "untouched": 0.10}
    assert w.not_a_prediction("very high", librarian) == w.NOT_A_PREDICTION
    # Read at the whole percentages shown: 50% against 50% is no majority either way.
    even = {"substitute": 0.496, "augment": 0.504, "untouched": 0.0}
    assert w.not_a_prediction("high", even) == w.NOT_A_PREDICTION
    # A moderate band keeps its own caution whatever the mix (a low one: the next test).
    assert w.not_a_prediction("moderate", court_reporter) == w.NOT_A_PREDICTION_SOME


def test_low_exposure_caution_does_not_say_ai_reaches_few_tasks_it_mostly_touches() -> None:
    # An airline pilot: exposure 39 "low" with AI doing or speeding up 62% of the tasks
    # read "though AI does or speeds up more than half of its tasks", then "it says
    # today's AI reaches few of these tasks".
    pilot = {"substitute": 0.08, "augment": 0.54, "untouched": 0.38}
    for band in ("low", "very low"):
        text = w.exposure_meaning(band, pilot)
        assert "more than half of its tasks" in text and "reaches few" not in text
        assert "not a promise that the job will not change" in text
    # Where AI leaves most of the tasks alone, "few" is true and stays.
    welder = {"substitute": 0.0, "augment": 0.10, "untouched": 0.90}
    assert w.not_a_prediction("low", welder) == w.NOT_A_GUARANTEE
    assert w.not_a_prediction("very low") == w.NOT_A_GUARANTEE


def test_weeks_and_percentages_read_naturally() -> None:
    assert [w.weeks(x) for x in (1, 1.5, 3, 0.25)] == [
        "1 week",
        "1.5 weeks",
        "3 weeks",
        "0.3 weeks",
    ]
    assert w.percent_sure(0.996) == ">99%" and w.percent_sure(0.004) == "<1%"
    assert w.percent_sure(0.125) == "13%"


def test_change_words_agree_with_the_rounded_scores() -> None:
    # 78.5 shows as 79 and 70.4 as 70: the words say 9, as a reader would count.
    assert w.trend_sentence("Exposure", [78.5, 70.4]) == (
        "Exposure over 2 sessions: 79 → 70 (down 9 points since the first)."
    )
    assert w.change_words(54.4, 54.6) == "up 1 point"


def test_a_long_history_reads_as_a_sentence_and_a_line() -> None:
    """5,000 sessions name the first and latest scores, not 5,000 of them, and the
    sparkline is the latest sessions on one line, "…" saying earlier ones are left out."""
    values = [80.0] + [50.0] * 4990 + [44.0, 43.0, 42.0, 41.0, 40.0, 39.0, 38.0, 37.0, 36.0]
    assert w.trend_sentence("Exposure", values) == (
        "Exposure over 5000 sessions: 80 → … → 42 → 41 → 40 → 39 → 38 → 37 → 36"
        " (down 44 points since the first)."
    )
    eight = [70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0, 5.0]
    assert "70 → 60 → 50 → 40 → 30 → 20 → 10 → 5 (" in w.trend_sentence("Exposure", eight)
    line = w.session_sparkline(values)
    assert line == "…" + w.sparkline(values[-w.SPARK_SESSIONS :])
    assert len(line) == w.SPARK_SESSIONS + 1
    assert w.session_sparkline(eight) == w.sparkline(eight)


def test_bars_fill_by_the_same_rule() -> None:
    assert w.text_bar(50, 10) == "█████░░░░░"
    assert w.text_bar(-3, 4) == "░░░░" and w.text_bar(140, 4) == "████"
    assert sum(w.split_cells([0.415, 0.445, 0.14], 37)) == 37
    assert w.sparkline([0, 50, 100]) == "▁▅█"


def test_bls_figures_and_evidence_follow_the_one_rounding_rule() -> None:
    """The outlook, the pivot texts and the pivot detail all say "+45%" for 44.5, with a
    real minus sign; a sure match reads ">99%", never "100%"."""
    assert w.bls_projection(44.5) == "BLS projects +45% jobs, 2022-32"
    assert w.bls_projection(-8.0, "Chief Executives") == (
        "BLS projects −8% for Chief Executives, 2022-32"
    )
    assert w.matched_evidence("O*NET", "39-6012.00", "Concierges", 0.998).endswith(
        "39-6012.00 Concierges (>99%)"
    )
    evidence = w.exposure_evidence()
    for _, label in w.INDEX_LABELS:
        assert label in evidence
    for paper in set(w.INDEX_PAPERS.values()):
        assert evidence.count(paper) == 1


def test_counts_read_as_people_say_them() -> None:
    count = w.count
    assert [count(1, "bad row"), count(0, "row"), count(1234, "session")] == [
        "1 bad row", "0 rows", "1,234 sessions",
    ]  # fmt: skip
    assert count(2, "person", "people") == "2 people"


def test_an_outlook_names_no_cause_the_projection_does_not_give():
    # The outlook is the BLS projection, all causes together: a pipelayer's report said
    # "expected to shrink as AI takes on more of it" beside an exposure of 7 (very low).
    for outlook in ("growing", "stable", "shrinking"):
        words = w.outlook_meaning(outlook)
        assert words.startswith("Demand for this kind of work is expected to")
        assert "AI" not in words, words


def test_the_chosen_placements_note_groups_by_placement_and_stays_a_sentence() -> None:
    # A client whose coach picked the occupation at every session for a year: the note
    # under the sessions names each placement once, with its first sessions.
    chosen = {n: "Psychiatric Technicians" for n in range(2, 60)} | {1: "Retail and store work"}
    assert w.chosen_placements_note(chosen) == (
        "* Scored in a placement chosen, not where the model placed the job title: "
        "Retail and store work (session 1); Psychiatric Technicians (sessions 2, 3, 4 "
        "and 55 more)."
    )
    many = {n: f"Kind {n}" for n in range(1, 6)}
    assert w.chosen_placements_note(many).endswith("Kind 3 (session 3); and 2 other placements.")
    assert w.chosen_placements_note({}) == ""


def test_a_cut_keeps_whole_words_and_a_word_that_just_fits():
    from career_resilience.wording import cut_at_word

    # "Loan Officers…" fills 14 cells exactly: the whole word fits and is kept.
    assert cut_at_word("Loan Officers and Clerks", 14) == "Loan Officers…"
    assert cut_at_word("Loan Officers and Clerks", 13) == "Loan…"
    assert cut_at_word("Hairdressers, Hairstylists", 16) == "Hairdressers…"
    assert cut_at_word("Cosmetologists", 8) == "Cosmeto…"  # one word: the only cut inside
    assert cut_at_word("Barbers", 20) == "Barbers"


def test_a_note_is_quoted_to_its_last_whole_word():
    from datetime import datetime

    from career_resilience.wording import note_start

    class Note:
        body = "Client wants to move into building inspection within two years"
        shared = False
        session_id = None
        created_at = datetime(2026, 12, 5)

    assert note_start(Note(), width=30) == "Client wants to move into…"


def test_the_meaning_points_to_the_drivers_in_the_words_the_result_uses() -> None:
    # A pharmacy technician's "high" read "the drivers show which parts change first":
    # no box or line is called drivers; the result's says "Pushes exposure up".
    mixes = (None, {"substitute": 0.04, "augment": 0.46, "untouched": 0.50})
    for band in ("very low", "low", "moderate", "high", "very high"):
        for mix in mixes:
            assert "driver" not in w.band_meaning(band, mix).lower(), (band, mix)
    assert "what pushes exposure up shows which parts change first" in w.band_meaning("high")
