"""One score looks a typed title up in O*NET's listed titles without indexing all ~50k.

The titled-move rule (``pivot_scoring.TITLED``) asks which occupations list exactly the
typed words. Building the index of every listed title took 0.27-0.35 s of CPU, a third
of a cold ``resilience score``; a lookup before the index is built reads only the lines
holding the typed title's longest word. Both must give the same codes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from career_resilience.skills import listed_titles
from career_resilience.skills.listed_titles import _WORD, _codes_by_title, _scan_codes


def _joined(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


@pytest.mark.parametrize(
    "typed",
    [
        "Pastry  chef",  # listed under two occupations
        "CNA",  # a short form only: no code
        "cashier",
        "Data analyst",
        "Sr. data analyst",
        "Manager",  # the longest word is in thousands of lines
        "Transportation, Storage, and Distribution Managers",  # quoted, with commas
        "Education administrators, postsecondary",
        "Data wrangler extraordinaire",
        "Café owner",  # a word no listed title holds
        "C++ programmer",
    ],
)
def test_a_scan_names_the_codes_the_index_names(typed: str) -> None:
    assert _scan_codes(_joined(typed)) == _codes_by_title().get(_joined(typed), ())


def test_every_hundredth_listed_title_scans_to_its_codes() -> None:
    index = _codes_by_title()
    for words in list(index)[::100]:
        assert _scan_codes(words) == index[words], words


def test_a_file_a_line_scan_would_misread_falls_back_to_the_index(tmp_path, monkeypatch) -> None:
    """A quoted title running over two lines: the scan steps aside."""
    listed = tmp_path / "titles.csv"
    listed.write_text('onet_soc,title,kind\n11-1011.00,"Chief\nExecutives",onet\n', "utf-8")
    monkeypatch.setattr(listed_titles, "LISTED_TITLES_FILE", listed)
    listed_titles._file_text.cache_clear()
    try:
        assert _scan_codes("chief executives") is None
    finally:
        listed_titles._file_text.cache_clear()


def _indexed_after(typed: list[str]) -> list[str]:
    """Each look-up's codes in a fresh process, then whether the index was built."""
    code = (
        "from career_resilience.skills import listed_titles as t\n"
        f"for typed in {typed!r}: print(','.join(t.codes_listing(typed)))\n"
        "print(t._codes_by_title.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_one_lookup_in_a_fresh_process_builds_no_index() -> None:
    assert _indexed_after(["Pastry chef"]) == ["35-1011.00,51-3011.00", "0"]


def test_a_process_that_keeps_asking_builds_the_index_once() -> None:
    """Scans stop after ``SCANS`` look-ups: a small batch would pay for both."""
    typed = ["Pastry chef", "Cashier", "Data wrangler", "Pastry chef"]
    assert len(typed) > listed_titles.SCANS
    *codes, built = _indexed_after(typed)
    assert built == "1"
    assert codes[0] == codes[3] == "35-1011.00,51-3011.00"
    assert codes[1] == "41-2011.00,41-2012.00,43-3071.00"
    assert codes[2] == ""
