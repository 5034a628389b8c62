"""Text people type never becomes markup in a report, in Markdown or in HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from coach_support import sample_profile, sample_result
from markdown_it import MarkdownIt

from career_resilience.records import Store, save_assessment
from career_resilience.reports import render_session_html, render_session_markdown

HOSTILE = (
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "[click me](javascript:alert(3))",
    "<javascript:alert(4)>",
)
BLOCKS = "# Not a heading\n- not a list\n1. not numbered\n> not a quote\n==="


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The Markdown and HTML report of a client whose every typed field is hostile."""
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    profile = sample_profile(*HOSTILE, role=f"Analyst {HOSTILE[0]} *bold* | pipe")
    profile["duties"] = "\n".join(HOSTILE)
    result = sample_result()
    result["duties"][0]["text"] = HOSTILE[1]
    result["drivers"][0]["feature"] = HOSTILE[2]
    with Store.open() as store:
        session = save_assessment(store, f"Eve {HOSTILE[1]}", profile, result)
        store.add_note(session.client_id, " ".join(HOSTILE) + "\n" + BLOCKS, shared=True)
        return (
            render_session_markdown(store, session.client_id),
            render_session_html(store, session.client_id),
        )


def _as_html(markdown: str) -> str:
    """What a Markdown viewer makes of the report (CommonMark with raw HTML and tables)."""
    return MarkdownIt("commonmark").enable("table").render(markdown)


def test_markdown_report_shows_hostile_text_as_text(reports: tuple[str, str]) -> None:
    md, _ = reports
    rendered = _as_html(md).lower()
    for markup in ("<script", "<img", "onerror=", "href=", "javascript:alert(4)>"):
        if markup == "onerror=":
            # The words may show as text, but never inside a tag.
            assert not re.search(r"<[^>]*onerror=", rendered)
            continue
        assert markup not in rendered, markup
    # Every character is still there for the reader, only escaped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "[click me](javascript:alert(3))" in rendered


def test_markdown_report_keeps_user_text_out_of_the_structure(reports: tuple[str, str]) -> None:
    md, _ = reports
    rendered = _as_html(md)
    # The note's lines stay text: no extra headings, lists, quotes or rules appear.
    assert "<h1>Not a heading" not in rendered and "<blockquote>" not in rendered
    assert rendered.count("<h1>") == 1
    assert "# Not a heading" in rendered and "1. not numbered" in rendered
    # The role's pipe and asterisks neither break the profile nor turn bold.
    assert "<strong>bold</strong>" not in rendered
    assert "*bold* | pipe" in rendered


def test_html_report_escapes_every_typed_field(reports: tuple[str, str]) -> None:
    _, html = reports
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered
    assert not re.search(r"<[^>]*onerror=", lowered)
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in html
    assert "Eve &lt;img" in html  # the client's name in the title and heading
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # role, skills, note


def test_control_characters_stored_raw_are_shown_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A session saved before input was cleaned (or edited by hand) may hold escape
    # sequences in its profile; a report read with `cat` must not obey them.
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))
    raw = "Analyst \x1b]0;OWNED\x07\x1b[2J"
    with Store.open() as store:
        session = save_assessment(store, "Eve", sample_profile(), sample_result())
        store.conn.execute(
            "UPDATE sessions SET profile = json_set(profile, '$.role', ?, '$.skills[0]', ?)",
            (raw, raw),
        )
        store.conn.commit()
        markdown = render_session_markdown(store, session.client_id)
        html = render_session_html(store, session.client_id)
    for report in (markdown, html):
        assert "\x1b" not in report and "\x07" not in report
        assert "x1b" in report and "OWNED" in report  # shown (Markdown escapes the "]")
