"""The two template environments: HTML with autoescape, Markdown with its own escape.

In both, every ``{{ value }}`` is escaped on the way out unless it was built here and
marked safe, so a report cannot forget to escape a client's name, note or duty: text
typed by people never becomes markup (no ``<script>``, no ``<img onerror>``, no
``[x](javascript:...)`` link) in either format.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from career_resilience import wording
from career_resilience.sanitise import for_terminal

TEMPLATES = Path(__file__).with_name("templates")

# Inline Markdown: emphasis, code, links and images, raw HTML and autolinks, tables,
# strikethrough, and the backslash itself.
_MD_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# Character references ("&lt;" would otherwise render as "<").
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
# What starts a block when it begins a line: headings, quotes, list items, rules and
# setext underlines. Only these forms, so "3.5 weeks" or "-5" mid-sentence stay as typed.
_MD_LINE_START = re.compile(
    r"^([ \t]*)(#{1,6}(?=\s|$)|>|[+\-](?=\s|$)|\d{1,9}[.)](?=\s|$)|[=\-]+(?=\s*$))",
    re.MULTILINE,
)


class Markdown(str):
    """Text that is already Markdown (escaped or written by us); never escaped again."""

    __slots__ = ()


def md_escape(value: object, *, line_start: bool = True) -> str:
    """``value`` as literal text in Markdown: every character shows as typed.

    ``line_start`` also escapes what would open a block (a heading, a list item) at the
    start of a line; text placed mid-line does not need it ("(>99%)" stays readable).
    """
    if isinstance(value, Markdown):
        return value
    # A control character (from a record written before input was cleaned) is shown as
    # "\x1b", never written raw: a coach may read the report with `cat` in a terminal.
    text = _MD_INLINE.sub(r"\\\1", for_terminal(str(value)))
    text = _MD_ENTITY.sub(r"\\&", text)
    if not line_start:
        return text
    return _MD_LINE_START.sub(_escape_marker, text)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1." -> "1\.": a backslash before a digit escapes nothing
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def md_inline(value: object) -> Markdown:
    """Escaped text on one line (line breaks become spaces), safe in a list or table."""
    return Markdown(md_escape(" ".join(str(value).split()), line_start=False))


def md_block(value: object) -> Markdown:
    """Escaped text on one line that starts a line of its own (a paragraph)."""
    return Markdown(md_escape(" ".join(str(value).split())))


def md_lines(value: object) -> list[Markdown]:
    """Escaped text split into its lines (for notes, which keep their line breaks)."""
    return [Markdown(md_escape(line)) for line in (str(value).splitlines() or [""])]


def _md_finalize(value: Any) -> Any:
    """Every ``{{ }}`` output of a Markdown template: escaped on one line, unless safe."""
    if value is None or isinstance(value, Markdown):
        return value
    return md_inline(value)


def _html_finalize(value: Any) -> Any:
    """Every ``{{ }}`` output of an HTML template: control characters shown as ``\\x1b``
    (then autoescaped); markup built here and marked safe passes as it is."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return for_terminal(value)
    return value


def _globals() -> dict[str, Any]:
    return {"w": wording}


@functools.cache
def html_environment() -> jinja2.Environment:
    """Templates for HTML: autoescape on for everything."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        finalize=_html_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(_globals())
    return env


@functools.cache
def markdown_environment() -> jinja2.Environment:
    """Templates for Markdown: every value escaped for Markdown (and HTML inside it)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,  # HTML entities would show as "&lt;" in a Markdown viewer
        finalize=_md_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(_globals())
    env.filters["md_lines"] = md_lines
    env.filters["md_block"] = md_block
    return env
