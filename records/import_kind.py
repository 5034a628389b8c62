"""Say what a file given to ``resilience import`` is when it is not an export.

An export is a JSON object, so it starts with ``{`` (after blank space, and after a
byte-order mark if an editor added one). A coach who picks the wrong file, most often a
CSV of profiles meant for ``resilience score --input`` or a spreadsheet, used to read
"not UTF-8 text (byte 0xe9 ...)" or "not valid JSON: Expecting value": true, but it
does not say that the file is the wrong kind. The first bytes tell the kinds people
mix up apart; the message names the kind and what an import wants.
"""

from __future__ import annotations

from career_resilience.sanitise import for_terminal

#: What an import wants, said after every "not an export" problem.
WANTED = "an import reads a file written by 'resilience export'"
#: An editor's UTF-8 byte-order mark; an export never holds one, but one added is harmless.
BOM = b"\xef\xbb\xbf"
#: How much of a first line is shown back (enough to recognise the file).
_SHOWN_CHARS = 40
#: File signatures of the kinds a coach is likely to pick by mistake.
_SIGNATURES = (
    (b"PK\x03\x04", "a zip file (an Excel .xlsx or a Word .docx is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.xls or .doc)"),
    (b"%PDF", "a PDF"),
    (b"SQLite format 3\x00", "a SQLite database (the records file itself?)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"<", "HTML or XML (a report?)"),
)


def not_an_export(head: bytes) -> str | None:
    """Why a file starting with ``head`` is not an export, or None if it may be one.

    ``head`` is the file's first bytes (a few kB are plenty). A file starting with
    ``[`` is left to the JSON checks, which say "does not hold a JSON object".
    """
    text = head.removeprefix(BOM).lstrip()
    if text.startswith((b"{", b"[")):
        return None
    if not text:
        return f"the file is empty; {WANTED}"
    for signature, kind in _SIGNATURES:
        if text.startswith(signature):
            return f"not an export file: it is {kind}; {WANTED}"
    if b"\0" in text:  # text of any kind a person edits never holds a NUL byte
        return f"not an export file: it holds binary data, not text; {WANTED}"
    first = text.split(b"\n", 1)[0].rstrip(b"\r")
    shown = _shown(first)
    if any(sep in first for sep in (b",", b";", b"\t")):
        return f"not an export file: it looks like a CSV table (first line {shown}); {WANTED}"
    return f"not an export file: it starts with {shown}; {WANTED}"


def _shown(line: bytes) -> str:
    """The start of a line, quoted, undecodable bytes and control characters visible."""
    text = line.decode("utf-8", errors="backslashreplace")
    if len(text) > _SHOWN_CHARS:
        text = text[:_SHOWN_CHARS] + "…"
    return f"'{for_terminal(text, keep_newlines=False)}'"
