"""O*NET's listed titles as the title rules read them: straight from the file, once.

A typed title is read against O*NET's ~50k listed titles by some rules before it is
matched: whether the words before a typed phrase are a listed title's (the shorthand
rewrites, ``titles``), whether a title of two words or more is listed with exactly the
typed words, seniority words included ("School Principal"), and which SOC groups list
the titles holding a word (``model/title_supervisor.py``). The file is read as text,
not as occupation data, and only when a rule first asks (or ``read_listed_titles``).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from career_resilience.skills.situations import WORD

#: O*NET's listed titles (``occupations.py`` reads them as rows; here only their words).
LISTED_TITLES_FILE = Path(__file__).with_name("data") / "occupations" / "occupation_titles.csv"

_WORD = WORD
#: ASCII characters that are not letters, as spaces (codes and punctuation split words).
_NOT_LETTERS = {c: 32 for c in range(128) if not chr(c).isalpha()}


@functools.cache
def listed_title_words() -> frozenset[str]:
    """Every lower-case word of O*NET's listed titles, read once and only when a typed
    phrase has a word before it: straight from the file, in about 0.1 s (parsing its
    rows as occupation data took a second)."""
    text = LISTED_TITLES_FILE.read_text(encoding="utf-8").casefold()
    return frozenset(text.translate(_NOT_LETTERS).split())


@functools.cache
def listed_rows() -> tuple[tuple[str, str], ...]:
    """O*NET's listed titles as (O*NET-SOC code, lower-case title), read once: what
    :func:`listed_as_typed` and the title rules that count titles by word read."""
    with LISTED_TITLES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return tuple((row[0], row[1].casefold()) for row in rows)


@functools.cache
def _listed_lines() -> frozenset[str]:
    """O*NET's listed titles of two words or more, each as its lower-case words joined
    by one space, seniority words kept ("school principal", "staff nurse")."""
    out: set[str] = set()
    for _, title in listed_rows():
        words = _WORD.findall(title)
        if len(words) >= 2:
            out.add(" ".join(words))
    return frozenset(out)


@functools.cache
def _codes_by_title() -> dict[str, tuple[str, ...]]:
    """Each listed title's lower-case words joined by one space, with the O*NET codes
    that list it (a title may be listed under several: "pastry chef" under chefs and
    head cooks and under bakers). Not O*NET's short forms: "CNA" is listed under
    nursing assistants and under surgical assistants, as two different titles."""
    out: dict[str, set[str]] = {}
    with LISTED_TITLES_FILE.open(encoding="utf-8", newline="") as handle:
        for code, title, kind in list(csv.reader(handle))[1:]:
            words = " ".join(_WORD.findall(title.casefold()))
            if words and kind != "short":
                out.setdefault(words, set()).add(code)
    return {words: tuple(sorted(codes)) for words, codes in out.items()}


def codes_listing(text: str) -> tuple[str, ...]:
    """The O*NET codes whose listed titles include exactly the typed words ("Pastry
    chef": 35-1011.00 and 51-3011.00), sorted; empty when none lists them."""
    words = " ".join(_WORD.findall(text.casefold()))
    if not words:
        return ()
    if _codes_by_title.cache_info().currsize == 0 and _SCANS[0] < SCANS:
        _SCANS[0] += 1
        found = _scan_codes(words)
        if found is not None:
            return found
    return _codes_by_title().get(words, ())


#: Look-ups answered by a scan of the file before the whole index is built. One score
#: asks once, and the index of ~50k titles costs 0.27-0.35 s of CPU to build (a third of
#: a cold ``resilience score``), where a scan reads the few lines holding the typed
#: title's longest word (1-6 ms, "manager" the most). A batch or the app builds the index
#: up front (``read_listed_titles``); anything else that asks more often builds it at
#: the next look-up: scanning on (a budget of 5,000 lines read) had cost a file of 100
#: rows 1.7% more instructions than the index alone, two scans cost it 0.17%.
SCANS = 2
_SCANS = [0]  # look-ups answered by a scan so far, in this process


@functools.cache
def _file_text() -> tuple[str, str] | None:
    """The file's text and its lower-case copy, or None where a line-by-line scan could
    differ from reading it as CSV: not ASCII (case folding may change lengths), carriage
    returns, or a line with an odd number of quote marks (a quoted field left open runs
    on to the next line)."""
    text = LISTED_TITLES_FILE.read_text(encoding="utf-8")
    if not text.isascii() or "\r" in text:
        return None
    at = text.find('"')
    while at != -1:  # only the lines holding a quote mark (a few hundred)
        begin, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end == -1 else end
        if text.count('"', begin, end) % 2:
            return None
        at = text.find('"', end)
    return text, text.lower()  # ASCII: lower() is casefold()


def _scan_codes(words: str) -> tuple[str, ...] | None:
    """:func:`codes_listing` of already-joined words, from the lines of the file that
    hold the longest of them (every word of a title is in its line), or None when the
    file cannot be read this way. The same codes as the index: each candidate line is
    read as CSV and its title joined as :func:`_codes_by_title` joins it."""
    texts = _file_text()
    if texts is None:
        return None
    raw, lower = texts
    longest = max(words.split(" "), key=len)
    codes: set[str] = set()
    at = lower.find(longest)
    while at != -1:
        begin = lower.rfind("\n", 0, at) + 1
        end = lower.find("\n", at)
        end = len(lower) if end == -1 else end
        if begin:  # not the header
            for code, title, kind in csv.reader([raw[begin:end]]):
                if kind != "short" and " ".join(_WORD.findall(title.casefold())) == words:
                    codes.add(code)
        at = lower.find(longest, end)
    return tuple(sorted(codes))


def read_listed_titles() -> None:
    """Read now O*NET's listed titles as the title rules look them up (:func:`listed_rows`,
    the titles of two words or more, every word), not on a person's first score (0.2 s)."""
    listed_rows()
    _listed_lines()
    _codes_by_title()
    listed_title_words()
    listed_text()


@functools.cache
def listed_text() -> tuple[str, list[int]]:
    """O*NET's listed titles (lower case) as one text, each ended by a newline (no word
    holds one, so no match runs across two), and where each title starts: searched for
    the titles holding a word (``model/title_supervisor.py``), built once (17 ms)."""
    starts: list[int] = []
    at = 0
    for _, title in listed_rows():
        starts.append(at)
        at += len(title) + 1
    return "".join(f"{title}\n" for _, title in listed_rows()), starts


def listed_as_typed(text: str) -> bool:
    """Whether O*NET lists a title of two words or more with exactly the typed words,
    seniority words included: in "School Principal" (an alternate title of K-12
    education administrators) "principal" is the job, not a grade, though normalising
    drops it as it drops it from "Principal Engineer"."""
    words = _WORD.findall(text.casefold())
    return len(words) >= 2 and " ".join(words) in _listed_lines()
