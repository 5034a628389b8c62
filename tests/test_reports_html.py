"""The self-contained HTML session report."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from coach_support import sample_profile, sample_result, with_gaps

from career_resilience import wording
from career_resilience.records import Store, save_assessment
from career_resilience.reports import render_result_html, render_session_html
from career_resilience.wording import NOT_A_PREDICTION as EXPOSURE_DISCLAIMER
from career_resilience.wording import NOT_A_PREDICTION_ALONE as EXPOSURE_DISCLAIMER_ALONE

PIVOT = "ai_orchestration_specialist"


@pytest.fixture
def client_id(store: Store) -> int:
    """A client with two sessions, a chosen pivot, and private and shared notes."""
    first = save_assessment(
        store, "Dana <Smith> & Co", sample_profile(), sample_result(), "PRIVATE session worry"
    )
    store.set_session_pivot(first.id, PIVOT)
    store.add_note(first.client_id, "PRIVATE: thinks boss is unfair")
    store.add_note(first.client_id, "Keep going with <script>alert(1)</script> Python", shared=True)
    second = save_assessment(
        store,
        "Dana <Smith> & Co",
        sample_profile("SQL", "Excel", "Python"),
        with_gaps(
            sample_result(exposure=64.0, interval=[58.0, 71.0]), PIVOT, ["Workflow automation"]
        ),
        "Shared: finished the Python course",
        share_notes=True,
    )
    store.add_note(second.client_id, "PRIVATE on session 2", session_id=second.id)
    return first.client_id


def _visible_text(html: str) -> str:
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_report_shows_score_pivots_plan_and_shared_notes(store: Store, client_id: int) -> None:
    html = render_session_html(store, client_id)
    text = _visible_text(html)
    assert "64 / 100" in text and "high" in text
    assert "Likely between 58 and 71" in text
    # The sample's mix has AI doing 42% alone against 38% helping: the caution says so.
    assert EXPOSURE_DISCLAIMER_ALONE in text and EXPOSURE_DISCLAIMER not in text
    assert "54 / 100 resilience" in text and "Outlook: shrinking" in text
    assert 'your title: "analyst" raises it by 14.2' in text  # the app's words
    assert "1. AI orchestration specialist (chosen)" in text
    assert "2. Data product manager" in text
    assert "Skills to learn: Workflow automation" in text
    assert "Automate one recurring report end to end in Python (4 weeks)" in text
    assert "Keep going with <script>alert(1)</script> Python" in text  # shown as text
    assert "Shared: finished the Python course" in text
    assert "Exposure over 2 sessions: 78 → 64 (down 14 points since the first)" in text
    assert "Gap skills closed since session 1: Python, Prompt engineering" in text
    assert "Model version: 2025.06-1" in text
    for source in ("GPTs are GPTs", "Working with AI", "Language Modelers", "O*NET"):
        assert source in text
    # Each source with the licence its data is shipped under (ATTRIBUTION).
    assert text.count("CC BY 4.0") >= 2 and "Licence: MIT" in text


def test_private_notes_never_reach_the_report(store: Store, client_id: int) -> None:
    html = render_session_html(store, client_id)
    assert "PRIVATE" not in html
    assert "PRIVATE" not in render_session_html(store, client_id, 1)


def test_user_text_is_escaped(store: Store, client_id: int) -> None:
    html = render_session_html(store, client_id)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Dana &lt;Smith&gt; &amp; Co" in html


def test_report_is_self_contained_and_prints_well(store: Store, client_id: int) -> None:
    html = render_session_html(store, client_id)
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and "@media print" in html
    lowered = html.lower()
    for external in ("://", "<link", "<script", "<img", "<iframe", "url(", "@import"):
        assert external not in lowered
    assert not re.search(r"\b(href|src|srcset)\s*=", lowered)
    assert "<svg" in html  # the progress sparkline is drawn inline


def test_older_session_report_shows_that_session(store: Store, client_id: int) -> None:
    text = _visible_text(render_session_html(store, client_id, 1))
    assert "78 / 100" in text and "Session 1 of 2" in text
    assert "This is the first session" in text
    assert "finished the Python course" not in text  # a later session's note


def test_unsaved_result_html_has_no_client_sections() -> None:
    text = _visible_text(render_result_html(sample_profile(), sample_result()))
    assert "78 / 100" in text and "AI orchestration specialist" in text
    assert "Notes from your coach" not in text and "Progress since" not in text


def test_the_report_shows_the_pivot_map_inline() -> None:
    html = render_result_html(sample_profile(), sample_result())
    figure = html[html.index('<figure class="pivot-map">') :]
    figure = figure[: figure.index("</figure>")]
    assert "<svg" in figure and "you (today)" in figure and "http" not in figure
    assert "AI orchestration specialist" in figure
    assert "exposed and growing: AI augments this work" in figure


def test_a_long_history_draws_its_latest_sessions_and_says_its_trend(store: Store) -> None:
    """70 sessions: the HTML sparklines draw the latest 60, as the text ones do, and read
    out the trend sentence, not 70 scores."""
    for n in range(70):
        save_assessment(store, "Lee", sample_profile(), sample_result(exposure=80.0 - n / 2))
    client = store.find_client("Lee")
    page = render_session_html(store, client.id)
    sparks = re.findall(r'<svg class="spark".*?</svg>', page)
    assert len(sparks) == 2  # exposure and resilience
    assert all(spark.count("<circle") == 60 for spark in sparks)
    exposures = [s.exposure for s in store.sessions(client.id)]
    said = wording.trend_sentence("Exposure", exposures)
    assert said.startswith("Exposure over 70 sessions: 80 → … → 49 → 48 → 48 → 47")
    assert f'aria-label="{said}"' in sparks[0]


def test_the_report_maps_labels_end_on_a_whole_word() -> None:
    # A farmer's printed report labelled its one pivot "Forest and Conservation
    # Technicia…": on paper no tooltip holds the rest, and the cut word reads as a typo.
    from career_resilience.model.pivot_map import MapPoint
    from career_resilience.reports.pivot_map import pivot_map_svg

    names = (
        "Forest and Conservation Technicians",
        "Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop",
        "Locker Room, Coatroom, and Dressing Room Attendants",
        "Medical Assistants",
    )
    points = [MapPoint("you (today)", 42.0, -5.0, "●", True)]
    points += [MapPoint(name, 40.0 + n, 1.0 + n, str(n + 1)) for n, name in enumerate(names)]
    svg = pivot_map_svg(points)
    drawn = re.findall(r'font-size="11"(?: font-weight="bold")?>([^<]*)</text>', svg)
    labels = [html.unescape(t) for t in drawn]
    assert len(labels) == 5 and labels[-1] == "you (today)"  # the person is drawn last
    for label, name in zip(labels[:-1], names, strict=True):
        shown = label.removesuffix("…").rstrip(",")
        assert name.startswith(shown), label
        assert name == shown or name[len(shown)] in " ,", label  # never inside a word
